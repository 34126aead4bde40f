// The streaming workbook writer zips with archiver, which stamps every entry with the time of
// the run. Patched here in the finished file, in place: the central directory is read once,
// and each entry's DOS time and date are rewritten in it and in the entry's local header. Only
// those fields change (the CRCs cover the data, not the headers), so the file stays valid and
// the same inputs give the same bytes.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { dosDateTime } from '../xlsx/zip-dates.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function fixZipDatesInFile(path: string, when: Date): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailSize = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailSize);
    readSync(fd, tail, 0, tailSize, size - tailSize);
    let eocd = -1;
    for (let i = tailSize - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const stamp = dosDateTime(when);
    const local = Buffer.alloc(4);
    const signature = Buffer.alloc(4);
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (cd.readUInt32LE(p) !== CENTRAL) throw new Error('malformed zip central directory');
      cd.writeUInt16LE(stamp.time, p + 12);
      cd.writeUInt16LE(stamp.date, p + 14);
      const at = cd.readUInt32LE(p + 42);
      readSync(fd, signature, 0, 4, at);
      if (signature.readUInt32LE(0) !== LOCAL) throw new Error('malformed zip local header');
      local.writeUInt16LE(stamp.time, 0);
      local.writeUInt16LE(stamp.date, 2);
      writeSync(fd, local, 0, 4, at + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdOffset);
  } finally {
    closeSync(fd);
  }
}
