import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, fixture } from '../helpers.js';
import { run } from '../cli/run.js';

const sources = [
  ...['clean-jiuye.yaml', 'clean-shebao.yaml', 'mistakes-jiuye.yaml', 'mistakes-shebao.yaml'].map(example),
  ...readdirSync(fixture('xlsx')).filter((f) => f.endsWith('.xlsx')).map((f) => join(fixture('xlsx'), f)),
  ...readdirSync(fixture('broken')).map((f) => join(fixture('broken'), f)),
];

// Three copies of each, in three folders: enough files for the pool to finish them out of order.
const dir = mkdtempSync(join(tmpdir(), 'gkml-determinism-'));
const inputs = ['甲', '乙', '丙'].flatMap((folder) => {
  mkdirSync(join(dir, folder));
  return sources.map((source) => {
    const copy = join(dir, folder, basename(source));
    copyFileSync(source, copy);
    return copy;
  });
});

describe('every format is deterministic', () => {
  for (const format of ['stylish', 'json', 'summary', 'sarif', 'junit', 'github']) {
    it(`${format}: the same bytes inline and on two workers`, async () => {
      expect(inputs.length).toBeGreaterThan(16);
      const inline = await run(['check', ...inputs, '--format', format, '--concurrency', '1']);
      const pooled = await run(['check', ...inputs, '--format', format, '--concurrency', '2']);
      expect(inline.stdout.length).toBeGreaterThan(0);
      const a = inline.stdout.split(/(?<=[,\n])/);
      const b = pooled.stdout.split(/(?<=[,\n])/);
      const at = a.findIndex((part, i) => part !== b[i]);
      expect(at === -1 ? '' : `${a.slice(Math.max(0, at - 3), at + 3).join('')}\n---\n${b.slice(Math.max(0, at - 3), at + 3).join('')}`).toBe('');
      expect(pooled.stdout).toBe(inline.stdout);
      expect(pooled.code).toBe(inline.code);
    });
  }
});
