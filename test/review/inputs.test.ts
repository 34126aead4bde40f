// Every file in the intake is a submission with its row in the summary, however wrong it is, and
// no one file can stop the review.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, expectNoTrace, gkml, tempDir } from '../hostile/gkml.js';

const LIMIT = 60_000;
const clean = readFileSync(example('clean-jiuye.yaml'), 'utf8');

async function review(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out = join(tempDir(), 'report');
  const r = await gkml(['review', dir, '-o', out], { deadline: LIMIT });
  expectNoTrace(r.stderr);
  return { r, summary: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) };
}

const rowOf = (summary: any, name: string) => summary.catalogues.find((c: any) => c.file.endsWith(`/${name}`));
const rulesOf = (summary: any, row: any) => summary.findings.filter((f: any) => f.catalogue === row.n).map((f: any) => f.ruleId);

describe('review inputs', () => {
  it('an impossible update date is a finding in its row, not the end of the review', async () => {
    const { r, summary } = await review({
      'a.yaml': clean.replace(/^updated: .*$/m, 'updated: "2026-13-45"'),
      'b.yaml': clean.replace(/^updated: .*$/m, 'updated: "2026-03-01"'),
    });
    expect(r.code).toBe(1);
    expect(rulesOf(summary, rowOf(summary, 'a.yaml'))).toContain('schema/format');
    expect(rowOf(summary, 'a.yaml')).toMatchObject({ pass: false, updated: '2026-13-45' });
    // The reports carry the latest real date.
    expect(summary.date).toBe('2026-03-01');
  }, LIMIT);

  it('YAML that is no catalogue mapping still gets its row, as a failed submission', async () => {
    const { summary } = await review({
      'good.yaml': clean,
      'list.yaml': '- gkml: 1\n  domain: 就业\n  items: []\n',
      'scalars.yaml': '- a\n- b\n',
      'stray.yaml': 'foo: 1\n',
    });
    expect(summary.catalogues.map((c: any) => c.file.split('/').pop())).toEqual(['good.yaml', 'list.yaml', 'scalars.yaml', 'stray.yaml']);
    expect(rowOf(summary, 'list.yaml')).toMatchObject({ pass: false, unreadable: true });
    expect(rulesOf(summary, rowOf(summary, 'list.yaml'))).toEqual(['parse/not-catalogue']);
    expect(rowOf(summary, 'stray.yaml').pass).toBe(false);
    expect(rulesOf(summary, rowOf(summary, 'stray.yaml'))).toContain('schema/unknown-key');
  }, LIMIT);
});
