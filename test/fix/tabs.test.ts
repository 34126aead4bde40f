// A tab in the indentation: one finding, in Chinese (English with --lang en), at the tab; and
// --fix puts spaces in its place when the width it stood for is beyond doubt.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandTabIndentation } from '../../src/fix/tabs.js';
import { loadYamlText } from '../../src/load/yaml/loader.js';
import { run } from '../cli/run.js';
import { example } from '../helpers.js';

const clean = readFileSync(example('clean-jiuye.yaml'), 'utf8');
const lines = clean.split('\n');
/** The clean example with line `n` (1-based) indented by `indent` instead of its spaces. */
const slipped = (n: number, indent: string) => lines.map((l, i) => (i === n - 1 ? indent + l.trimStart() : l)).join('\n');

const reads = (text: string) => {
  const loaded = loadYamlText(text, 't.yaml');
  return loaded.ok ? JSON.stringify(loaded.data) : undefined;
};

function scratch(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gkml-tab-')), 'c.yaml');
  writeFileSync(file, text);
  return file;
}

interface JsonFinding { ruleId: string; messageId?: string; line: number; column: number; message: string; hint?: string }

describe('a tab in the indentation', () => {
  it('is one finding at the tab, in Chinese, and in English with --lang en', async () => {
    expect(lines[20]).toMatch(/^    deadline:/);
    const file = scratch(slipped(21, '\t'));
    const zh = await run(['check', '--format', 'json', file]);
    const found: JsonFinding[] = JSON.parse(zh.stdout).files[0].findings;
    expect(found.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['parse/syntax', 'tab', 21, 1]]);
    expect(found[0]!.message).toContain('制表符');
    expect(found[0]!.message).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    expect(found[0]!.hint).toContain('--fix');
    const en = await run(['--lang', 'en', 'check', '--format', 'json', file]);
    expect(JSON.parse(en.stdout).files[0].findings[0].message).toContain('A tab is used for indentation');
  });

  it('--fix replaces a tab typed for four spaces, and the file is the clean example again', async () => {
    const file = scratch(slipped(21, '\t'));
    const result = await run(['check', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(clean);
    expect(result.stderr).toContain('已修复');
    expect(result.code).toBe(0);
  });

  it('--fix replaces a tab after spaces in a list entry', async () => {
    expect(lines[17]).toMatch(/^      - 《/);
    const file = scratch(slipped(18, '    \t'));
    expect((await run(['check', '--fix', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(clean);
  });

  it('--fix turns a file indented with tabs throughout into spaces', async () => {
    const tabbed = lines.map((l) => { const n = /^ */.exec(l)![0].length; return '\t'.repeat(n / 2) + l.slice(n); }).join('\n');
    const file = scratch(tabbed);
    expect((await run(['check', '--fix', file])).code).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toContain('\t');
    expect(reads(fixed)).toBe(reads(clean));
  });

  it('changes nothing when the widths that read disagree on what the file says', () => {
    // Two spaces make c a sibling of b, four a child of it.
    expect(expandTabIndentation('a:\n  b:\n\tc: 1\n', reads)).toBeUndefined();
    expect(expandTabIndentation('a:\n\tb:\n\t\tc: 1\n', reads)).toEqual({ text: 'a:\n  b:\n    c: 1\n', lines: 2 });
    expect(expandTabIndentation('a: 1\n', reads)).toBeUndefined();
  });
});

describe('a tab after a list dash', () => {
  it('is the same slip: one finding at the tab, and --fix writes a space', async () => {
    expect(lines[12]).toBe('  - code: "1.1"');
    const file = scratch(lines.map((l, i) => (i === 12 ? '  -\tcode: "1.1"' : l)).join('\n'));
    const found: JsonFinding[] = JSON.parse((await run(['check', '--format', 'json', file])).stdout).files[0].findings;
    expect(found.map((f) => [f.ruleId, f.messageId, f.line, f.column])).toEqual([['parse/syntax', 'tab', 13, 4]]);
    expect((await run(['check', '--fix', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(clean);
  });
});
