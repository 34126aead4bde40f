// Suppressions end to end through the check step: a directive or config entry with a reason marks
// its findings `suppressed` (severity kept, counted apart); one without a reason, one that cannot
// work, and one that matches nothing are findings themselves. Positions are the product: every
// expectation states line, column and messageId.
//
// The catalogue is the mistakes example with lines inserted; ORIGINAL line numbers of the
// findings used (see catalogues/examples/mistakes-jiuye.yaml):
//   15:11 item/name-mismatch name          20:15 deadline/vague vague     21:14 subject/generic generic
//   31:14 content/empty empty (item 1.2 岗位信息发布)
//   33:7  basis/disclosure-basis missing (a block sequence spanning lines 33–34)
//   33:9  basis/number-missing missing (error), basis/title-marks nestedAscii
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../src/check/engine.js';
import { allCheckDocs } from '../../src/check/registry.js';
import { isSuppressible } from '../../src/check/suppress.js';
import { checkCatalogue, loadCatalogue } from '../../src/engine/defaults.js';
import { countFindings, type ConfigSuppression, type Finding } from '../../src/model/index.js';
import { check, example, fixture } from '../helpers.js';

const FILE = 'county.yaml';
const ORIGINAL = readFileSync(example('mistakes-jiuye.yaml'), 'utf8').split('\n');

/** The example with `lines` inserted above ORIGINAL line numbers (each key: the line they go above). */
function catalogue(inserts: Record<number, string | string[]> = {}, edit?: (lines: string[]) => void): string {
  const lines = [...ORIGINAL];
  edit?.(lines);
  for (const at of Object.keys(inserts).map(Number).sort((a, b) => b - a)) {
    const add = inserts[at]!;
    lines.splice(at - 1, 0, ...(Array.isArray(add) ? add : [add]));
  }
  return lines.join('\n');
}

type Seen = { line?: number; column?: number; ruleId: string; messageId?: string; severity: Finding['severity']; suppressed?: Finding['suppressed']; file?: string };

function brief(f: Finding): Seen {
  return {
    ...(f.location ? { line: f.location.line, column: f.location.column } : {}),
    ruleId: f.ruleId,
    ...(f.messageId ? { messageId: f.messageId } : {}),
    severity: f.severity,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    ...(f.file !== FILE ? { file: f.file } : {}),
  };
}

function run(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(text, options, FILE);
}

const of = (findings: Finding[], ...ids: string[]) => findings.filter((f) => ids.includes(f.ruleId)).map(brief);
const suppressed = (findings: Finding[]) => findings.filter((f) => f.suppressed).map(brief);
const at = (line: number, column: number) => ({ file: FILE, line, column });

describe('gkml-disable-next-line', () => {
  it('suppresses the findings of its ids on the next line, keeping their severity, and they count apart', () => {
    const before = run(catalogue());
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line item/name-mismatch -- 省级目录原文如此' }));
    expect(suppressed(findings)).toEqual([
      { line: 16, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error', suppressed: { kind: 'directive', reason: '省级目录原文如此', location: at(15, 5) } },
    ]);
    expect(findings.filter((f) => f.ruleId.startsWith('suppress/'))).toEqual([]);
    const counts = countFindings(findings);
    expect(counts.suppressed).toBe(1);
    expect(counts.error).toBe(countFindings(before).error - 1);
    expect(findings.length).toBe(before.length);
  });

  it('skips blank and comment lines; several ids; full-width comma, full-width spaces and the Chinese dash', () => {
    const findings = run(catalogue({ 33: ['      # gkml-disable-next-line basis/number-missing，basis/title-marks\u3000——\u3000引用地方法规原名', '', '      # 原注释'] }));
    expect(suppressed(findings)).toEqual([
      { line: 36, column: 9, ruleId: 'basis/number-missing', messageId: 'missing', severity: 'error', suppressed: { kind: 'directive', reason: '引用地方法规原名', location: at(33, 7) } },
      { line: 36, column: 9, ruleId: 'basis/title-marks', messageId: 'nestedAscii', severity: 'warning', suppressed: { kind: 'directive', reason: '引用地方法规原名', location: at(33, 7) } },
    ]);
  });

  it('a finding that spans several lines counts by the line it starts on', () => {
    // basis/disclosure-basis points at the block sequence: it starts on the "- 《…》" line.
    const above = run(catalogue({ 33: '      # gkml-disable-next-line basis/disclosure-basis -- 本县另行公开条例' }));
    expect(of(above, 'basis/disclosure-basis', 'suppress/unused')).toEqual([
      { line: 34, column: 7, ruleId: 'basis/disclosure-basis', messageId: 'missing', severity: 'error', suppressed: { kind: 'directive', reason: '本县另行公开条例', location: at(33, 7) } },
    ]);
    // Above the sequence's second line, it matches nothing: reported as unused, at its id.
    const inside = run(catalogue({ 34: '    # gkml-disable-next-line basis/disclosure-basis -- 本县另行公开条例' }));
    expect(of(inside, 'basis/disclosure-basis', 'suppress/unused')).toEqual([
      { line: 33, column: 7, ruleId: 'basis/disclosure-basis', messageId: 'missing', severity: 'error' },
      { line: 34, column: 30, ruleId: 'suppress/unused', messageId: 'unused', severity: 'warning' },
    ]);
  });

  it('suppresses schema findings too', () => {
    const text = catalogue({ 27: ['    # gkml-disable-next-line schema/unknown-key -- 本县增设的备注栏', '    remark: 本县补充'] });
    expect(of(run(text), 'schema/unknown-key', 'suppress/unused')).toEqual([
      { line: 28, column: 5, ruleId: 'schema/unknown-key', severity: 'error', suppressed: { kind: 'directive', reason: '本县增设的备注栏', location: at(27, 5) } },
    ]);
  });

  it('suppresses after --rule: the finding keeps the severity the run gave it', () => {
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line item/name-mismatch -- 原文如此' }), { rules: { 'item/name-mismatch': 'warning' } });
    expect(of(findings, 'item/name-mismatch')).toEqual([
      { line: 16, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'warning', suppressed: { kind: 'directive', reason: '原文如此', location: at(15, 5) } },
    ]);
  });
});

describe('gkml-disable-line and gkml-disable', () => {
  it('a trailing gkml-disable-line suppresses on its own line', () => {
    const findings = run(catalogue({}, (lines) => (lines[20 - 1] = '    deadline: 长期  # gkml-disable-line deadline/vague -- 本项确为长期公开')));
    expect(of(findings, 'deadline/vague', 'suppress/unused')).toEqual([
      { line: 20, column: 15, ruleId: 'deadline/vague', messageId: 'vague', severity: 'error', suppressed: { kind: 'directive', reason: '本项确为长期公开', location: at(20, 19) } },
    ]);
  });

  it('gkml-disable in the header suppresses its ids in the whole file; after the first key it is invalid and suppresses nothing', () => {
    const findings = run(catalogue({ 3: '# gkml-disable deadline/vague, subject/generic -- 本县统一口径', 15: '# gkml-disable item/name-mismatch -- 太晚了' }));
    expect(of(findings, 'deadline/vague', 'subject/generic', 'item/name-mismatch', 'suppress/invalid')).toEqual([
      { line: 16, column: 1, ruleId: 'suppress/invalid', messageId: 'misplaced', severity: 'error' },
      { line: 17, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error' },
      { line: 22, column: 15, ruleId: 'deadline/vague', messageId: 'vague', severity: 'error', suppressed: { kind: 'directive', reason: '本县统一口径', location: at(3, 1) } },
      { line: 23, column: 14, ruleId: 'subject/generic', messageId: 'generic', severity: 'error', suppressed: { kind: 'directive', reason: '本县统一口径', location: at(3, 1) } },
    ]);
  });

  it('the line directive wins over the whole-file one; the whole-file one that then matches nothing is unused', () => {
    const findings = run(catalogue({ 3: '# gkml-disable item/name-mismatch -- 全文', 15: '    # gkml-disable-next-line item/name-mismatch -- 这一处' }));
    expect(of(findings, 'item/name-mismatch', 'suppress/unused')).toEqual([
      { line: 3, column: 16, ruleId: 'suppress/unused', messageId: 'unused', severity: 'warning' },
      { line: 17, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error', suppressed: { kind: 'directive', reason: '这一处', location: at(16, 5) } },
    ]);
  });
});

describe('suppressions that are findings themselves', () => {
  it('without a reason: suppress/no-reason (error) at the directive, and the finding stays', () => {
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line item/name-mismatch' }));
    expect(of(findings, 'item/name-mismatch', 'suppress/no-reason', 'suppress/unused')).toEqual([
      { line: 15, column: 5, ruleId: 'suppress/no-reason', messageId: 'no-reason', severity: 'error' },
      { line: 16, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error' },
    ]);
    expect(countFindings(findings).suppressed).toBe(0);
  });

  it('an empty reason is no reason', () => {
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line item/name-mismatch --\u3000' }));
    expect(of(findings, 'item/name-mismatch', 'suppress/no-reason')).toEqual([
      { line: 15, column: 5, ruleId: 'suppress/no-reason', messageId: 'no-reason', severity: 'error' },
      { line: 16, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error' },
    ]);
  });

  it('matching nothing: suppress/unused (warning) at the id', () => {
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line deadline/vague -- 写错了位置' }));
    expect(of(findings, 'deadline/vague', 'suppress/unused')).toEqual([
      { line: 15, column: 30, ruleId: 'suppress/unused', messageId: 'unused', severity: 'warning' },
      { line: 21, column: 15, ruleId: 'deadline/vague', messageId: 'vague', severity: 'error' },
    ]);
  });

  it('is not unused when its check did not run: turned off, or rules skipped for an unusable domain', () => {
    const text = catalogue({ 15: '    # gkml-disable-next-line deadline/vague -- 写错了位置' });
    expect(of(run(text, { rules: { 'deadline/vague': 'off' } }), 'deadline/vague', 'suppress/unused')).toEqual([]);
    const noDomain = text.replace('domain: 就业', 'domain: 医疗');
    expect(of(run(noDomain), 'deadline/vague', 'suppress/unused')).toEqual([]);
  });

  it('an unknown id: suppress/unknown-rule (warning) at the id; the directive\'s other ids still work', () => {
    const findings = run(catalogue({ 15: '    # gkml-disable-next-line item/nmae-mismatch, item/name-mismatch -- 原文如此' }));
    expect(of(findings, 'item/name-mismatch', 'suppress/unknown-rule', 'suppress/unused')).toEqual([
      { line: 15, column: 30, ruleId: 'suppress/unknown-rule', messageId: 'unknown-rule', severity: 'warning' },
      { line: 16, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error', suppressed: { kind: 'directive', reason: '原文如此', location: at(15, 5) } },
    ]);
  });

  it('parse/*, io/*, internal/*, catalogue/baseline and suppress/* cannot be suppressed: suppress/invalid at the id', () => {
    const text = catalogue({}, (lines) => {
      lines[15 - 1] = '    name: 就业政策\u200b咨询';
      lines.splice(14, 0, '    # gkml-disable-next-line parse/invisible-char, internal/rule-error, suppress/unused -- 想隐藏');
    });
    const findings = run(text);
    expect(of(findings, 'parse/invisible-char', 'suppress/invalid', 'suppress/unused')).toEqual([
      { line: 15, column: 30, ruleId: 'suppress/invalid', messageId: 'not-suppressible', severity: 'error' },
      { line: 15, column: 52, ruleId: 'suppress/invalid', messageId: 'not-suppressible', severity: 'error' },
      { line: 15, column: 73, ruleId: 'suppress/invalid', messageId: 'not-suppressible', severity: 'error' },
      { line: 16, column: 15, ruleId: 'parse/invisible-char', messageId: 'invisible-char', severity: 'warning' },
    ]);
  });

  it('malformed directives: an unknown directive word, no id, gkml-disable-line alone on its line', () => {
    const findings = run(catalogue({ 15: ['    # gkml-disable-nextline item/name-mismatch -- 拼错了', '    # gkml-disable-next-line -- 没写编号', '    # gkml-disable-line item/name-mismatch -- 单独一行'] }));
    expect(of(findings, 'item/name-mismatch', 'suppress/invalid', 'suppress/no-reason')).toEqual([
      { line: 15, column: 5, ruleId: 'suppress/invalid', messageId: 'unknown-directive', severity: 'error' },
      { line: 16, column: 5, ruleId: 'suppress/invalid', messageId: 'no-rule', severity: 'error' },
      { line: 17, column: 5, ruleId: 'suppress/invalid', messageId: 'line-alone', severity: 'error' },
      { line: 18, column: 11, ruleId: 'item/name-mismatch', messageId: 'name', severity: 'error' },
    ]);
  });

  it('the suppress/* findings take --rule like any check', () => {
    const text = catalogue({ 15: '    # gkml-disable-next-line deadline/vague' });
    expect(of(run(text, { rules: { 'suppress/no-reason': 'warning' } }), 'suppress/no-reason')).toEqual([{ line: 15, column: 5, ruleId: 'suppress/no-reason', messageId: 'no-reason', severity: 'warning' }]);
    expect(of(run(text, { rules: { 'suppress/no-reason': 'off' } }), 'suppress/no-reason')).toEqual([]);
  });
});

describe('config suppressions (CheckOptions.suppressions)', () => {
  const CONFIG = 'gkml.config.yaml';
  const entry = (more: Partial<ConfigSuppression>, line = 7): ConfigSuppression => ({ files: [FILE], rules: ['content/empty'], location: { file: CONFIG, line, column: 5 }, ...more });

  it('an entry limited to an item (by code or by name) suppresses that item\'s findings', () => {
    for (const items of [['1.2'], ['岗位信息发布'], ['岗位信息 发布']]) {
      const findings = run(catalogue(), { suppressions: [entry({ items, reason: '本县不设该栏' })] });
      expect(of(findings, 'content/empty', 'suppress/unused')).toEqual([
        { line: 31, column: 14, ruleId: 'content/empty', messageId: 'empty', severity: 'error', suppressed: { kind: 'config', reason: '本县不设该栏', location: { file: CONFIG, line: 7, column: 5 } } },
      ]);
    }
  });

  it('an entry limited to an item also matches schema findings inside that item', () => {
    const text = catalogue({ 27: '    remark: 本县补充' });
    const findings = run(text, { suppressions: [entry({ rules: ['schema/unknown-key'], items: ['1.1'], reason: '备注栏' })] });
    expect(of(findings, 'schema/unknown-key')).toEqual([
      { line: 27, column: 5, ruleId: 'schema/unknown-key', severity: 'error', suppressed: { kind: 'config', reason: '备注栏', location: { file: CONFIG, line: 7, column: 5 } } },
    ]);
  });

  it('without a reason: suppress/no-reason in the config file at the entry; matching nothing: suppress/unused there', () => {
    const findings = run(catalogue(), {
      suppressions: [entry({ items: ['1.2'] }, 7), entry({ items: ['1.1'], reason: '别的事项' }, 12), entry({ rules: ['item/nope'], reason: 'x' }, 16)],
    });
    // The catalogue's own findings first, then the ones about the config file.
    expect(of(findings, 'content/empty', 'suppress/no-reason', 'suppress/unused', 'suppress/unknown-rule')).toEqual([
      { line: 31, column: 14, ruleId: 'content/empty', messageId: 'empty', severity: 'error' },
      { line: 7, column: 5, ruleId: 'suppress/no-reason', messageId: 'no-reason', severity: 'error', file: CONFIG },
      { line: 12, column: 5, ruleId: 'suppress/unused', messageId: 'unused-config', severity: 'warning', file: CONFIG },
      { line: 16, column: 5, ruleId: 'suppress/unknown-rule', messageId: 'unknown-rule', severity: 'warning', file: CONFIG },
    ]);
    expect(findings.filter((f) => f.file === CONFIG).every((f) => f.location?.file === CONFIG)).toBe(true);
  });

  it('suppresses a sheet\'s findings, the sheet reader\'s included', async () => {
    const file = fixture('xlsx/variant-glyphs.xlsx');
    const loaded = await loadCatalogue(file);
    const findings = checkCatalogue(loaded, {
      suppressions: [
        { files: ['*.xlsx'], rules: ['xlsx/glyph'], reason: '扫描件转换', location: { file: CONFIG, line: 3, column: 5 } },
        { files: ['*.xlsx'], rules: ['channel/vague-name'], items: ['就业政策法规咨询'], reason: '原表如此', location: { file: CONFIG, line: 8, column: 5 } },
      ],
    });
    const shown = findings.filter((f) => f.suppressed).map((f) => ({ cell: f.location?.cell, ruleId: f.ruleId, messageId: f.messageId, line: f.suppressed!.location?.line }));
    expect(shown).toEqual([
      { cell: 'H3', ruleId: 'channel/vague-name', messageId: 'blank', line: 8 },
      { cell: 'H3', ruleId: 'channel/vague-name', messageId: 'blank', line: 8 },
      { cell: 'H3', ruleId: 'xlsx/glyph', messageId: 'letter', line: 3 },
      { cell: 'H4', ruleId: 'xlsx/glyph', messageId: 'lookalike', line: 3 },
    ]);
    expect(findings.some((f) => f.ruleId.startsWith('suppress/'))).toBe(false);
  });
});

describe('what is never suppressed', () => {
  it('io/*, parse/*, internal/*, suppress/* and catalogue/baseline; the schema, the sheet reader and every rule can be', () => {
    const never = ['io/unreadable', 'parse/syntax', 'parse/encoding', 'parse/invisible-char', 'internal/rule-error', 'internal/file-error', 'suppress/unused', 'catalogue/baseline'];
    expect(never.filter(isSuppressible)).toEqual([]);
    const can = allCheckDocs().filter((d) => d.rule || d.id.startsWith('schema/') || d.id.startsWith('xlsx/')).map((d) => d.id);
    expect(can.length).toBeGreaterThan(40);
    expect(can.filter((id) => !isSuppressible(id))).toEqual([]);
  });

  it('a file that does not parse keeps its findings as they are, whatever the config says', () => {
    const text = '# gkml-disable parse/syntax -- 无\ngkml: [1\n';
    const findings = run(text, { suppressions: [{ files: [FILE], rules: ['parse/syntax'], reason: 'x', location: { file: 'gkml.config.yaml', line: 2, column: 5 } }] });
    expect(findings.map(brief)).toEqual([{ line: 2, column: 7, ruleId: 'parse/syntax', messageId: 'unclosed-bracket', severity: 'error' }]);
  });
});
