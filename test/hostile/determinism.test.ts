// Case 8: the same directory checked again, on worker threads or inline, gives the same bytes.
// Results arrive from the pool in any order; the report must not show it.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examples, expectFinished, expectNoTrace, gkml, parseJson, tempDir, type RunResult } from './gkml.js';

const regions = ['示例县', '甲县', '乙市丙区', '丁县', '戊旗'];

/** ~60 catalogues: the examples under other regions, with items dropped, mistakes added, one broken. */
function variedBatch(): string {
  const dir = tempDir('gkml-determinism-');
  mkdirSync(join(dir, 'sub'));
  const sources = readdirSync(examples).filter((n) => n.endsWith('.yaml'));
  let n = 0;
  for (const region of regions) {
    for (const source of sources) {
      const text = readFileSync(join(examples, source), 'utf8').replaceAll('示例县', region);
      const base = source.replace(/\.yaml$/, '');
      // 1: as it is; 2: a vague deadline everywhere; 3: the last item dropped (cut at its "- code").
      const variants = [
        text,
        text.replace(/deadline: .*/g, 'deadline: 长期'),
        text.slice(0, text.lastIndexOf('\n  - ')) + '\n',
      ];
      variants.forEach((variant, i) => {
        const where = n++ % 4 === 0 ? 'sub' : '.';
        writeFileSync(join(dir, where, `${region}-${base}-${i}.yaml`), variant);
      });
    }
  }
  writeFileSync(join(dir, 'Broken.yaml'), 'gkml: 1\ndomain: 就业\nitems: [\n  - {code: "1.1", name: 未闭合\n');
  writeFileSync(join(dir, 'empty.yml'), '');
  return dir;
}

let dir: string;
beforeAll(() => {
  dir = variedBatch();
  expect(readdirSync(dir, { recursive: true }).filter((n) => String(n).match(/\.ya?ml$/)).length).toBeGreaterThanOrEqual(60);
});

async function runs(args: string[]): Promise<RunResult[]> {
  const results: RunResult[] = [];
  // One after another: three default runs on the worker pool, then one inline.
  for (let i = 0; i < 3; i++) results.push(await gkml(['check', ...args, dir], { deadline: 60_000 }));
  results.push(await gkml(['check', ...args, '--concurrency', '1', dir], { deadline: 60_000 }));
  for (const r of results) {
    expectFinished(r);
    expectNoTrace(r.stderr);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  }
  return results;
}

describe('the same batch, checked again', () => {
  it('--format json: byte-identical with default concurrency (3 runs) and --concurrency 1', async () => {
    const [first, ...rest] = await runs(['-f', 'json']);
    const report = parseJson(first!.stdout);
    expect(report.files.length).toBeGreaterThanOrEqual(60);
    // Sorted and complete, the broken files included.
    expect(report.files.some((f) => f.file.endsWith('Broken.yaml') && f.findings.some((x) => x.ruleId.startsWith('parse/')))).toBe(true);
    for (const r of rest) expect(r.stdoutBytes.equals(first!.stdoutBytes)).toBe(true);
  }, 240_000);

  it('stylish (--no-color): byte-identical with default concurrency (3 runs) and --concurrency 1', async () => {
    const [first, ...rest] = await runs(['--no-color']);
    expect(first!.stdout).toMatch(/已检查 \d+ 个文件/);
    for (const r of rest) expect(r.stdoutBytes.equals(first!.stdoutBytes)).toBe(true);
  }, 240_000);

  it('summary: identical between the pool and inline', async () => {
    const pooled = await gkml(['check', '-f', 'summary', '--no-color', '--concurrency', '4', dir], { deadline: 60_000 });
    const inline = await gkml(['check', '-f', 'summary', '--no-color', '--concurrency', '1', dir], { deadline: 60_000 });
    expectFinished(pooled);
    expectFinished(inline);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.code).toBe(inline.code);
  }, 240_000);
});
