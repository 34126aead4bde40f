import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { fixFile } from '../../src/engine/fix.js';
import { codeFrame } from '../../src/report/code-frame.js';
import { example } from '../helpers.js';

describe('--fix on damaged UTF-8', () => {
  it('leaves the file byte for byte as it was, says why, and reports the bad byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-fix-bytes-'));
    const file = join(dir, 'damaged.yaml');
    // The mistakes example has fixable problems; one stray byte makes writing it back lossy.
    const text = readFileSync(example('mistakes-jiuye.yaml'));
    const at = text.indexOf('\nitems:'); // in a header comment: the catalogue still reads
    const comment = text.lastIndexOf('# ', at) + 2;
    const bytes = Buffer.concat([text.subarray(0, comment), Buffer.from([0xff]), text.subarray(comment)]);
    writeFileSync(file, bytes);
    const result = await fixFile(file, defaultConfig(), false);
    expect(result.fix.written).toBe(false);
    expect(result.fix.untouched?.zh).toContain('无效的 UTF-8 字节');
    expect(result.findings.some((f) => f.ruleId === 'parse/invalid-byte')).toBe(true);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('code frames', () => {
  it('count CR-only line ends as the loader does', () => {
    const frame = codeFrame('a: 1\rb: 2\rc: 3\r', 2, 4, 0);
    expect(frame.split('\n')[0]).toBe('> 2 | b: 2');
  });
});
