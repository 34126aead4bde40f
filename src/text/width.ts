import stringWidth from 'string-width';

// ASCII, CJK ideographs, CJK punctuation, full-width forms and the narrow typographic marks of
// Chinese text (quotes, ellipsis, dashes, middle dot): the text of nearly every path, message and
// cell, whose display width is plain arithmetic. string-width handles everything else (emoji,
// combining marks, other scripts) but costs 10–70 µs a call, which a 5,000-row summary felt and
// a sheet laid out character by character felt more (20 s for a 10,000-item directory).
function narrowMark(c: number): boolean {
  return c === 0x00b7 || c === 0x2014 || c === 0x2015 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026;
}

/** Columns the text takes in a terminal or a sheet (East Asian wide characters count two), as string-width counts them. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303e) || (c >= 0xff01 && c <= 0xff60)) width += 2;
    else if (narrowMark(c)) width += 1;
    else return stringWidth(text);
  }
  return width;
}
