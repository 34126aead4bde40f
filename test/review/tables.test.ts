import { describe, expect, it } from 'vitest';
import { additionKey, AdditionGroups } from '../../src/review/additions.js';
import { parseRegistry, reviewAddresses } from '../../src/review/addresses.js';
import { regionOf, splitRegion } from '../../src/review/region.js';
import { GkmlError } from '../../src/errors.js';
import type { CatalogueRow } from '../../src/model/review.js';

describe('where a catalogue sits', () => {
  it('reads 市/县/乡镇 from the folders, township folders told by their names', () => {
    expect(regionOf(['省', '东市', '甲县', '城关镇-3'], undefined, undefined)).toEqual({ city: '东市', county: '甲县', township: '城关镇-3' });
    expect(regionOf(['省', '东市', '甲县'], '县级', '甲县')).toEqual({ city: '东市', county: '甲县', township: '' });
    // A 乡级 catalogue in a folder not named like a township: the folder is still the township's.
    expect(regionOf(['东市', '甲县', '第三片区'], '乡级', undefined)).toEqual({ city: '东市', county: '甲县', township: '第三片区' });
  });

  it('falls back on the region line for files handed over in one flat folder', () => {
    expect(regionOf(['收件箱'], '乡级', '甲县城关镇')).toEqual({ city: '', county: '甲县', township: '城关镇' });
    expect(splitRegion('东市甲县黄安街道')).toEqual({ city: '东市', county: '甲县', township: '黄安街道' });
    expect(splitRegion('新郑市')).toEqual({ city: '', county: '新郑市', township: '' });
  });
});

describe('additions grouped by similar name', () => {
  it('compares names without a place in brackets, numbering or a running number', () => {
    expect(additionKey('零工市场岗位信息发布（黄安街道）')).toBe(additionKey('零工市场岗位信息发布'));
    expect(additionKey('3. 零工市场岗位信息发布27')).toBe('零工市场岗位信息发布');
    expect(additionKey('（一）失业保险金申领')).toBe('失业保险金申领');
  });

  it('puts similar wordings together and judges by how many counties made them', () => {
    const groups = new AdditionGroups();
    const add = (name: string, county: string) => groups.add({ name, domain: '就业', region: county, county });
    for (const county of ['甲县', '乙县', '丙县']) add('零工市场岗位信息发布', county);
    add('零工市场岗位信息发布公告', '丁县');
    add('退役军人就业创业服务', '甲县');
    const result = groups.groups(4);
    expect(result.map((g) => [g.name, g.counties, g.verdict])).toEqual([
      ['零工市场岗位信息发布', 4, 'candidate'],
      ['退役军人就业创业服务', 1, 'look'],
    ]);
    expect(result[0]!.variants).toEqual(['零工市场岗位信息发布', '零工市场岗位信息发布公告']);
  });

  it('counts the names, regions and counties of one wording however they repeat', () => {
    const groups = new AdditionGroups();
    const add = (name: string, region: string, county: string) => groups.add({ name, domain: '就业', region, county });
    add('零工市场岗位信息发布', '甲县', '甲县');
    add('零工市场岗位信息发布', '甲县黄安街道', '甲县');
    add('零工市场岗位信息发布（黄安街道）', '甲县黄安街道', '甲县');
    add('零工市场岗位信息发布（黄安街道）', '乙县', '乙县');
    const [group, ...rest] = groups.groups(10);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ name: '零工市场岗位信息发布', counties: 2, catalogues: 4, regions: ['乙县', '甲县', '甲县黄安街道'], verdict: '' });
    // Two of each: the tie goes to the shorter name, so the first name's two count.
    expect(group!.variants).toEqual(['零工市场岗位信息发布', '零工市场岗位信息发布（黄安街道）']);
  });
});

describe('the address registry', () => {
  it('reads CSV with a header, quotes and CRLF', () => {
    const text = '\ufeff地区,领域,网址\r\n甲县,就业,https://www.jia.gov.cn/a\r\n"乙县",社保,"https://www.yi.gov.cn/b?x=1,2"\r\n';
    expect(parseRegistry(text, 'urls.csv')).toEqual([
      { region: '甲县', domain: '就业', url: 'https://www.jia.gov.cn/a', line: 2 },
      { region: '乙县', domain: '社保', url: 'https://www.yi.gov.cn/b?x=1,2', line: 3 },
    ]);
  });

  it('names the file and line of a line that is not region,domain,url', () => {
    const bad = () => parseRegistry('甲县,就业,https://a.gov.cn\n乙县,https://b.gov.cn\n', 'urls.csv');
    expect(bad).toThrow(GkmlError);
    expect(bad).toThrow(/urls\.csv:2/);
  });

  const row = (n: number, county: string, domain: string): CatalogueRow => ({
    n, file: `${county}.yaml`, region: { city: '东市', county, township: '' }, level: '县级', domain, pass: true, error: 0, warning: 0, info: 0,
    topRules: [], url: '', urlSource: '', updated: '', coverage: null, items: 0, additions: 0, addressProblems: [], unreadable: false,
  });

  it('prefers the registry, says where it differs, and lists lines no catalogue matches', () => {
    const rows = [row(1, '甲县', '就业'), row(2, '乙县', '社会保险')];
    const registry = parseRegistry('甲县,就业,https://www.jia.gov.cn/gk\n丁县,就业,https://www.ding.gov.cn\n', 'urls.csv');
    const problems = reviewAddresses([{ row: rows[0]!, own: 'https://www.jia.gov.cn/old' }, { row: rows[1]! }], registry, 'zh');
    expect(rows[0]).toMatchObject({ url: 'https://www.jia.gov.cn/gk', urlSource: 'registry', addressProblems: ['differs'] });
    expect(rows[1]).toMatchObject({ url: '', addressProblems: ['missing'] });
    expect(problems.map((p) => [p.catalogue, p.problem])).toEqual([[1, 'differs'], [2, 'missing'], [0, 'unmatched']]);
  });

  it('names up to five other catalogues that give the same address, and says when there are more', () => {
    const rows = Array.from({ length: 8 }, (_, i) => row(i + 1, `${'甲乙丙丁戊己庚辛'[i]}县`, '就业'));
    const problems = reviewAddresses(rows.map((r) => ({ row: r, own: 'https://www.shi.gov.cn/gkml' })), undefined, 'zh');
    const named = (n: number) => problems.find((p) => p.catalogue === n)!.detail.replace(/^[^：]*：/, '');
    expect(named(1)).toBe('东市/乙县 就业；东市/丙县 就业；东市/丁县 就业；东市/戊县 就业；东市/己县 就业 …');
    expect(named(3)).toBe('东市/甲县 就业；东市/乙县 就业；东市/丁县 就业；东市/戊县 就业；东市/己县 就业 …');
    expect(named(8)).toBe('东市/甲县 就业；东市/乙县 就业；东市/丙县 就业；东市/丁县 就业；东市/戊县 就业 …');
    expect(rows.every((r) => r.addressProblems.includes('duplicate'))).toBe(true);
  });

  it('flags an address that is not http(s) at all', () => {
    const r = row(1, '甲县', '就业');
    reviewAddresses([{ row: r, own: 'javascript:alert(1)' }], undefined, 'en');
    expect(r.addressProblems).toEqual(['invalid']);
  });
});
