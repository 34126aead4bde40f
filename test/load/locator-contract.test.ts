// The SourceLocator contract of the YAML loader: where `loaded.locator.locate(path, target?)`
// points, to the column. Every finding's position comes from here, so a loader that moves a
// single column moves every finding a clerk is sent to. Each expected position below is worked
// out by reading the text (1-based lines; columns count Unicode code points, so 就, 《 and 𠀀 are
// one column each; `end` is exclusive: the column just after the node's last character).
import { describe, expect, it } from 'vitest';
import { loadCatalogueText } from '../../src/load/index.js';
import type { JsonPath, SourceLocation } from '../../src/model/index.js';

const FILE = 'contract.yaml';

/** Lines joined with `\n` (or `\r\n`), with a final line end: line N of the text is `lines[N - 1]`. */
function text(lines: string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

function locator(source: string) {
  const loaded = loadCatalogueText(source, FILE);
  expect(loaded.findings, 'the contract texts load cleanly').toEqual([]);
  expect(loaded.ok).toBe(true);
  return loaded.locator;
}

/** Start of what `path` points at. */
function at(source: string, path: JsonPath, target?: 'key' | 'value'): Pick<SourceLocation, 'line' | 'column'> | undefined {
  const found = locator(source).locate(path, target);
  return found && { line: found.line, column: found.column };
}

/** Start and (exclusive) end of what `path` points at. */
function span(source: string, path: JsonPath, target?: 'key' | 'value'): Omit<SourceLocation, 'file'> | undefined {
  const found = locator(source).locate(path, target);
  if (!found) return undefined;
  const { file: _file, ...rest } = found;
  return rest;
}

const MAIN = [
  /*  1 */ 'gkml: 1',
  /*  2 */ 'domain: 就业',
  /*  3 */ 'region: 示例县',
  /*  4 */ 'contact: { unit: 示例县人社局, phone: "0371-12345678" }',
  /*  5 */ 'items:',
  /*  6 */ '  - code: "1.1"',
  /*  7 */ '    first: 就业信息服务',
  /*  8 */ '    name: 就业政策法规咨询',
  /*  9 */ '    content: [就业创业政策项目, 对象范围, 政策申请条件]',
  /* 10 */ '    basis:',
  /* 11 */ '      - 《中华人民共和国政府信息公开条例》',
  /* 12 */ "      - '《中华人民共和国就业促进法》'",
  /* 13 */ '      - "《人力资源市场暂行条例》"',
  /* 14 */ '    deadline: 信息形成或变更之日起20个工作日内  # 注释',
  /* 15 */ '    subject:',
  /* 16 */ '    channels:',
  /* 17 */ '      政府网站: 示例县人民政府门户网站',
  /* 18 */ '      其他: [各乡镇（街道）基层公共服务平台, 村务公开栏]',
  /* 19 */ '    levels: [县级, 乡级]',
  /* 20 */ '  - code: "1.2"',
  /* 21 */ '    name: 岗位信息发布',
];
const main = text(MAIN);

describe('SourceLocator contract (YAML loader)', () => {
  it('names the file it was given', () => {
    expect(locator(main).locate(['domain'])?.file).toBe(FILE);
  });

  describe('top-level keys', () => {
    it('the empty path is the document: its first key', () => {
      expect(at(main, [])).toEqual({ line: 1, column: 1 });
    });

    it('a top-level value starts after `key: `', () => {
      // `gkml: 1`: g-k-m-l 1–4, colon 5, space 6
      expect(span(main, ['gkml'])).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 8 });
      // `domain: 就业`: 就业 is columns 9–10
      expect(span(main, ['domain'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 11 });
      expect(span(main, ['region'])).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 12 });
    });

    it('with target key, the key itself', () => {
      expect(span(main, ['domain'], 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 7 });
      expect(at(main, ['items'], 'key')).toEqual({ line: 5, column: 1 });
    });

    it('comments and a --- marker before the first key do not count as the document', () => {
      const source = text(['# 示例县就业领域目录', '---', 'gkml: 1', 'domain: 就业']);
      expect(at(source, [])).toEqual({ line: 3, column: 1 });
      expect(at(source, ['domain'])).toEqual({ line: 4, column: 9 });
    });

    it('a byte order mark takes no column', () => {
      const source = `\uFEFF${main}`;
      expect(at(source, [])).toEqual({ line: 1, column: 1 });
      expect(at(source, ['gkml'])).toEqual({ line: 1, column: 7 });
      expect(at(source, ['items', 0, 'name'])).toEqual({ line: 8, column: 11 });
    });
  });

  describe("an item's fields", () => {
    it('the items list starts at the dash of its first entry, an item at its first key', () => {
      expect(at(main, ['items'])).toEqual({ line: 6, column: 3 });
      expect(at(main, ['items', 0])).toEqual({ line: 6, column: 5 });
      expect(at(main, ['items', 1])).toEqual({ line: 20, column: 5 });
    });

    it('a plain scalar field', () => {
      // `    name: 就业政策法规咨询`: four spaces, name 5–8, colon 9, space 10; eight characters
      expect(span(main, ['items', 0, 'name'])).toEqual({ line: 8, column: 11, endLine: 8, endColumn: 19 });
      expect(span(main, ['items', 0, 'first'])).toEqual({ line: 7, column: 12, endLine: 7, endColumn: 18 });
      expect(at(main, ['items', 1, 'name'])).toEqual({ line: 21, column: 11 });
    });

    it('a comment after the value is not part of it', () => {
      // 信息形成或变更之日起 (10) + 20 (2) + 个工作日内 (5) = 17 characters from column 15
      expect(span(main, ['items', 0, 'deadline'])).toEqual({ line: 14, column: 15, endLine: 14, endColumn: 32 });
    });

    it('with target key, the field name', () => {
      expect(span(main, ['items', 0, 'code'], 'key')).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 9 });
      expect(at(main, ['items', 0, 'deadline'], 'key')).toEqual({ line: 14, column: 5 });
      expect(at(main, ['items', 0, 'channels', '政府网站'], 'key')).toEqual({ line: 17, column: 7 });
    });

    it('a nested mapping starts at its first key; its values after `key: `', () => {
      expect(at(main, ['items', 0, 'channels'])).toEqual({ line: 17, column: 7 });
      // `      政府网站: `: six spaces, 政府网站 7–10, colon 11, space 12; 示例县人民政府门户网站 is 11 characters
      expect(span(main, ['items', 0, 'channels', '政府网站'])).toEqual({ line: 17, column: 13, endLine: 17, endColumn: 24 });
    });
  });

  describe('list entries', () => {
    it("['items', 0, 'content', 1] in a flow list", () => {
      // `    content: [`: content 5–11, colon 12, space 13, [ 14; 就业创业政策项目 15–22, comma 23, space 24
      expect(span(main, ['items', 0, 'content', 1])).toEqual({ line: 9, column: 25, endLine: 9, endColumn: 29 });
      expect(at(main, ['items', 0, 'content', 0])).toEqual({ line: 9, column: 15 });
      expect(at(main, ['items', 0, 'content', 2])).toEqual({ line: 9, column: 31 });
    });

    it('a flow list starts at its [ and ends after its ]', () => {
      // 政策申请条件 is 31–36, ] 37
      expect(span(main, ['items', 0, 'content'])).toEqual({ line: 9, column: 14, endLine: 9, endColumn: 38 });
      // `    levels: [县级, 乡级]`: [ 13, 县级 14–15, comma 16, space 17, 乡级 18–19
      expect(at(main, ['items', 0, 'levels'])).toEqual({ line: 19, column: 13 });
      expect(at(main, ['items', 0, 'levels', 1])).toEqual({ line: 19, column: 18 });
    });

    it('a block list starts at the dash of its first entry; an entry after `- `', () => {
      expect(at(main, ['items', 0, 'basis'])).toEqual({ line: 11, column: 7 });
      // 《 + 中华人民共和国 (7) + 政府信息公开条例 (8) + 》 = 17 characters from column 9
      expect(span(main, ['items', 0, 'basis', 0])).toEqual({ line: 11, column: 9, endLine: 11, endColumn: 26 });
    });

    it('a block list ends where the next line starts', () => {
      expect(span(main, ['items', 0, 'basis'])).toEqual({ line: 11, column: 7, endLine: 14, endColumn: 1 });
    });

    it('a flow list nested in a mapping, after CJK text on the same line', () => {
      // `      其他: [`: 其他 7–8, colon 9, space 10, [ 11; 各乡镇（街道）基层公共服务平台 is 15 characters (12–26),
      // comma 27, space 28
      expect(at(main, ['items', 0, 'channels', '其他'])).toEqual({ line: 18, column: 11 });
      expect(span(main, ['items', 0, 'channels', '其他', 1])).toEqual({ line: 18, column: 29, endLine: 18, endColumn: 34 });
    });

    it('with target key, an entry (which has no key) is itself', () => {
      expect(at(main, ['items', 0, 'content', 1], 'key')).toEqual({ line: 9, column: 25 });
      expect(at(main, ['items', 0, 'channels', '其他', 1], 'key')).toEqual({ line: 18, column: 29 });
      expect(at(main, ['items', 1], 'key')).toEqual({ line: 20, column: 5 });
    });
  });

  describe('scalar styles', () => {
    it('a quoted value starts at its opening quote and ends after the closing one', () => {
      // single: '《中华人民共和国就业促进法》' is 14 characters and two quotes
      expect(span(main, ['items', 0, 'basis', 1])).toEqual({ line: 12, column: 9, endLine: 12, endColumn: 25 });
      // double: "《人力资源市场暂行条例》" is 12 characters and two quotes
      expect(span(main, ['items', 0, 'basis', 2])).toEqual({ line: 13, column: 9, endLine: 13, endColumn: 23 });
      // `  - code: "1.1"`: dash 3, code 5–8, colon 9, space 10, quote 11
      expect(span(main, ['items', 0, 'code'])).toEqual({ line: 6, column: 11, endLine: 6, endColumn: 16 });
      // inside a flow mapping: `contact: { unit: 示例县人社局, phone: "0371-12345678" }`
      // { 10, unit 12–15, colon 16, value 18–23, comma 24, phone 26–30, colon 31, quote 33
      expect(span(main, ['contact', 'unit'])).toEqual({ line: 4, column: 18, endLine: 4, endColumn: 24 });
      expect(span(main, ['contact', 'phone'])).toEqual({ line: 4, column: 33, endLine: 4, endColumn: 48 });
      expect(at(main, ['contact', 'phone'], 'key')).toEqual({ line: 4, column: 26 });
      expect(at(main, ['contact'])).toEqual({ line: 4, column: 10 });
    });

    const BLOCK = text([
      /*  1 */ 'gkml: 1',
      /*  2 */ 'literal: |',
      /*  3 */ '  第一行',
      /*  4 */ '  第二行',
      /*  5 */ 'folded: >',
      /*  6 */ '  折叠的',
      /*  7 */ '  一段话',
      /*  8 */ 'keep: |+',
      /*  9 */ '  保留',
      /* 10 */ '',
      /* 11 */ 'strip: |-',
      /* 12 */ '  去掉',
      /* 13 */ 'after: 结束',
    ]);

    it('a block scalar starts at its | or > indicator and ends with its last line break', () => {
      expect(span(BLOCK, ['literal'])).toEqual({ line: 2, column: 10, endLine: 5, endColumn: 1 });
      expect(span(BLOCK, ['folded'])).toEqual({ line: 5, column: 9, endLine: 8, endColumn: 1 });
      // keep (|+) takes the blank line 10 too; strip (|-) still ends at the next line
      expect(span(BLOCK, ['keep'])).toEqual({ line: 8, column: 7, endLine: 11, endColumn: 1 });
      expect(span(BLOCK, ['strip'])).toEqual({ line: 11, column: 8, endLine: 13, endColumn: 1 });
      expect(span(BLOCK, ['after'])).toEqual({ line: 13, column: 8, endLine: 13, endColumn: 10 });
    });

    it('a block scalar at the end of a file without a final line end ends after its last character', () => {
      expect(span('gkml: 1\nlast: |\n  第一行\n  第二行', ['last'])).toEqual({ line: 2, column: 7, endLine: 4, endColumn: 6 });
    });

    it('an anchor or tag before a value is not part of it', () => {
      const source = text(['gkml: 1', 'deadline: &d 长期', 'code: !!str 1.1', 'shared: &std', '  deadline: 长期']);
      // `deadline: &d 长期`: &d 11–12, space 13
      expect(at(source, ['deadline'])).toEqual({ line: 2, column: 14 });
      // `code: !!str 1.1`: !!str 7–11, space 12
      expect(at(source, ['code'])).toEqual({ line: 3, column: 13 });
      // an anchored mapping starts at its first key, as any block mapping does
      expect(at(source, ['shared'])).toEqual({ line: 5, column: 3 });
    });
  });

  describe('a key with no value', () => {
    const EMPTY = text([
      /* 1 */ 'gkml: 1',
      /* 2 */ 'items:',
      /* 3 */ '  - code: "1.1"',
      /* 4 */ '    subject:',
      /* 5 */ '    group: ',
      /* 6 */ '    mode: # 注释',
      /* 7 */ '    levels: [县级]',
      /* 8 */ '? 说明',
    ]);

    it('`key:` points where the value would start: after the colon and the spaces on its line (an empty span)', () => {
      // `    subject:`: subject 5–11, colon 12, then the line ends
      expect(span(EMPTY, ['items', 0, 'subject'])).toEqual({ line: 4, column: 13, endLine: 4, endColumn: 13 });
      // `    group: `: group 5–9, colon 10, a trailing space 11
      expect(span(EMPTY, ['items', 0, 'group'])).toEqual({ line: 5, column: 12, endLine: 5, endColumn: 12 });
      // `    mode: # 注释`: mode 5–8, colon 9, space 10, the comment starts at 11
      expect(span(EMPTY, ['items', 0, 'mode'])).toEqual({ line: 6, column: 11, endLine: 6, endColumn: 11 });
    });

    it('with target key, the key', () => {
      expect(span(EMPTY, ['items', 0, 'subject'], 'key')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 12 });
    });

    it('an explicit `? key` without a value points at the key', () => {
      expect(span(EMPTY, ['说明'])).toEqual({ line: 8, column: 3, endLine: 8, endColumn: 5 });
    });
  });

  describe('a path that does not exist falls back to the deepest node that does', () => {
    it('a missing key of an item: the item', () => {
      expect(at(main, ['items', 0, 'audience'])).toEqual({ line: 6, column: 5 });
      expect(at(main, ['items', 1, 'basis', 0])).toEqual({ line: 20, column: 5 });
    });

    it('an index past the end of a list: the list', () => {
      expect(at(main, ['items', 0, 'content', 7])).toEqual({ line: 9, column: 14 });
      expect(at(main, ['items', 5, 'name'])).toEqual({ line: 6, column: 3 });
    });

    it('a path through a scalar: the scalar', () => {
      expect(at(main, ['items', 0, 'code', 'x'])).toEqual({ line: 6, column: 11 });
      expect(at(main, ['items', 0, 'name', 0])).toEqual({ line: 8, column: 11 });
    });

    it('a missing top-level key: the document', () => {
      expect(at(main, ['url'])).toEqual({ line: 1, column: 1 });
    });

    it('with target key, the key of the deepest node found', () => {
      expect(at(main, ['contact', 'person'], 'key')).toEqual({ line: 4, column: 1 });
      expect(at(main, ['items', 0, 'channels', '两微一端'], 'key')).toEqual({ line: 16, column: 5 });
    });
  });

  describe('columns count code points', () => {
    it('CJK text before a value on the same line counts one column per character', () => {
      // six spaces, 政府网站 7–10, colon 11, space 12 (counting UTF-8 bytes would say column 21)
      expect(at(main, ['items', 0, 'channels', '政府网站'])).toEqual({ line: 17, column: 13 });
      expect(at(main, ['contact', 'phone'])).toEqual({ line: 4, column: 33 });
    });

    const ASTRAL = text([
      /* 1 */ 'gkml: 1',
      /* 2 */ 'region: 𠀀𠀁县',
      /* 3 */ 'content: [𠀀, 对象范围]',
      /* 4 */ '𠀀𠀁: 值',
      /* 5 */ 'note: [😀😀, 值]',
      /* 6 */ 'mark: [e\u0301, 值]',
    ]);

    it('a character outside the BMP is one column (not two UTF-16 units, not four bytes)', () => {
      // 𠀀𠀁县: three code points from column 9
      expect(span(ASTRAL, ['region'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 12 });
      // `content: [𠀀, 对象范围]`: [ 10, 𠀀 11, comma 12, space 13 (UTF-16 would say 15)
      expect(span(ASTRAL, ['content', 1])).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 18 });
      // a key of astral characters: 𠀀 1, 𠀁 2, colon 3, space 4
      expect(span(ASTRAL, ['𠀀𠀁'])).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 6 });
      expect(span(ASTRAL, ['𠀀𠀁'], 'key')).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 3 });
    });

    it('an emoji is one column too', () => {
      // `note: [😀😀, 值]`: [ 7, 😀 8, 😀 9, comma 10, space 11
      expect(at(ASTRAL, ['note', 1])).toEqual({ line: 5, column: 12 });
    });

    it('characters are code points, not grapheme clusters', () => {
      // e + U+0301 (combining acute) is two columns: [ 7, e 8, U+0301 9, comma 10, space 11
      expect(at(ASTRAL, ['mark', 1])).toEqual({ line: 6, column: 12 });
    });
  });

  describe('CRLF line ends', () => {
    const crlf = text(MAIN, '\r\n');

    it('start positions are those of the LF text', () => {
      const paths: JsonPath[] = [
        [],
        ['domain'],
        ['contact', 'phone'],
        ['items', 0],
        ['items', 0, 'content', 1],
        ['items', 0, 'basis', 2],
        ['items', 0, 'deadline'],
        ['items', 0, 'subject'],
        ['items', 0, 'channels', '其他', 1],
        ['items', 1, 'name'],
      ];
      for (const path of paths) expect(at(crlf, path), JSON.stringify(path)).toEqual(at(main, path));
      expect(at(crlf, ['items', 1, 'name'])).toEqual({ line: 21, column: 11 });
    });

    it('the \\r is not part of a value at the end of a line', () => {
      expect(span(crlf, ['domain'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 11 });
      expect(span(crlf, ['items', 1, 'name'])).toEqual({ line: 21, column: 11, endLine: 21, endColumn: 17 });
    });

    it('multi-line values end where they end with LF', () => {
      const block = text(['gkml: 1', 'literal: |', '  第一行', '  第二行', 'next: 1'], '\r\n');
      expect(span(block, ['literal'])).toEqual({ line: 2, column: 10, endLine: 5, endColumn: 1 });
      expect(span(block, ['next'])).toEqual({ line: 5, column: 7, endLine: 5, endColumn: 8 });
      const quoted = text(['gkml: 1', 'deadline: "信息形成或变更之日起', '  20个工作日内"'], '\r\n');
      expect(span(quoted, ['deadline'])).toEqual({ line: 2, column: 11, endLine: 3, endColumn: 11 });
    });
  });

  describe('merge keys (<<: *anchor)', () => {
    const MERGE = text([
      /*  1 */ 'gkml: 1',
      /*  2 */ 'shared: &std',
      /*  3 */ '  deadline: 信息形成或变更之日起20个工作日内',
      /*  4 */ '  channels:',
      /*  5 */ '    政府网站: 示例县人民政府门户网站',
      /*  6 */ 'more: &more',
      /*  7 */ '  <<: *std',
      /*  8 */ '  subject: 示例县人社局',
      /*  9 */ 'boxes: &boxes',
      /* 10 */ '  政府网站: 示例县人社局网站',
      /* 11 */ 'items:',
      /* 12 */ '  - <<: *std',
      /* 13 */ '    code: "1.1"',
      /* 14 */ '  - <<: [*more]',
      /* 15 */ '    code: "1.2"',
      /* 16 */ '    deadline: 信息形成或变更之日起10个工作日内',
      /* 17 */ '  - <<: { levels: [县级] }',
      /* 18 */ '    code: "1.3"',
      /* 19 */ '  - code: "1.4"',
      /* 20 */ '    channels: *boxes',
    ]);

    it('a field that comes from the anchor is located where it is written in the anchor', () => {
      // `  deadline: `: deadline 3–10, colon 11, space 12; 17 characters
      expect(span(MERGE, ['items', 0, 'deadline'])).toEqual({ line: 3, column: 13, endLine: 3, endColumn: 30 });
      expect(at(MERGE, ['items', 0, 'deadline'], 'key')).toEqual({ line: 3, column: 3 });
      // `    政府网站: `: 政府网站 5–8, colon 9, space 10
      expect(at(MERGE, ['items', 0, 'channels', '政府网站'])).toEqual({ line: 5, column: 11 });
      expect(at(MERGE, ['items', 0, 'channels'])).toEqual({ line: 5, column: 5 });
    });

    it("the item's own fields stay where the item writes them", () => {
      expect(at(MERGE, ['items', 0, 'code'])).toEqual({ line: 13, column: 11 });
      expect(at(MERGE, ['items', 0])).toEqual({ line: 12, column: 5 });
    });

    it('an own field overrides the merged one, and is located in the item', () => {
      expect(at(MERGE, ['items', 1, 'deadline'])).toEqual({ line: 16, column: 15 });
    });

    it('a list of merges, and a merge of a mapping that merges in turn', () => {
      // `  subject: `: subject 3–9, colon 10, space 11
      expect(at(MERGE, ['items', 1, 'subject'])).toEqual({ line: 8, column: 12 });
      expect(at(MERGE, ['items', 1, 'channels', '政府网站'])).toEqual({ line: 5, column: 11 });
    });

    it('a merge of an inline mapping', () => {
      // `  - <<: { levels: [县级] }`: dash 3, << 5–6, colon 7, { 9, levels 11–16, colon 17, [ 19, 县级 20
      expect(at(MERGE, ['items', 2, 'levels'])).toEqual({ line: 17, column: 19 });
      expect(at(MERGE, ['items', 2, 'levels', 0])).toEqual({ line: 17, column: 20 });
      expect(at(MERGE, ['items', 2, 'levels'], 'key')).toEqual({ line: 17, column: 11 });
    });

    it('a missing field is the item, not the anchor', () => {
      expect(at(MERGE, ['items', 0, 'name'])).toEqual({ line: 12, column: 5 });
    });

    it('a plain alias value (not a merge) is not followed: paths into it stop at the *alias', () => {
      // `    channels: *boxes`: channels 5–12, colon 13, space 14, *boxes 15–20
      expect(span(MERGE, ['items', 3, 'channels'])).toEqual({ line: 20, column: 15, endLine: 20, endColumn: 21 });
      expect(at(MERGE, ['items', 3, 'channels', '政府网站'])).toEqual({ line: 20, column: 15 });
    });
  });

  describe('the end of a multi-line value', () => {
    const MULTI = text([
      /*  1 */ 'gkml: 1',
      /*  2 */ 'deadline: "信息形成或变更之日起',
      /*  3 */ '  20个工作日内"',
      /*  4 */ 'plain: 《中华人民共和国就业促进法》(2007年8月30日通过',
      /*  5 */ '  根据2015年4月24日修正)',
      /*  6 */ "single: '第一段",
      /*  7 */ "  第二段'",
      /*  8 */ 'flow: [甲,',
      /*  9 */ '  乙]',
      /* 10 */ 'map:',
      /* 11 */ '  甲: 1',
      /* 12 */ '  乙: 2',
      /* 13 */ 'next: 1',
    ]);

    it('a double-quoted value continued on the next line ends after its closing quote', () => {
      // `  20个工作日内"`: 20 3–4, 个工作日内 5–9, quote 10
      expect(span(MULTI, ['deadline'])).toEqual({ line: 2, column: 11, endLine: 3, endColumn: 11 });
    });

    it('a plain value folded over two lines ends after its last character', () => {
      // `  根据2015年4月24日修正)`: 根据 3–4, 2015 5–8, 年 9, 4 10, 月 11, 24 12–13, 日 14, 修正 15–16, ) 17
      expect(span(MULTI, ['plain'])).toEqual({ line: 4, column: 8, endLine: 5, endColumn: 18 });
    });

    it('a single-quoted value continued on the next line', () => {
      // `  第二段'`: 第二段 3–5, quote 6
      expect(span(MULTI, ['single'])).toEqual({ line: 6, column: 9, endLine: 7, endColumn: 7 });
    });

    it('a flow list over two lines ends after its ], its second entry is on the second line', () => {
      expect(span(MULTI, ['flow'])).toEqual({ line: 8, column: 7, endLine: 9, endColumn: 5 });
      expect(span(MULTI, ['flow', 1])).toEqual({ line: 9, column: 3, endLine: 9, endColumn: 4 });
    });

    it('a block mapping ends where the next line after it starts', () => {
      expect(span(MULTI, ['map'])).toEqual({ line: 11, column: 3, endLine: 13, endColumn: 1 });
    });

    it('the document ends at the end of the text', () => {
      expect(span(MULTI, [])).toEqual({ line: 1, column: 1, endLine: 14, endColumn: 1 });
    });
  });
});
