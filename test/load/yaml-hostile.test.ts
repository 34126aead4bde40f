// Files as they arrive from the field: other encodings, other line ends, a stray byte, characters
// nobody sees, a very long catalogue, and anchors written to hurt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subjectGeneric } from '../../src/check/rules/subject/generic.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { decodeText } from '../../src/load/yaml/decode.js';
import { loadYamlBytes, loadYamlText } from '../../src/load/yaml/loader.js';
import { TextPositions } from '../../src/load/yaml/text-position.js';
import { normalizeTerm } from '../../src/text/normalize.js';
import { check, example, fixture, runRule, withItem } from '../helpers.js';

const clean = readFileSync(example('clean-jiuye.yaml'), 'utf8');
const at = (loaded: ReturnType<typeof loadYamlText>, path: Array<string | number>) => {
  const l = loaded.locator.locate(path)!;
  return { line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
};

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('UTF-16', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-16${endian.toUpperCase()} with a BOM, with a warning, positions as in UTF-8`, () => {
      const loaded = loadYamlBytes(utf16(clean, endian), 'u16.yaml');
      expect(loaded.ok).toBe(true);
      expect(loaded.findings).toMatchObject([{ ruleId: 'parse/encoding', severity: 'warning', messageId: 'encoding' }]);
      expect(loaded.findings[0]!.message.zh).toContain(`UTF-16${endian.toUpperCase()}`);
      const utf8 = loadYamlText(clean, 'u8.yaml');
      expect(loaded.data).toEqual(utf8.data);
      expect(at(loaded, ['items', 1, 'subject'])).toEqual(at(utf8, ['items', 1, 'subject']));
    });
  }

  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-16${endian.toUpperCase()} without a BOM by its NUL bytes, with the same warning, data and positions`, () => {
      const loaded = loadYamlBytes(utf16(clean, endian).subarray(2), 'u16.yaml');
      expect(loaded.ok).toBe(true);
      expect(loaded.findings.map((f) => [f.ruleId, f.message.zh])).toEqual([['parse/encoding', `文件以 UTF-16${endian.toUpperCase()} 编码保存，已自动转换读取。`]]);
      const utf8 = loadYamlText(clean, 'u8.yaml');
      expect(loaded.data).toEqual(utf8.data);
      expect(at(loaded, ['items', 1, 'subject'])).toEqual(at(utf8, ['items', 1, 'subject']));
    });
  }

  it('still takes bytes with NULs at both byte positions for a binary file', () => {
    // A PNG header and pseudo-random bytes with NULs scattered over both positions.
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : (i * 2654435761) >>> 24));
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const loaded = loadYamlBytes(bytes, 'image.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/not-catalogue', messageId: 'binary' }]);
  });
});

describe('UTF-32', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`reads UTF-32${endian.toUpperCase()} with a BOM (told apart from UTF-16's), characters outside the BMP included`, () => {
      const text = clean.replace('就业政策法规咨询', '就业政策法规咨询𠀀');
      const points = Array.from(`\uFEFF${text}`, (c) => c.codePointAt(0)!);
      const bytes = new Uint8Array(points.length * 4);
      const view = new DataView(bytes.buffer);
      points.forEach((cp, i) => view.setUint32(i * 4, cp, endian === 'le'));
      const loaded = loadYamlBytes(bytes, 'u32.yaml');
      expect(loaded.findings.map((f) => [f.ruleId, f.message.zh])).toEqual([['parse/encoding', `文件以 UTF-32${endian.toUpperCase()} 编码保存，已自动转换读取。`]]);
      expect(loaded.data).toEqual(loadYamlText(text, 'u8.yaml').data);
    });
  }
});

describe('line ends', () => {
  const lf = loadYamlText(clean, 'lf.yaml');
  const paths: Array<Array<string | number>> = [['region'], ['contact', 'person'], ['items', 2, 'basis', 1], ['items', 4], ['items', 3, 'channels', '政府网站'], ['items']];

  it('reads CR-only line ends (old Mac tools) with the same data and positions as LF', () => {
    const cr = loadYamlText(clean.replace(/\n/g, '\r'), 'cr.yaml');
    expect(cr.ok).toBe(true);
    expect(cr.findings).toEqual([]);
    expect(cr.data).toEqual(lf.data);
    for (const path of paths) expect(at(cr, path), JSON.stringify(path)).toEqual(at(lf, path));
    // Code frames get ordinary lines.
    expect(cr.text!.split('\n')).toHaveLength(clean.split('\n').length);
  });

  it('reads a file whose lines end in a mix of CRLF, LF and CR without bogus errors', () => {
    const ends = ['\r\n', '\n', '\r'];
    const mixed = clean
      .split('\n')
      .map((line, i) => line + ends[i % 3])
      .join('')
      .slice(0, -1);
    const loaded = loadYamlText(mixed, 'mixed.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toEqual([]);
    expect(loaded.data).toEqual(lf.data);
    for (const path of paths) expect(at(loaded, path), JSON.stringify(path)).toEqual(at(lf, path));
  });

  it('counts CRLF, LF and a lone CR each as one line end', () => {
    const positions = new TextPositions('a\r\nb\nc\rd\r\n\re');
    expect([0, 3, 5, 7, 10, 11].map((o) => positions.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
      { line: 6, column: 1 },
    ]);
    expect(positions.lineCount).toBe(6);
    expect(positions.lineText(4)).toBe('d');
    expect(positions.lineText(3)).toBe('c');
  });

  it('counts columns in code points', () => {
    const positions = new TextPositions('名称: 𠀀𠀁x\n');
    expect(positions.position('名称: 𠀀𠀁'.length)).toEqual({ line: 1, column: 7 });
  });
});

describe('layouts the yaml-package loader accepted', () => {
  it('reads a [ ] or { } list whose closing bracket sits under its key', () => {
    const text = 'gkml: 1\nitems:\n  - name: 甲\n    content: [\n      甲,\n      乙, # 注释\n    ]\n    channels: {\n      政府网站: 网站\n    }\n    mode: [主动]\n';
    const loaded = loadYamlText(text, 'open.yaml');
    expect(loaded.findings).toEqual([]);
    expect(loaded.data).toEqual({ gkml: 1, items: [{ name: '甲', content: ['甲', '乙'], channels: { 政府网站: '网站' }, mode: ['主动'] }] });
    expect(loaded.locator.locate(['items', 0, 'content'])).toMatchObject({ line: 4, column: 14, endLine: 7, endColumn: 6 });
    expect(loaded.locator.locate(['items', 0, 'content', 1])).toMatchObject({ line: 6, column: 7 });
  });

  it('still refuses a list whose entries are not indented', () => {
    expect(loadYamlText('gkml: 1\ncontent: [\n甲,\n乙\n]\n', 'open.yaml').findings).toMatchObject([{ ruleId: 'parse/syntax', messageId: 'unclosed-bracket' }]);
  });
});

describe('a stray byte in UTF-8', () => {
  // One byte of a cut character (0xE4, the first of three) in the middle of a UTF-8 file.
  const [head, tail] = [clean.slice(0, clean.indexOf('示例县公共就业')), clean.slice(clean.indexOf('示例县公共就业'))];
  const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xe4]), Buffer.from(tail)]);
  const line = head.split('\n').length;
  const column = head.split('\n').at(-1)!.length + 1;

  it('keeps the file UTF-8, replaces the byte and points at it', () => {
    const loaded = loadYamlBytes(bytes, 'stray.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/invalid-byte', messageId: 'invalid-byte', severity: 'error', location: { line, column } }]);
    expect(loaded.findings[0]!.message.zh).toContain('UTF-8');
    const items = (loaded.data as { items: Array<{ subject: string; name: string }> }).items;
    expect(items[0]!.subject).toBe('\uFFFD示例县公共就业和人才服务中心');
    expect(items[1]!.name).toBe('岗位信息发布');
  });

  it('does the same after a UTF-8 BOM, and says the encoding is repaired UTF-8', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    const loaded = loadYamlBytes(withBom, 'stray.yaml');
    expect(loaded.findings.map((f) => f.ruleId)).toEqual(['parse/invalid-byte']);
    expect(loaded.findings[0]!.location).toMatchObject({ line, column });
    expect(decodeText(withBom)).toMatchObject({ encoding: 'utf-8-invalid', replaced: [head.length] });
  });

  it('groups several bad bytes on one line into one finding', () => {
    const loaded = loadYamlBytes(Buffer.concat([Buffer.from('gkml: 1\nregion: 示例'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from('县\ndomain: 就业\n')]), 'x.yaml');
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/invalid-byte', location: { line: 2, column: 11 } });
    expect(loaded.findings[0]!.message.zh).toContain('3 处');
  });

  it('still reads a genuine GBK file as GB18030, with the encoding warning only', () => {
    const loaded = loadYamlBytes(readFileSync(fixture('fix/gb18030.yaml')), 'gbk.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.findings.map((f) => f.ruleId)).toEqual(['parse/encoding']);
    expect(loaded.findings[0]!.message.zh).toContain('GBK');
    expect((loaded.data as { region: string }).region).toBe('示例县');
  });

  it('reads a stray Latin-1 byte in ASCII text as a stray byte, not as GBK', () => {
    const loaded = loadYamlBytes(Buffer.concat([Buffer.from('gkml: 1\nregion: caf'), Buffer.from([0xe9]), Buffer.from('\n')]), 'x.yaml');
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/invalid-byte', location: { line: 2, column: 12 } }]);
  });
});

describe('invisible characters', () => {
  it('warns at a zero-width space inside a value, naming it, and the subject rule still sees the generic name', () => {
    const text = withItem((item) => (item.subject = '人力资源\u200b社会保障部门'));
    const findings = check(text);
    const invisible = findings.filter((f) => f.ruleId === 'parse/invisible-char');
    expect(invisible).toHaveLength(1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('\u200b')) + 1;
    expect(invisible[0]).toMatchObject({ severity: 'warning', messageId: 'invisible-char', location: { line, column: lines[line - 1]!.indexOf('\u200b') + 1 } });
    expect(invisible[0]!.message.zh).toContain('U+200B');
    expect(invisible[0]!.message.en).toContain('U+200B');
    expect(invisible[0]!.hint!.zh).toContain('U+200B');
    expect(runRule(subjectGeneric, text).map((f) => f.messageId)).toEqual(['generic']);
  });

  it('names bidirectional controls and several characters in a row once', () => {
    const loaded = loadCatalogueText('gkml: 1\nregion: 示例\u202e\u2066县\nname: a\u200db\n');
    expect(loaded.findings.map((f) => [f.messageId, f.location!.line, f.location!.column])).toEqual([
      ['invisible-char', 2, 11],
      ['invisible-char', 3, 8],
    ]);
    expect(loaded.findings[0]!.message.zh).toContain('U+202E');
    expect(loaded.findings[0]!.message.zh).toContain('U+2066');
  });

  it('warns about control characters but keeps reading the value as before', () => {
    const loaded = loadCatalogueText('gkml: 1\nregion: 示例\x07县\n');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { region: string }).region).toBe('示例\x07县');
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/invisible-char', messageId: 'control-char', location: { line: 2, column: 11 } }]);
    expect(loaded.findings[0]!.message.zh).toContain('U+0007');
  });

  it('says nothing about them in comments, or about a leading byte order mark', () => {
    expect(loadCatalogueText('\uFEFFgkml: 1 # 注释\u200b\n# \u202e\nregion: 示例县\n').findings).toEqual([]);
    expect(loadYamlText('\uFEFFgkml: 1\n', 'a.yaml').findings).toEqual([]);
  });

  it('reports them in keys too', () => {
    const loaded = loadCatalogueText('gkml: 1\nreg\u200bion: 示例县\n');
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/invisible-char', location: { line: 2, column: 4 } }]);
  });

  it('strips them when matching vocabulary', () => {
    expect(normalizeTerm('人力资源\u200b社会保障\u2060部门\u202e')).toBe('人力资源社会保障部门');
    expect(normalizeTerm('\uFEFF就业\u200e服务\u2069')).toBe('就业服务');
  });
});

describe('size and anchors', () => {
  it('loads a 100,000-item catalogue and locates paths near its end', () => {
    const lines = ['gkml: 1', 'domain: 就业', 'region: 示例县', 'items:'];
    for (let i = 0; i < 100_000; i++) lines.push(`  - name: 事项${i}`, `    content: [甲, 乙]`, `    subject: 单位${i}`);
    const loaded = loadYamlText(lines.join('\n') + '\n', 'big.yaml');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { items: unknown[] }).items).toHaveLength(100_000);
    expect(loaded.locator.locate(['items', 99_998, 'subject'])).toMatchObject({ line: 4 + 3 * 99_998 + 3, column: 14 });
    expect(loaded.locator.locate(['items', 99_999, 'content', 1])).toMatchObject({ line: 4 + 3 * 99_999 + 2, column: 18 });
    // A missing field points at its item; many findings on late items stay cheap.
    expect(loaded.locator.locate(['items', 99_999, 'basis'])).toMatchObject({ line: 4 + 3 * 99_999 + 1, column: 5 });
    for (let i = 90_000; i < 100_000; i += 7) expect(loaded.locator.locate(['items', i, 'name'])!.line).toBe(4 + 3 * i + 1);
    expect(loaded.locator.locate(['items'])).toMatchObject({ line: 5, column: 3, endLine: 4 + 3 * 100_000 + 1, endColumn: 1 });
  });

  it('allows far more than ten thousand uses of one anchor', () => {
    const items = Array.from({ length: 12_000 }, (_, i) => `  - name: 事项${i}\n    channels: *ch\n`).join('');
    const loaded = loadYamlText(`gkml: 1\nstd: &ch { 政府网站: 示例县人民政府门户网站 }\nitems:\n${items}`, 'alias.yaml');
    expect(loaded.ok).toBe(true);
  });

  it('reports an alias inside the node it names', () => {
    const loaded = loadYamlText('gkml: 1\nitems: &all\n  - name: 甲\n    more: *all\n', 'a.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings).toMatchObject([{ ruleId: 'parse/syntax', messageId: 'recursive-alias', location: { line: 4, column: 11 } }]);
    expect(loaded.findings[0]!.message.zh).toContain('*all');
  });

  it('reports a billion-laughs merge bomb', () => {
    const lines = ['a: &a {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} {${Array.from({ length: 10 }, (_, k) => `k${k}: *${prev}`).join(', ')}}`);
    }
    const loaded = loadYamlText(lines.join('\n') + '\n', 'bomb.yaml');
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/syntax', messageId: 'alias-bomb' });
  });

  it('tells a file of comments from an empty one quickly, however many comment lines it starts with', () => {
    const comments = '# 说明\n'.repeat(60);
    expect(loadYamlText(comments + 'gkml: 1\n', 'a.yaml').ok).toBe(true);
    expect(loadYamlText(comments, 'a.yaml').findings).toMatchObject([{ ruleId: 'parse/empty' }]);
  });

  it('survives unpaired surrogates and noncharacters typed into an editor', () => {
    const loaded = loadCatalogueText('gkml: 1\nregion: a\ud800b\uffff\n');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { region: string }).region).toBe('a\ud800b\uffff');
  });
});
