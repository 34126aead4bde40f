// A minimal zip writer for hostile test workbooks: parts deflated or stored, with sizes that may
// lie, and the zip bomb built from repeated deflate blocks (3 GiB of spaces in about 3 MB).
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzip } from './helpers.js';

export interface ZipPart {
  name: string;
  /** The part's bytes (or text), deflated on writing... */
  data?: Uint8Array | string;
  /** ...or its deflated bytes as they are, with the inflated size to declare. */
  deflated?: { bytes: Uint8Array; size: number };
  /** Declare this inflated size instead of the true one (a forged header). */
  declare?: number;
}

export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let raw: Buffer;
    let size: number;
    let crc = 0;
    if (part.deflated) {
      raw = Buffer.from(part.deflated.bytes);
      size = part.deflated.size;
    } else {
      const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data ?? new Uint8Array());
      raw = deflateRawSync(data);
      size = data.length;
      crc = crc32(data);
    }
    const declared = part.declare ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, raw);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(raw.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** `mib` MiB of one byte as a raw deflate stream, built from one flushed 1 MiB block repeated. */
export function deflatedRepeat(mib: number, byte = 0x20, head = ''): { bytes: Uint8Array; size: number } {
  const start = deflateRawSync(Buffer.from(head, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(Buffer.alloc(1 << 20, byte), { finishFlush: constants.Z_FULL_FLUSH });
  const blocks = Buffer.concat(Array.from({ length: mib }, () => block));
  // An empty final block with fixed Huffman codes ends the stream.
  return { bytes: Buffer.concat([start, blocks, Buffer.from([0x03, 0x00])]), size: Buffer.byteLength(head) + mib * (1 << 20) };
}

/** Rewrites some parts of a workbook (e.g. one the writer produced) and zips it again. */
export function editParts(bytes: Uint8Array, edit: Record<string, (text: string) => string | undefined>): Uint8Array {
  const parts: ZipPart[] = [];
  for (const [name, entry] of unzip(bytes)) {
    if (name.endsWith('/')) continue;
    const text = edit[name] ? edit[name](entry.text) : entry.text;
    if (text !== undefined) parts.push({ name, data: text });
  }
  return zipParts(parts);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A worksheet part with inline strings, from rows of texts (row 1 first); `extra` goes after sheetData. */
export function sheetXml(rows: readonly (readonly string[])[], extra = '', rowOffset = 0): string {
  const body = rows
    .map((cells, r) => {
      const row = r + 1 + rowOffset;
      const cs = cells.map((t, c) => (t === '' ? '' : `<c r="${columnName(c + 1)}${row}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(t)}</t></is></c>`)).join('');
      return `<row r="${row}">${cs}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

export function columnName(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The smallest workbook Excel opens: the given sheets, no styles, optional shared strings. */
export function workbookParts(sheets: ReadonlyArray<{ name: string; xml?: string; part?: ZipPart }>, options: { sharedStrings?: string[] } = {}): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}${options.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
  ];
  sheets.forEach((s, i) => parts.push({ ...(s.part ?? { data: s.xml ?? sheetXml([]) }), name: `xl/worksheets/sheet${i + 1}.xml` }));
  if (options.sharedStrings) {
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${options.sharedStrings.length}" uniqueCount="${options.sharedStrings.length}">${options.sharedStrings.map((t) => `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`).join('')}</sst>`,
    });
  }
  return parts;
}
