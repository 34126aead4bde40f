// verifyDifferences: the catalogue (old side) against its published table (new side), said as
// missing items, extra items and elements written otherwise, each at the place to look.
import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '../../src/diff/compare.js';
import { verifyDifferences } from '../../src/diff/verify.js';
import type { Catalogue } from '../../src/model/index.js';
import { cleanCatalogue } from '../helpers.js';

const catalogue = () => cleanCatalogue() as Catalogue;
const page = (edit: (c: Catalogue) => void) => {
  const c = catalogue();
  edit(c);
  return c;
};
const verify = (old: Catalogue, now: Catalogue) =>
  verifyDifferences(compareCatalogues({ catalogue: old, file: 'c.yaml' }, { catalogue: now, file: 'page.html' }, { page: true }));

describe('verifyDifferences', () => {
  it('nothing for a page that shows the catalogue', () => {
    expect(verify(catalogue(), catalogue())).toEqual([]);
  });

  it('an item the page lacks, an item only the page has', () => {
    const d = verify(
      catalogue(),
      page((c) => {
        c.items = c.items!.filter((i) => i.code !== '1.2');
        c.items.push({ code: '1.7', name: '失业登记' });
      }),
    );
    expect(d.map((x) => [x.kind, x.item])).toEqual([
      ['extra-item', { code: '1.7', name: '失业登记' }],
      ['missing-item', { code: '1.2', name: '岗位信息发布' }],
    ]);
    expect(d[1]!.message.zh).toBe('页面缺少事项“1.2 岗位信息发布”：目录中有，公开页面上没有。');
  });

  it('a list element names what the page lacks and what only it has', () => {
    const d = verify(catalogue(), page((c) => (c.items![0]!.content = ['就业创业政策项目', '对象范围', '办事指南'])));
    expect(d).toHaveLength(1);
    expect(d[0]!.message.zh).toBe('公开内容与目录不一致：页面缺少 “政策申请条件”、“政策申请材料”、“办理流程”、“办理地点(方式)”、“咨询电话”；页面多出 “办事指南”。');
  });

  it('a channel box naming another channel says both', () => {
    const d = verify(catalogue(), page((c) => (c.items![0]!.channels!['政府网站'] = '示例县人社局网站')));
    expect(d[0]!.message.zh).toBe('公开渠道和载体与目录不一致：“政府网站”目录为“示例县人民政府门户网站”，页面为“示例县人社局网站”。');
  });

  it('a column the page does not have is one difference, not one per item', () => {
    const d = verify(catalogue(), page((c) => c.items!.forEach((i) => delete i.levels)));
    expect(d).toEqual([{ kind: 'element-missing', message: { zh: '页面的目录表没有写“公开层级”，目录中有。', en: "The page's table does not show the levels, which the catalogue has." } }]);
  });

  it('compares catalogue details only where the page states them', () => {
    const d = verify(
      catalogue(),
      page((c) => {
        delete c.url;
        delete c.contact;
        c.publisher = '青山县人力资源和社会保障局';
      }),
    );
    expect(d.map((x) => x.message.zh)).toEqual(['页面的发布单位与目录不一致：目录为“示例县人力资源和社会保障局”，页面为“青山县人力资源和社会保障局”。']);
  });

  it('never compares the responsible person, and not the unit when the page shows none', () => {
    const withResponsible = page((c) => (c.items![0]!.responsible = { unit: '示例县公共就业和人才服务中心', department: '就业科', person: '李四' }));
    expect(verify(withResponsible, catalogue())).toEqual([]);
    const pageWithUnit = page((c) => (c.items![0]!.responsible = { unit: '示例县公共就业和人才服务中心', department: '就业科' }));
    expect(verify(withResponsible, pageWithUnit)).toEqual([]);
    const otherDepartment = page((c) => (c.items![0]!.responsible = { unit: '示例县公共就业和人才服务中心', department: '办公室' }));
    expect(verify(withResponsible, otherDepartment).map((x) => x.kind)).toEqual(['element-changed']);
  });
});
