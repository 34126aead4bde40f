import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { codeFrame, FRAME_WIDTH } from '../../src/report/code-frame.js';
import { getFormatter } from '../../src/report/index.js';

const formatStylish = getFormatter('stylish');
const formatJson = getFormatter('json');
import type { Finding } from '../../src/model/index.js';

describe('code frame', () => {
  it('puts the caret under the right CJK character by display width', () => {
    const text = 'a: 1\n    subject: 县人力社保局\nb: 2\n';
    const frame = codeFrame(text, 2, 14).split('\n');
    const line = frame.find((l) => l.startsWith('>'))!;
    const caret = frame[frame.indexOf(line) + 1]!;
    const target = line.indexOf('县');
    // Everything before the caret must be as wide on screen as everything before 县.
    expect(stringWidth(caret.slice(0, caret.indexOf('^')))).toBe(stringWidth(line.slice(0, target)));
  });

  it('aligns under text that follows CJK characters', () => {
    const text = '名称: 就业政策 法规咨询\n';
    const [line, caret] = codeFrame(text, 1, 10, 0).split('\n');
    expect(stringWidth(caret!.slice(0, caret!.indexOf('^')))).toBe(stringWidth(line!.slice(0, line!.indexOf('法'))));
  });
});

describe('code frame of a long line', () => {
  const caretUnder = (frame: string, mark: string) => {
    const lines = frame.split('\n');
    const line = lines.find((l) => l.startsWith('>'))!;
    const caret = lines[lines.indexOf(line) + 1]!;
    return { line, caret, aligned: stringWidth(caret.slice(0, caret.indexOf('^'))) === stringWidth(line.slice(0, line.indexOf(mark))) };
  };

  it('cuts a line wider than the frame to a window round the caret, marked at both ends', () => {
    const text = `items: [${'{"name": "就业政策法规咨询"}, '.repeat(5000)}{"name": "目标"}, ${'{"x": 1}, '.repeat(5000)}]`;
    const column = [...text].indexOf('目') + 1;
    const frame = codeFrame(text, 1, column, 0);
    const { line, aligned } = caretUnder(frame, '目');
    expect(aligned).toBe(true);
    expect(line).toMatch(/^> 1 \| ….*目标.*…$/);
    expect(stringWidth(line)).toBeLessThanOrEqual(FRAME_WIDTH + 10);
  });

  it('shows the start of a long line when the caret is near it, cut only at the end', () => {
    const frame = codeFrame(`key: ${'x'.repeat(10_000)}`, 1, 6, 0);
    const { line, aligned } = caretUnder(frame, 'x');
    expect(aligned).toBe(true);
    expect(line.startsWith('> 1 | key: xxx')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
  });

  it('cuts the lines around it after their start, and never splits a character outside the BMP', () => {
    const emoji = '\u{1F600}';
    const text = `${'甲'.repeat(300)}\n${emoji.repeat(150)}乙${'丙'.repeat(300)}\n${'丁'.repeat(300)}`;
    const frame = codeFrame(text, 2, 151);
    const { line, aligned } = caretUnder(frame, '乙');
    expect(aligned).toBe(true);
    const [above, , , below] = frame.split('\n');
    expect(above).toMatch(/^ {2}1 \| 甲{50}…$/);
    expect(below).toMatch(/^ {2}3 \| 丁{50}…$/);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('leaves a short line whole', () => {
    expect(codeFrame('a: 1\n', 1, 4, 0)).toBe('> 1 | a: 1\n    |    ^');
  });
});

const finding: Finding = {
  ruleId: 'subject/generic',
  severity: 'error',
  message: { zh: '公开主体是泛称。', en: 'Subject is generic.' },
  hint: { zh: '写明单位。', en: 'Name the unit.' },
  file: 'a.yaml',
  location: { file: 'a.yaml', line: 2, column: 14 },
  item: { index: 0, code: '1.1', name: '就业政策法规咨询' },
};

describe('formatters', () => {
  it('stylish renders location, item, message, hint and rule id without colour codes', () => {
    const out = formatStylish([{ file: 'a.yaml', findings: [finding], text: 'x: 1\n    subject: 人力资源社会保障部门\n' }], { lang: 'zh', color: false });
    expect(out).toContain('a.yaml:2:14  错误  [1.1 就业政策法规咨询] 公开主体是泛称。  subject/generic');
    expect(out).toContain('修改: 写明单位。');
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('错误 1 个');
  });

  it('stylish points spreadsheet findings at the cell', () => {
    const cell = { ...finding, location: { file: 'a.xlsx', line: 7, column: 5, sheet: '就业', cell: 'E7' } };
    expect(formatStylish([{ file: 'a.xlsx', findings: [cell] }], { lang: 'en', color: false })).toContain('a.xlsx!就业!E7  error');
  });

  it('--quiet hides warnings but still counts them', () => {
    const warning = { ...finding, severity: 'warning' as const };
    const out = formatStylish([{ file: 'a.yaml', findings: [warning] }], { lang: 'en', color: false, quiet: true });
    expect(out).not.toContain('Subject is generic');
    expect(out).toContain('1 warning(s)');
  });

  it('json carries both languages and totals', () => {
    const report = JSON.parse(formatJson([{ file: 'a.yaml', findings: [finding] }], { lang: 'en', color: false }));
    expect(report).toMatchObject({ version: 1, error: 1, warning: 0 });
    expect(report.files[0].findings[0]).toMatchObject({ message: 'Subject is generic.', messages: { zh: '公开主体是泛称。' }, line: 2, column: 14 });
  });
});

describe('summary formatter', () => {
  it('lists the worst catalogues first and the most widespread rules', async () => {
    const formatSummary = getFormatter('summary');
    const warn = { ...finding, ruleId: 'catalogue/traceability', severity: 'warning' as const };
    const out = formatSummary(
      [
        { file: 'good.yaml', findings: [warn] },
        { file: 'bad.yaml', findings: [finding, finding, warn] },
      ],
      { lang: 'zh', color: false },
    );
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^bad\.yaml\s+2\s+1\s+0/);
    expect(lines[2]).toMatch(/^good\.yaml\s+0\s+1/);
    expect(out).toContain('共 2 个目录：1 个有错误，1 个无错误。');
    expect(out).toMatch(/catalogue\/traceability\s+2\s+2/);
  });
});
