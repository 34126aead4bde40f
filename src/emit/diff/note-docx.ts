// The 调整情况说明 as a Word document (.docx), the form a county files it in: 方正小标宋-style
// title centred, 仿宋 body, the table of changes with a repeated header row, the reasons or
// blanks, the publisher and date at the right. Written with the `docx` package, imported only
// when a .docx note is asked for (it is large). The document's dates are the new catalogue's,
// so the same two catalogues give the same file.
import { reasonBlank, type Note } from '../../diff/note.js';
import { fixZipDates } from '../xlsx/zip-dates.js';

type Docx = typeof import('docx');

// XML 1.0 has no place for C0 controls (but tab, LF, CR) or U+FFFE/U+FFFF: Word calls such a file corrupt.
// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (text: string) => text.replace(notXmlChar, '');

const BODY = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const TITLE = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

const xmlEscape = (text: string) => text.replace(/[<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function coreProperties(title: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamp = (name: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${when}</dcterms:${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>gkml</dc:creator>${stamp('created')}${stamp('modified')}</cp:coreProperties>`
  );
}

export async function noteDocx(note: Note, date: Date): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const run = (text: string, options: { bold?: boolean; size?: number; font?: typeof BODY } = {}) =>
    new d.TextRun({ text: clean(text), font: options.font ?? BODY, size: options.size ?? 28, ...(options.bold ? { bold: true } : {}) });
  const para = (text: string, options: { bold?: boolean; size?: number; font?: typeof BODY; align?: 'center' | 'right'; heading?: boolean } = {}) =>
    new d.Paragraph({
      children: [run(text, options)],
      spacing: { after: 120, line: 360 },
      ...(options.align ? { alignment: options.align === 'center' ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT } : {}),
      ...(options.heading ? { heading: d.HeadingLevel.HEADING_2 } : {}),
    });
  const cell = (text: string, header = false) =>
    new d.TableCell({
      children: text.split('\n').map((line) => new d.Paragraph({ children: [run(line, { size: 21, bold: header })] })),
      verticalAlign: d.VerticalAlign.CENTER,
    });
  const widths = [6, 8, 22, 10, 34, 20];
  const table = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => w * 90),
    rows: [
      new d.TableRow({ tableHeader: true, children: note.columns.map((c) => cell(c, true)) }),
      ...note.rows.map(
        (r) => new d.TableRow({ children: [String(r.n), r.code, r.name, r.kind, r.changes.join('\n'), r.reasons.join('\n') || reasonBlank].map((t) => cell(t)) }),
      ),
    ],
  });
  const children = [
    para(note.title, { bold: true, size: 36, font: TITLE, align: 'center' }),
    ...note.sides.map((s) => para(s)),
    para(note.headings.summary, { bold: true, heading: true }),
    ...note.summary.map((s) => para(s)),
    para(note.headings.table, { bold: true, heading: true }),
    table,
    para(note.headings.reasons, { bold: true, heading: true }),
    ...note.rows.flatMap((r) => [
      para(`${r.n}. ${[r.code, r.name].filter(Boolean).join(' ')}（${r.kind}）`),
      para(`${note.reasonLabel}${r.reasons.join('；') || reasonBlank}`),
    ]),
    ...note.signature.map((s) => para(s, { align: 'right' })),
  ];
  const doc = new d.Document({
    creator: 'gkml',
    title: clean(note.title),
    sections: [{ properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } }, children }],
  });
  // docx stamps the core properties with the time of the run: they carry the catalogue's date instead.
  const buffer = await d.Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(clean(note.title), date) }]);
  return fixZipDates(new Uint8Array(buffer), date);
}
