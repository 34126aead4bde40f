// compareCatalogues on catalogues derived from the clean example: each test changes one thing and
// asserts how the pairing and the element comparison report it.
import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '../../src/diff/compare.js';
import { changeDetail } from '../../src/diff/labels.js';
import type { Catalogue, DiffElement } from '../../src/model/index.js';
import { cleanCatalogue } from '../helpers.js';

const clean = () => cleanCatalogue() as Catalogue;
const diffOf = (old: Catalogue, now: Catalogue, unstated?: string[]) =>
  compareCatalogues({ catalogue: old, file: 'old.yaml' }, { catalogue: now, file: 'new.yaml', ...(unstated ? { unstated } : {}) });
const edited = (edit: (c: Catalogue) => void): Catalogue => {
  const c = clean();
  edit(c);
  return c;
};
const item = (c: Catalogue, code: string) => c.items!.find((i) => i.code === code)!;

describe('compareCatalogues: the same catalogue', () => {
  it('is identical, every item kept and paired by code or name', () => {
    const diff = diffOf(clean(), clean());
    expect(diff.identical).toBe(true);
    expect(diff.counts).toEqual({ kept: 5, changed: 0, added: 0, removed: 0 });
    expect(diff.meta).toEqual([]);
    // Standard items pair by code; the refinement and the addition have none, so by name.
    expect(diff.matched.map((m) => m.matchedBy)).toEqual(['code', 'code', 'name', 'code', 'name']);
  });

  it('reordering items, content, basis, channel boxes and list values is not a change', () => {
    const now = edited((c) => {
      c.items!.reverse();
      for (const i of c.items!) {
        i.content?.reverse();
        i.basis?.reverse();
        i.levels?.reverse();
        if (i.channels) i.channels = Object.fromEntries(Object.entries(i.channels).reverse());
      }
    });
    const diff = diffOf(clean(), now);
    expect(diff.identical).toBe(true);
    expect(diff.counts.kept).toBe(5);
  });

  it('width and spacing are not a change: 全角 brackets, a stray space', () => {
    const now = edited((c) => {
      item(c, '1.1').content = item(c, '1.1').content!.map((v) => v.replace('(方式)', '（方式）'));
      item(c, '1.1').subject = ` ${item(c, '1.1').subject} `;
      item(c, '1.1').code = '１.１';
    });
    expect(diffOf(clean(), now).identical).toBe(true);
  });
});

describe('compareCatalogues: pairing', () => {
  it('a new name under the same code is a rename, not a removal and an addition', () => {
    const diff = diffOf(clean(), edited((c) => (item(c, '1.2').name = '岗位信息发布服务')));
    expect(diff.counts).toEqual({ kept: 4, changed: 1, added: 0, removed: 0 });
    const m = diff.matched.find((x) => x.new.code === '1.2')!;
    expect(m).toMatchObject({ status: 'changed', matchedBy: 'code', renamed: true, recoded: false });
    expect(m.changes).toEqual([{ element: 'name', old: '岗位信息发布', new: '岗位信息发布服务' }]);
  });

  it('an item removed and another added (new code, new name) are a removal and an addition', () => {
    const now = edited((c) => {
      const one = item(c, '1.3');
      one.code = '1.8';
      one.name = '就业见习岗位募集';
    });
    const diff = diffOf(clean(), now);
    expect(diff.counts).toEqual({ kept: 4, changed: 0, added: 1, removed: 1 });
    expect(diff.added).toMatchObject([{ code: '1.8', name: '就业见习岗位募集', index: 3 }]);
    expect(diff.removed).toMatchObject([{ code: '1.3', name: '求职信息登记', index: 3 }]);
  });

  it('the same name under another code is a recode, paired by name', () => {
    const diff = diffOf(clean(), edited((c) => (item(c, '1.3').code = '1.4')));
    const m = diff.matched.find((x) => x.new.code === '1.4')!;
    expect(m).toMatchObject({ matchedBy: 'name', recoded: true, renamed: false, old: { code: '1.3' } });
    expect(m.changes).toEqual([{ element: 'code', old: '1.3', new: '1.4' }]);
    expect(diff.counts).toEqual({ kept: 4, changed: 1, added: 0, removed: 0 });
  });

  it('codes shifted after a removal: the name says which item moved, the removed one is removed', () => {
    const old = clean();
    const now = edited((c) => {
      c.items = c.items!.filter((i) => i.code !== '1.2');
      item(c, '1.3').code = '1.2';
    });
    const diff = diffOf(old, now);
    expect(diff.removed.map((r) => r.name)).toEqual(['岗位信息发布']);
    const moved = diff.matched.find((m) => m.new.name === '求职信息登记')!;
    expect(moved).toMatchObject({ matchedBy: 'name', recoded: true, old: { code: '1.3' }, new: { code: '1.2' } });
  });

  it('names match as the overlap rules fold them: numbering and punctuation are not a rename', () => {
    const diff = diffOf(clean(), edited((c) => (item(c, '1.1').name = '1.1、就业政策法规咨询')));
    expect(diff.identical).toBe(true);
  });

  it('thousands of items repeating one code and one name pair in order, without a quadratic blow-up per pass', () => {
    const many = (n: number, name: (i: number) => string) => ({ items: Array.from({ length: n }, (_, i) => ({ code: '1.1', name: name(i) })) }) as Catalogue;
    const started = Date.now();
    const diff = diffOf(many(4000, () => '同名事项'), many(4000, (i) => (i % 2 ? '同名事项' : `改名事项${i}`)));
    expect(diff.counts).toEqual({ kept: 2000, changed: 2000, added: 0, removed: 0 });
    // A bound for a run that would never end, not a speed measurement.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a refinement moved under another item is paired by name and reported as a new parent', () => {
    const now = edited((c) => (c.items!.find((i) => i.parent === '1.2')!.parent = '1.3'));
    const m = diffOf(clean(), now).matched.find((x) => x.new.parent === '1.3')!;
    expect(m).toMatchObject({ matchedBy: 'name', recoded: true });
    expect(m.changes).toEqual([{ element: 'parent', old: '1.2', new: '1.3' }]);
  });
});

describe('compareCatalogues: each element, old → new', () => {
  const changeOf = (element: DiffElement, edit: (i: Record<string, any>) => void) => {
    const diff = diffOf(clean(), edited((c) => edit(item(c, '1.1') as Record<string, any>)));
    expect(diff.counts.changed).toBe(1);
    const changes = diff.matched.find((m) => m.new.code === '1.1')!.changes;
    expect(changes.map((c) => c.element)).toEqual([element]);
    return changes[0]!;
  };

  it('first (一级事项)', () => {
    expect(changeOf('first', (i) => (i.first = '就业服务'))).toEqual({ element: 'first', old: '就业信息服务', new: '就业服务' });
  });

  it('content: added and removed entries', () => {
    const c = changeOf('content', (i) => (i.content = [...i.content.filter((v: string) => v !== '对象范围'), '办理时限']));
    expect(c.added).toEqual(['办理时限']);
    expect(c.removed).toEqual(['对象范围']);
    expect(c.old).toContain('对象范围');
    expect(c.new).toContain('办理时限');
    expect(changeDetail(c, 'zh')).toBe('增加：办理时限；删去：对象范围');
  });

  it('basis: a revised instrument is one removed and one added', () => {
    const c = changeOf('basis', (i) => (i.basis[0] = '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第492号)'));
    expect(c.added).toEqual(['《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第492号)']);
    expect(c.removed).toEqual(['《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)']);
  });

  it('deadline', () => {
    expect(changeOf('deadline', (i) => (i.deadline = '信息形成或变更之日起10个工作日内'))).toEqual({
      element: 'deadline',
      old: '信息形成或变更之日起20个工作日内',
      new: '信息形成或变更之日起10个工作日内',
    });
  });

  it('subject', () => {
    expect(changeOf('subject', (i) => (i.subject = '示例县人力资源和社会保障局'))).toMatchObject({ old: '示例县公共就业和人才服务中心', new: '示例县人力资源和社会保障局' });
  });

  it('channels: a box added, a box removed, a box naming another channel', () => {
    const c = changeOf('channels', (i) => {
      delete i.channels['其他'];
      i.channels['两微一端'] = '示例人社公众号';
      i.channels['政府网站'] = '示例县人社局网站';
    });
    expect(c.added).toEqual(['两微一端']);
    expect(c.removed).toEqual(['其他']);
    expect(c.changed).toEqual(['政府网站']);
    expect((c.old as Record<string, string[]>)['政府网站']).toEqual(['示例县人民政府门户网站']);
    expect((c.new as Record<string, string[]>)['政府网站']).toEqual(['示例县人社局网站']);
    expect(changeDetail(c, 'zh')).toContain('改变：政府网站：示例县人民政府门户网站 → 政府网站：示例县人社局网站');
  });

  it('audience, with the group of 特定群体', () => {
    const c = changeOf('audience', (i) => {
      i.audience = ['特定群体'];
      i.group = '高校毕业生';
    });
    expect(c).toMatchObject({ old: ['全社会'], new: ['特定群体（高校毕业生）'], added: ['特定群体（高校毕业生）'], removed: ['全社会'] });
  });

  it('mode', () => {
    expect(changeOf('mode', (i) => (i.mode = ['主动', '依申请']))).toMatchObject({ added: ['依申请'] });
  });

  it('levels', () => {
    expect(changeOf('levels', (i) => (i.levels = ['县级']))).toMatchObject({ removed: ['乡级'], old: ['县级', '乡级'], new: ['县级'] });
  });

  it('responsible, when either side has it', () => {
    const c = changeOf('responsible', (i) => (i.responsible = { unit: '示例县公共就业和人才服务中心', department: '就业科' }));
    expect(c).toMatchObject({ old: null, new: { unit: '示例县公共就业和人才服务中心', department: '就业科' }, added: ['unit', 'department'] });
  });

  it('a value of the wrong type is compared as written, not thrown on', () => {
    const c = changeOf('content', (i) => (i.content = '就业创业政策项目'));
    expect(c.new).toEqual(['就业创业政策项目']);
  });
});

describe('compareCatalogues: catalogue details', () => {
  it('publisher, updated and url changes are reported and make the catalogues differ', () => {
    const diff = diffOf(
      clean(),
      edited((c) => {
        c.updated = '2026-11-20';
        c.publisher = '示例县人社局';
        c.url = 'https://www.example.gov.cn/jiuye.html';
      }),
    );
    expect(diff.meta.map((m) => m.field)).toEqual(['publisher', 'updated', 'url']);
    expect(diff.meta[1]).toEqual({ field: 'updated', old: '2026-10-15', new: '2026-11-20' });
    expect(diff.identical).toBe(false);
    expect(diff.counts.changed).toBe(0);
  });

  it('a field one side cannot state (a sheet without a publisher cell) is not compared', () => {
    const diff = diffOf(clean(), edited((c) => delete c.publisher), ['publisher']);
    expect(diff.identical).toBe(true);
  });
});
