// The slips clerks make when they write catalogue YAML by hand, each with the one finding it must
// give: which slip (messageId), and the line and column of the character to change.
import { describe, expect, it } from 'vitest';
import { loadYamlBytes, loadYamlText } from '../../src/load/yaml/loader.js';

const H = 'gkml: 1\ndomain: 就业\nitems:\n';

interface Slip {
  name: string;
  text: string;
  messageId: string;
  line: number;
  column: number;
  ruleId?: string;
}

const slips: Slip[] = [
  // Tabs
  { name: 'a tab indents a list', text: 'items:\n\t- name: 甲\n', messageId: 'tab', line: 2, column: 1 },
  { name: 'a tab indents a key of an item', text: H + '  - name: 甲\n\t  subject: 乙\n', messageId: 'tab', line: 5, column: 1 },
  { name: 'a tab after spaces', text: H + '  - name: 甲\n    \tsubject: 乙\n', messageId: 'tab', line: 5, column: 5 },
  // Colons
  { name: 'no space after the colon', text: 'gkml: 1\ndomain:就业\nregion: 示例县\n', messageId: 'missing-colon-space', line: 2, column: 7 },
  { name: 'no space after the colon in an item', text: H + '  - name: 甲\n    subject:乙\n    mode: [主动]\n', messageId: 'missing-colon-space', line: 5, column: 12 },
  { name: 'a full-width colon in an item', text: H + '  - name: 甲\n    subject：乙\n', messageId: 'fullwidth-colon', line: 5, column: 12 },
  { name: 'a full-width colon with more lines after it', text: H + '  - name: 甲\n    subject：乙\n    mode: [主动]\n', messageId: 'fullwidth-colon', line: 5, column: 12 },
  { name: 'a full-width colon at the top', text: 'gkml: 1\ndomain：就业\nregion: 示例县\n', messageId: 'fullwidth-colon', line: 2, column: 7 },
  { name: 'a full-width space after the colon', text: 'gkml: 1\nregion:\u3000示例县\n', messageId: 'wide-space', line: 2, column: 8 },
  { name: 'no colon at all', text: 'gkml: 1\ndomain 就业\nregion: 示例县\n', messageId: 'missing-colon', line: 2, column: 1 },
  { name: 'a second "key: " in a value', text: 'gkml: 1\nsubject: 单位: 示例县人社局\n', messageId: 'two-colons', line: 2, column: 12 },
  { name: 'a value ending in a colon', text: 'gkml: 1\nregion: 示例县:\n', messageId: 'two-colons', line: 2, column: 12 },
  // Quotes and brackets
  { name: 'an unclosed double quote', text: H + '  - name: "就业政策法规咨询\n    subject: 示例县人力资源和社会保障局\n  - name: 岗位信息发布\n', messageId: 'unclosed-quote', line: 4, column: 11 },
  { name: 'an unclosed single quote', text: "gkml: 1\nregion: '示例县\ndomain: 就业\n", messageId: 'unclosed-quote', line: 2, column: 9 },
  { name: 'an unclosed quote at the end of the file', text: 'gkml: 1\nregion: "示例#县\n', messageId: 'unclosed-quote', line: 2, column: 9 },
  { name: 'text after a closing quote', text: 'gkml: 1\nregion: "示例县" 人社局\n', messageId: 'text-after-quote', line: 2, column: 15 },
  { name: 'quotes inside a quoted value', text: 'gkml: 1\nname: "他说"好""\n', messageId: 'text-after-quote', line: 2, column: 11 },
  { name: 'a backslash in double quotes', text: 'gkml: 1\nurl: "C:\\gkml\\目录"\n', messageId: 'bad-escape', line: 2, column: 9 },
  { name: 'an unclosed [ in an item', text: H + '  - content: [甲, 乙\n  - name: 丙\n', messageId: 'unclosed-bracket', line: 4, column: 14 },
  // Balanced, but past the parser's depth: not an unclosed bracket, though the parser stops inside one.
  { name: 'brackets nested 150 deep', text: `gkml: 1\nitems: ${'['.repeat(150)}${']'.repeat(150)}\n`, messageId: 'too-deep', line: 2, column: 107 },
  { name: 'an unclosed [ at the end of the file', text: 'gkml: 1\ncontent: [甲, 乙\n', messageId: 'unclosed-bracket', line: 2, column: 10 },
  { name: 'an unclosed [ after a full-width comma', text: 'gkml: 1\ncontent: [甲，乙\n', messageId: 'unclosed-bracket', line: 2, column: 10 },
  { name: 'a [ list continued without indentation', text: 'gkml: 1\ncontent: [甲,\n乙]\n', messageId: 'unclosed-bracket', line: 2, column: 10 },
  { name: 'an unclosed {', text: 'gkml: 1\ncontact: { unit: 甲, person: 乙\nitems: []\n', messageId: 'unclosed-brace', line: 2, column: 10 },
  { name: 'a stray ]', text: 'gkml: 1\ncontent: [甲]]\n', messageId: 'stray-bracket', line: 2, column: 13 },
  { name: 'text after a ] list', text: H + '  - name: 甲\n    mode: [主动],\n', messageId: 'text-after-bracket', line: 5, column: 15 },
  { name: 'a missing comma between quoted entries', text: 'gkml: 1\ncontent: ["甲" "乙"]\n', messageId: 'missing-comma', line: 2, column: 15 },
  { name: 'a doubled comma', text: 'gkml: 1\ncontent: [甲,, 乙]\n', messageId: 'extra-comma', line: 2, column: 13 },
  // Indentation and lists
  { name: 'a key indented one space too few', text: H + '  - name: 甲\n   subject: 乙\n', messageId: 'bad-indent', line: 5, column: 4 },
  { name: 'a key indented one space too few, later in the item', text: H + '  - name: 甲\n    subject: 乙\n   mode: [主动]\n', messageId: 'bad-indent', line: 6, column: 4 },
  { name: 'a key indented under a key with a value', text: 'gkml: 1\ndomain: 就业\n  region: 示例县\n', messageId: 'over-indent', line: 3, column: 3 },
  { name: 'a key of an item written at the dash column', text: H + '  - name: 甲\n  subject: 乙\n', messageId: 'missing-dash', line: 5, column: 3 },
  { name: 'an item without its dash', text: H + '  - name: 甲\n    subject: 乙\n  name: 丙\n', messageId: 'missing-dash', line: 6, column: 3 },
  { name: 'a list under a key that has a value', text: H + '  - name: 甲\n    content: 乙\n    - 丙\n', messageId: 'list-after-value', line: 6, column: 5 },
  { name: 'a list under a top-level key that has a value', text: 'gkml: 1\ncontent: 甲\n- 乙\n', messageId: 'list-after-value', line: 3, column: 1 },
  { name: 'a list entry on the key line', text: 'gkml: 1\ncontent: - 甲\n', messageId: 'list-on-key-line', line: 2, column: 10 },
  { name: 'no space after a list dash', text: H + '  - name: 甲\n    content:\n      - 甲\n      -乙\n', messageId: 'missing-dash-space', line: 7, column: 7 },
  { name: 'a full-width space in the indentation', text: H + '  - name: 甲\n  \u3000subject: 乙\n', messageId: 'wide-space', line: 5, column: 3 },
  { name: 'a no-break space in the indentation', text: H + '  - name: 甲\n  \u00a0 subject: 乙\n', messageId: 'wide-space', line: 5, column: 3 },
  { name: 'a list and keys mixed at the top', text: '- 甲\ngkml: 1\n', messageId: 'mixed-list-map', line: 2, column: 1 },
  // Documents, characters, anchors
  { name: 'a second document', text: 'gkml: 1\n---\ndomain: 就业\n', messageId: 'multiple-documents', line: 2, column: 1 },
  { name: 'a document end marker followed by more', text: 'gkml: 1\ndomain: 就业\n...\nregion: 示例县\n', messageId: 'multiple-documents', line: 3, column: 1 },
  { name: 'a value starting with @', text: 'gkml: 1\nregion: @示例县\n', messageId: 'reserved-char', line: 2, column: 9 },
  { name: 'a value starting with a backtick', text: 'gkml: 1\nregion: `示例县`\n', messageId: 'reserved-char', line: 2, column: 9 },
  { name: 'text after | on its line', text: 'gkml: 1\nregion: |示例县\n', messageId: 'block-header', line: 2, column: 9 },
  { name: 'an & with no name', text: 'gkml: 1\nregion: & 示例县\n', messageId: 'anchor', line: 2, column: 9 },
  { name: 'a * that is not an alias', text: 'gkml: 1\nregion: *示例县\n', messageId: 'unknown-alias', line: 2, column: 9 },
  { name: 'an alias with no anchor', text: 'gkml: 1\nitems:\n  - name: 甲\n    channels: *std\n', messageId: 'unknown-alias', line: 4, column: 15 },
  { name: 'a merge of a list', text: 'gkml: 1\nlist: &l [a, b]\nitems:\n  - <<: *l\n    name: 甲\n', messageId: 'bad-merge', line: 4, column: 5 },
  { name: 'a repeated key', text: 'gkml: 1\ndomain: 就业\ndomain: 社会保险\n', messageId: 'duplicate-key', line: 3, column: 1, ruleId: 'parse/duplicate-key' },
  { name: 'a repeated key, quoted', text: 'gkml: 1\ndomain: 就业\n"domain": 社会保险\n', messageId: 'duplicate-key', line: 3, column: 1, ruleId: 'parse/duplicate-key' },
  { name: 'a list at the top', text: '- a\n- b\n', messageId: 'not-mapping', line: 1, column: 1, ruleId: 'parse/not-catalogue' },
  { name: 'a line of words', text: 'just some words\n', messageId: 'not-mapping', line: 1, column: 1, ruleId: 'parse/not-catalogue' },
  { name: 'only a document marker', text: '---\n', messageId: 'not-mapping', line: 1, column: 4, ruleId: 'parse/not-catalogue' },
  { name: 'only comments', text: '# 目录\n\n# 待填写\n', messageId: 'empty', line: 1, column: 1, ruleId: 'parse/empty' },
];

/** An English phrase (three words in a row) in a Chinese message: the parser's wording leaking through. */
const latin = (zh: string) => /[A-Za-z]{2,}(?:[\s,.'-]+[A-Za-z]{2,}){2,}/.test(zh);

describe('each slip gives one finding, in the clerk\'s terms, at the character to change', () => {
  for (const slip of slips) {
    it(slip.name, () => {
      const loaded = loadYamlText(slip.text, 'slip.yaml');
      expect(loaded.ok).toBe(false);
      expect(loaded.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line, column: f.location?.column }))).toEqual([
        { ruleId: slip.ruleId ?? 'parse/syntax', messageId: slip.messageId, line: slip.line, column: slip.column },
      ]);
      const [f] = loaded.findings;
      expect(f!.severity).toBe('error');
      expect(latin(f!.message.zh), f!.message.zh).toBe(false);
      expect(f!.hint && latin(f.hint.zh), f!.hint?.zh).toBe(false);
      expect(f!.message.en).not.toMatch(/implicit|deficient|mapping entry|document separator is expected|scalar/i);
    });
  }

  it('lists every repeated key, each at the repeat', () => {
    const loaded = loadYamlText(H + '  - name: 甲\n    name: 乙\n  - name: 丙\n    subject: 丁\n    name: 戊\n', 'dup.yaml');
    expect(loaded.findings.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([
      ['parse/duplicate-key', 5, 5],
      ['parse/duplicate-key', 8, 5],
    ]);
  });

  it('lets a key override what a merge brought in, but not a key written twice', () => {
    const merged = loadYamlText('base: &b { name: 甲, subject: 乙 }\nitem:\n  <<: *b\n  name: 丙\n', 'm.yaml');
    expect(merged.ok).toBe(true);
    expect(merged.data).toEqual({ base: { name: '甲', subject: '乙' }, item: { name: '丙', subject: '乙' } });
  });

  it('gives one finding for a tab slip, not a cascade', () => {
    const text = H + '  - name: 甲\n\t  subject: 乙\n\t  mode: [主动]\n\t  levels: [县级]\n  - name: 丙\n';
    expect(loadYamlText(text, 'tab.yaml').findings).toHaveLength(1);
  });

  it('never shows the parser\'s English in Chinese, whatever the slip', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const junk = [':', '-', '"', "'", '[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>', '%', '@', '`', '?', '\t', ' ', '\n', '：', '\\'];
    const base = H + '  - code: "1.1"\n    name: 就业政策法规咨询\n    content: [甲, 乙]\n    channels:\n      政府网站: 示例县人民政府门户网站\n    mode: [主动]\n';
    for (let run = 0; run < 600; run++) {
      let text = base;
      for (let k = 0; k < 2; k++) {
        const i = Math.floor(next() * text.length);
        text = text.slice(0, i) + junk[Math.floor(next() * junk.length)] + text.slice(i);
      }
      for (const f of loadYamlText(text, 'x.yaml').findings) {
        expect(latin(f.message.zh), `${f.message.zh} in ${JSON.stringify(text)}`).toBe(false);
        if (f.ruleId === 'parse/syntax') expect(f.messageId, JSON.stringify(text)).not.toBe('unknown');
      }
    }
  });

  it('still says something Chinese when it cannot name the slip', () => {
    // A YAML version this parser does not know.
    const loaded = loadYamlBytes(Buffer.from('%YAML 2.0\n---\ngkml: 1\n'), 'v2.yaml');
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]!.ruleId).toBe('parse/syntax');
    expect(latin(loaded.findings[0]!.message.zh)).toBe(false);
  });
});
