// What the YAML loader reads from `# gkml-disable…` comments (load/yaml/directives.ts): the
// directive's kind, its position (the "#"), each id with its position, the reason, and the line
// it applies to. Whether ids exist and whether a directive is used is the check step's business
// (suppress.test.ts).
import { describe, expect, it } from 'vitest';
import { loadCatalogueText } from '../../src/load/index.js';
import type { Directive } from '../../src/model/index.js';

const FILE = 'd.yaml';
const text = (lines: string[], eol = '\n') => lines.join(eol) + eol;

function directives(source: string): Directive[] {
  const loaded = loadCatalogueText(source, FILE);
  expect(loaded.ok).toBe(true);
  return loaded.directives ?? [];
}

/** The directive without file names in its positions, for compact expectations. */
function plain(d: Directive) {
  return {
    ...d,
    location: { line: d.location.line, column: d.location.column },
    rules: d.rules.map((r) => ({ id: r.id, line: r.location.line, column: r.location.column })),
  };
}

describe('reading directives', () => {
  it('reads a next-line directive: ids with positions, the reason, and the next line that is neither blank nor a comment', () => {
    const source = text([
      /* 1 */ 'gkml: 1',
      /* 2 */ 'items:',
      /* 3 */ '  # gkml-disable-next-line item/name-mismatch, basis/title-marks -- 省级目录原文如此',
      /* 4 */ '',
      /* 5 */ '  # 一条普通注释',
      /* 6 */ '  - name: 就业政策咨询',
    ]);
    expect(directives(source).map(plain)).toEqual([
      {
        kind: 'next-line',
        keyword: 'gkml-disable-next-line',
        location: { line: 3, column: 3 },
        rules: [
          { id: 'item/name-mismatch', line: 3, column: 28 },
          { id: 'basis/title-marks', line: 3, column: 48 },
        ],
        reason: '省级目录原文如此',
        line: 6,
      },
    ]);
  });

  it('tolerates full-width spaces, the full-width comma and 、, and the Chinese dash —— as the separator', () => {
    const source = text([
      /* 1 */ 'gkml: 1',
      /* 2 */ '#\u3000gkml-disable-next-line\u3000item/name-mismatch，subject/generic、deadline/vague\u3000——\u3000原文如此\u3000',
      /* 3 */ 'name: x',
    ]);
    expect(directives(source).map(plain)).toEqual([
      {
        kind: 'next-line',
        keyword: 'gkml-disable-next-line',
        location: { line: 2, column: 1 },
        rules: [
          { id: 'item/name-mismatch', line: 2, column: 26 },
          { id: 'subject/generic', line: 2, column: 45 },
          { id: 'deadline/vague', line: 2, column: 61 },
        ],
        reason: '原文如此',
        line: 3,
      },
    ]);
  });

  it('takes "－－" and a single em dash as separators too, and NFKC-normalises full-width ids', () => {
    const source = text(['gkml: 1', '# gkml-disable-next-line ｉｔｅｍ／ｘ －－ 理由一', '# gkml-disable-next-line item/y — 理由二', 'name: x']);
    expect(directives(source).map((d) => [d.rules.map((r) => r.id), d.reason, d.line])).toEqual([
      [['item/x'], '理由一', 4],
      [['item/y'], '理由二', 4],
    ]);
  });

  it('a directive without a separator, or with nothing after it, has no reason', () => {
    const source = text(['gkml: 1', '# gkml-disable-next-line item/x 因为原文如此', '# gkml-disable-next-line item/x --   ', 'name: x']);
    expect(directives(source).map((d) => [d.rules.map((r) => r.id), d.reason])).toEqual([
      [['item/x', '因为原文如此'], undefined],
      [['item/x'], undefined],
    ]);
  });

  it('reads whole-file directives in the header comments, and marks one after the first key as misplaced', () => {
    const source = text([
      /* 1 */ '# yaml-language-server: $schema=../schemas/catalogue.schema.json',
      /* 2 */ '# gkml-disable schema/unknown-key -- 本县增设字段',
      /* 3 */ 'gkml: 1',
      /* 4 */ '# gkml-disable item/x -- 太晚了',
      /* 5 */ 'name: x',
    ]);
    expect(directives(source).map(plain)).toEqual([
      { kind: 'file', keyword: 'gkml-disable', location: { line: 2, column: 1 }, rules: [{ id: 'schema/unknown-key', line: 2, column: 16 }], reason: '本县增设字段' },
      { kind: 'file', keyword: 'gkml-disable', location: { line: 4, column: 1 }, rules: [{ id: 'item/x', line: 4, column: 16 }], reason: '太晚了', problem: 'misplaced' },
    ]);
  });

  it('reads a trailing gkml-disable-line for its own line, and marks one alone on its line', () => {
    const source = text([
      /* 1 */ 'gkml: 1',
      /* 2 */ 'name: 就业政策咨询  # gkml-disable-line item/name-mismatch -- 原文如此',
      /* 3 */ '  # gkml-disable-line item/x -- 单独一行',
      /* 4 */ 'url: x',
    ]);
    expect(directives(source).map(plain)).toEqual([
      { kind: 'line', keyword: 'gkml-disable-line', location: { line: 2, column: 15 }, rules: [{ id: 'item/name-mismatch', line: 2, column: 35 }], reason: '原文如此', line: 2 },
      { kind: 'line', keyword: 'gkml-disable-line', location: { line: 3, column: 3 }, rules: [{ id: 'item/x', line: 3, column: 23 }], reason: '单独一行', problem: 'line-alone' },
    ]);
  });

  it('a trailing gkml-disable-next-line applies to the next line; at the end of the file it applies to none', () => {
    const source = text(['gkml: 1', 'name: x # gkml-disable-next-line item/x -- r', 'url: y', '# gkml-disable-next-line item/y -- r']);
    expect(directives(source).map((d) => [d.kind, d.line])).toEqual([
      ['next-line', 3],
      ['next-line', undefined],
    ]);
  });

  it('keeps a misspelt directive word, marked unknown', () => {
    const source = text(['gkml: 1', '# gkml-disable-nextline item/x -- r', '# gkml-disable: item/x -- r', 'name: x']);
    expect(directives(source).map(plain)).toEqual([
      { kind: 'next-line', keyword: 'gkml-disable-nextline', location: { line: 2, column: 1 }, rules: [], problem: 'unknown-directive' },
      { kind: 'next-line', keyword: 'gkml-disable', location: { line: 3, column: 1 }, rules: [], problem: 'unknown-directive' },
    ]);
  });

  it('ignores the word inside values, block scalars and the prose of a comment', () => {
    const source = text([
      'gkml: 1',
      'name: "x # gkml-disable-line item/x -- r"',
      "url: 'a # gkml-disable item/x -- r'",
      'note: |',
      '  # gkml-disable-next-line item/x -- r',
      'plain: a#gkml-disable-line item/x -- r',
      '# 不要写 gkml-disable-next-line item/x',
      'last: 1',
    ]);
    expect(directives(source)).toEqual([]);
  });

  it('a comment line inside a block scalar is text, so it is the line a directive above it applies to', () => {
    const source = text(['gkml: 1', 'note: |  # gkml-disable-next-line item/x -- r', '  # 这是文字，不是注释', 'other: 1']);
    expect(directives(source).map((d) => d.line)).toEqual([3]);
  });

  it('works with CRLF line ends', () => {
    const source = text(['gkml: 1', '# gkml-disable-next-line item/x -- 原文', '', 'name: x  # gkml-disable-line item/y -- 原文'], '\r\n');
    expect(directives(source).map((d) => [d.kind, d.reason, d.line])).toEqual([
      ['next-line', '原文', 4],
      ['line', '原文', 4],
    ]);
  });

  it('stacked directives all apply to the first line below them', () => {
    const stacked = Array.from({ length: 2000 }, (_, i) => `# gkml-disable-next-line item/x${i} -- r`);
    const found = directives(text(['gkml: 1', ...stacked, 'name: x']));
    expect(found.length).toBe(2000);
    expect(new Set(found.map((d) => d.line))).toEqual(new Set([2002]));
  });

  it('a file without the word has no directives at all', () => {
    expect(loadCatalogueText(text(['gkml: 1', '# 普通注释', 'name: x']), FILE).directives).toBeUndefined();
  });

  it('a file that does not parse has no directives (nothing to suppress)', () => {
    const loaded = loadCatalogueText(text(['# gkml-disable-next-line parse/syntax -- r', 'gkml: [1']), FILE);
    expect(loaded.ok).toBe(false);
    expect(loaded.directives).toBeUndefined();
  });
});
