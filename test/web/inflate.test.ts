// The browser's inflater (fflate, src/web/shims/inflate.ts) keeps the contract of the CLI's
// (zlib, src/load/xlsx/inflate.ts): the same bytes, nothing past the declared size (a forged
// size, a zip bomb; stored blocks too), an error for damaged data.
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRaw as zlibInflate } from '../../src/load/xlsx/inflate.js';
import { inflateRaw as browserInflate } from '../../src/web/shims/inflate.js';

const text = Buffer.from('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(5000));

describe.each([
  ['zlib (CLI)', zlibInflate],
  ['fflate (browser)', browserInflate],
])('%s inflate', (_name, inflate) => {
  it('gives back the bytes, at their declared size', () => {
    for (const data of [text, randomBytes(70_000), Buffer.alloc(0)]) {
      for (const level of [0, 6, 9]) {
        const out = inflate(deflateRawSync(data, { level }), data.length);
        expect(out && Buffer.from(out).equals(data)).toBe(true);
      }
    }
  });

  it('stops at the declared size: a part that inflates past it is refused', () => {
    const bomb = deflateRawSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(inflate(bomb, 1024)).toBeUndefined();
    // Stored (level 0) blocks are copied, not decoded: the cap holds for them too.
    expect(inflate(deflateRawSync(text, { level: 0 }), 100)).toBeUndefined();
    expect(inflate(deflateRawSync(text), text.length - 1)).toBeUndefined();
  });

  it('throws on damaged data', () => {
    expect(() => inflate(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00]), 100)).toThrow();
  });
});
