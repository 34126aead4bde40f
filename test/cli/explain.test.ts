// gkml explain shows a check at work: a real mistake from the bundled examples with the message
// gkml gives, the same place written right, and messages without template braces.
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('gkml explain <id>', () => {
  it('shows a bad line with its real message and the clean example\'s line for subject/generic', async () => {
    const { code, stdout } = await run(['explain', 'subject/generic']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(stdout).toContain('错误: subject: 人力资源社会保障部门');
    expect(stdout).toContain('(catalogues/examples/mistakes-jiuye.yaml 第 21 行)');
    expect(stdout).toContain('→ [1.1 就业政策咨询] 公开主体“人力资源社会保障部门”是泛称');
    expect(stdout).toContain('修改: 写明具体单位，如“错误示例县人力资源和社会保障局”');
    expect(stdout).toContain('正确: subject: 示例县公共就业和人才服务中心    (catalogues/examples/clean-jiuye.yaml 第 22 行)');
  });

  it('shows the fixed line for a fixable check, in English with --lang en', async () => {
    const { stdout } = await run(['--lang', 'en', 'explain', 'basis/doc-number']);
    expect(stdout).toContain('Example:');
    expect(stdout).toMatch(/wrong: - 《国务院关于进一步做好新形势下就业创业工作的意见》\(国发\[2015\]23号\)/);
    expect(stdout).toContain('right: - 《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)    (after gkml check --fix)');
    expect(stdout).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('shows placeholders and near misses from the bundled draft, with the whole line fixed', async () => {
    const placeholder = (await run(['explain', 'catalogue/placeholder'])).stdout;
    expect(placeholder).toContain('错误: subject: 平安县待填写（单位全称）    (catalogues/explain/draft-jiuye.yaml 第 20 行)');
    expect(placeholder).toContain('→ [1.1 就业政策法规咨询] “平安县待填写（单位全称）”中有占位文字“待填写”，尚未填写。');
    expect(placeholder).toContain('正确: subject: 示例县公共就业和人才服务中心');
    const enums = (await run(['explain', 'schema/enum'])).stdout;
    expect(enums).toContain('错误: levels: [县, 乡镇]');
    expect(enums).toContain('→ 公开层级“县”应写作“县级”');
    expect(enums).toContain('正确: levels: [县级, 乡级]    (gkml check --fix 修改后)');
  });

  it('fills the messages of a check no example shows with sample text, never raw placeholders', async () => {
    for (const id of ['catalogue/placeholder', 'overlap/similar', 'deadline/missing', 'basis/known-number']) {
      const { code, stdout } = await run(['explain', id]);
      expect(code, id).toBe(0);
      expect(stdout, id).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
});
