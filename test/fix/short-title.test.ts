// check --fix writes the full title of a short-titled instrument the baseline's table knows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withItem } from '../helpers.js';
import { run } from '../cli/run.js';

describe('check --fix on short titles', () => {
  it('rewrites 《社会保险法》 and 《政府信息公开条例》 to their full titles and leaves the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-fix-'));
    const file = join(dir, 'short.yaml');
    writeFileSync(file, withItem((i) => (i.basis = ['《政府信息公开条例》(中华人民共和国国务院令第711号)', '《社会保险法》(中华人民共和国主席令第三十五号)', '《军人保险法》'])));
    await run(['check', '--fix', file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('- 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)');
    expect(text).toContain('- 《中华人民共和国社会保险法》(中华人民共和国主席令第三十五号)');
    // Not in the table: reported for a person, never guessed.
    expect(text).toContain('- 《军人保险法》');
    const after = await run(['check', '--format', 'json', file]);
    const ids = JSON.parse(after.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids.filter((id: string) => id === 'basis/short-title')).toEqual(['basis/short-title']);
  });
});
