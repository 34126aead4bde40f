import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCheckDocs } from '../../src/check/registry.js';
import { mistakes, sheet, tempDir } from '../report/support.js';
import { run } from './run.js';

describe('gkml rules --format md', () => {
  it('writes a page per check, each with its anchor, and an index linking them all', async () => {
    const dir = join(tempDir(), 'rules');
    const result = await run(['rules', '--format', 'md', '-o', dir]);
    expect(result.code).toBe(0);
    const ids = allCheckDocs().map((d) => d.id);
    const pages = readdirSync(dir).filter((f) => f !== 'README.md');
    expect(pages.sort()).toEqual(ids.map((id) => `${id.replace('/', '-')}.md`).sort());
    const index = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const id of ids) expect(index).toContain(`[${id}](${id.replace('/', '-')}.md)`);
    expect(readFileSync(join(dir, 'subject-generic.md'), 'utf8')).toContain('<a id="subject-generic"></a>');
  });

  it("gives every SARIF rule a helpUri naming one of those pages, and --help-uri another place", async () => {
    const dir = join(tempDir(), 'rules');
    await run(['rules', '--format', 'md', '-o', dir]);
    const sarif = JSON.parse((await run(['check', mistakes, sheet, '--format', 'sarif'])).stdout);
    const rules: Array<{ id: string; helpUri: string }> = sarif.runs[0].tool.driver.rules;
    expect(rules.length).toBe(allCheckDocs().length);
    for (const rule of rules) {
      const page = /^https:\/\/unpkg\.com\/gkml@[\d.]+\/docs\/rules\/([\w-]+\.md)$/.exec(rule.helpUri);
      expect(page, rule.helpUri).not.toBeNull();
      expect(existsSync(join(dir, page![1]!)), rule.helpUri).toBe(true);
    }
    const own = JSON.parse((await run(['check', mistakes, '--format', 'sarif', '--help-uri', 'https://gkml.example.gov.cn/rules.html#{anchor}'])).stdout);
    expect(own.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'subject/generic').helpUri).toBe('https://gkml.example.gov.cn/rules.html#subject-generic');
  });
});
