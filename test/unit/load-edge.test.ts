import { describe, expect, it } from 'vitest';
import { loadYamlBytes } from '../../src/load/yaml/loader.js';

describe('loader edge cases', () => {
  it('reads a file with a UTF-8 BOM followed by GBK bytes (saved by a mixed Windows tool chain) instead of crashing', () => {
    // "region: 示例县" in GBK after a UTF-8 BOM.
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('gkml: 1\nregion: '),
      Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xcf, 0xd8]),
      Buffer.from('\n'),
    ]);
    const loaded = loadYamlBytes(bytes, 'bom-gbk.yaml');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { region: string }).region).toBe('示例县');
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/encoding', severity: 'warning' });
  });
});

describe('YAML anchors and aliases', () => {
  it('loads a catalogue that reuses one anchor in more than a hundred items', () => {
    const items = Array.from({ length: 150 }, (_, i) => `  - name: 事项${i}\n    channels: *ch\n`).join('');
    const text = `gkml: 1\nstd: &ch { 政府网站: 示例县人民政府门户网站 }\nitems:\n${items}`;
    const loaded = loadYamlBytes(Buffer.from(text), 'alias.yaml');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { items: unknown[] }).items).toHaveLength(150);
  });

  it('reports an alias bomb as a finding instead of throwing', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill('*' + prev).join(', ')}]`);
    }
    const loaded = loadYamlBytes(Buffer.from(lines.join('\n') + '\n'), 'bomb.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error' });
    expect(loaded.findings[0]!.message.en).toMatch(/alias/i);
  });
});

describe('YAML merge keys and unresolved aliases', () => {
  const item = (extra: string) =>
    `gkml: 1\ndomain: 就业\nitems:\n  - &base\n    code: "1.1"\n    name: 就业政策法规咨询\n    deadline: 信息形成或变更之日起20个工作日内\n    subject: 示例县公共就业和人才服务中心\n  - <<: *base\n    code: "1.2"\n    name: 岗位信息发布\n${extra}`;

  it('honours `<<: *anchor` and points merged values at the anchor where they are written', () => {
    const loaded = loadYamlBytes(Buffer.from(item('')), 'merge.yaml');
    expect(loaded.ok).toBe(true);
    const items = (loaded.data as { items: Array<Record<string, unknown>> }).items;
    expect(items[1]).toMatchObject({ code: '1.2', name: '岗位信息发布', subject: '示例县公共就业和人才服务中心' });
    expect(Object.keys(items[1]!)).not.toContain('<<');
    // subject of item 2 is written on line 8, in the anchored item 1.
    expect(loaded.locator.locate(['items', 1, 'subject'])).toMatchObject({ line: 8, column: 14 });
    // its own name stays at its own line.
    expect(loaded.locator.locate(['items', 1, 'name'])).toMatchObject({ line: 11, column: 11 });
  });

  it('reports an alias whose anchor is missing at the alias, instead of an internal error', () => {
    const loaded = loadYamlBytes(Buffer.from('gkml: 1\nitems:\n  - name: 甲\n    channels: *std\n'), 'a.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error', location: { line: 4, column: 15 } });
    expect(loaded.findings[0]!.message.zh).toContain('std');
  });

  it('reports a merge of something that is not a mapping at the merge key', () => {
    const loaded = loadYamlBytes(Buffer.from('gkml: 1\nlist: &l [a, b]\nitems:\n  - <<: *l\n    name: 甲\n'), 'a.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error', location: { line: 4, column: 5 } });
  });
});

describe('YAML syntax errors', () => {
  const first = (text: string) => loadYamlBytes(Buffer.from(text), 'a.yaml').findings[0]!;

  it('points an unclosed quote at the quote that opens it, not at the end of the file', () => {
    const f = first('gkml: 1\nitems:\n  - name: "就业政策法规咨询\n    subject: 示例县人力资源和社会保障局\n  - name: 岗位信息发布\n');
    expect(f).toMatchObject({ ruleId: 'parse/syntax', location: { line: 3, column: 11 } });
    expect(f.message.zh).toContain('引号');
  });

  it('explains in Chinese the mistakes clerks make, without library jargon', () => {
    const cases = [
      'gkml: 1\n---\ndomain: 就业\n', // two documents
      'items:\n\t- name: 甲\n', // tab indentation
      'items:\n  - name: 甲\n    subject：乙\n', // full-width colon
      'items:\n  - name: 甲\n    subject：乙\n    mode: [主动]\n', // full-width colon, more lines follow
      'items:\n  - content: [甲, 乙\n  - name: 丙\n', // unclosed bracket
    ];
    for (const text of cases) {
      const f = first(text);
      expect(f.ruleId).toBe('parse/syntax');
      expect(f.message.zh.replace(/YAML/g, ''), text).not.toMatch(/[A-Za-z]{4,}/);
      expect(f.message.en, text).not.toContain('parseAllDocuments');
    }
  });
});
