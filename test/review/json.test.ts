import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { root } from '../helpers.js';
import { provinceFiles, writeProvince } from './province.js';

const schema = JSON.parse(readFileSync(join(root, 'schemas', 'review-summary.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

let province: string;
let out: string;
let result: Awaited<ReturnType<typeof run>>;
let summary: any;

beforeAll(async () => {
  province = writeProvince();
  out = join(mkdtempSync(join(tmpdir(), 'gkml-review-out-')), 'report');
  result = await run(['review', province, '-o', out, '--concurrency', '1']);
  summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
});

const row = (suffix: string) => summary.catalogues.find((c: any) => c.file.endsWith(suffix));

describe('gkml review: summary.json', () => {
  it('is valid against its documented schema', () => {
    expect(validate(summary), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('lists every input file, broken, empty and 4 MB ones included, and exits 1 for the failing ones', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const files = summary.catalogues.map((c: any) => c.file.slice(province.length + 1)).sort();
    expect(files).toEqual(Object.keys(provinceFiles()).sort());
    expect(summary.totals.catalogues).toBe(8);
    expect(row('乙县/broken.yaml')).toMatchObject({ pass: false, unreadable: true });
    expect(row('丙县/jiuye.yaml')).toMatchObject({ pass: false, unreadable: true, domain: '就业' });
    expect(row('丙县/shebao.yaml').pass).toBe(false);
    const empty = row('丙县/jiuye.yaml').n;
    expect(summary.findings.filter((f: any) => f.catalogue === empty).map((f: any) => f.ruleId)).toEqual(['parse/empty']);
    expect(summary.totals.findings).toBe(summary.findings.length);
    // Nothing left behind: no spool, no temporary report.
    expect(readdirSync(out).sort()).toEqual(['summary.html', 'summary.json', 'summary.xlsx']);
  });

  it('cuts a 4 MB item name short wherever the reports repeat it', () => {
    const huge = summary.additions.find((g: any) => g.name.startsWith('xxxx'));
    expect(huge.name).toMatch(/^x{200}…（共 4194304 字/);
    expect(summary.findings.every((f: any) => f.item.length < 300 && f.message.length < 2100)).toBe(true);
    expect(readFileSync(join(out, 'summary.json')).length).toBeLessThan(1024 * 1024);
    expect(readFileSync(join(out, 'summary.html')).length).toBeLessThan(1024 * 1024);
  });

  it('takes 市/县/乡镇, level and domain from the folders and the catalogue', () => {
    expect(row('城关镇/jiuye.yaml')).toMatchObject({ region: { city: '东市', county: '甲县', township: '城关镇' }, level: '乡级', domain: '就业' });
    expect(row('甲县/shebao.yaml')).toMatchObject({ region: { city: '东市', county: '甲县', township: '' }, level: '县级', domain: '社会保险', updated: '2026-11-01' });
    expect(summary.date).toBe('2026-11-01');
    expect(summary.totals.regions).toEqual({ cities: 1, counties: 3, townships: 1 });
  });

  it('reports duplicate, plain-http, non-government and missing addresses', () => {
    const problems = (suffix: string) => row(suffix).addressProblems;
    expect(problems('甲县/jiuye.yaml')).toEqual(['duplicate']);
    expect(problems('乙县/jiuye.yaml')).toEqual(['duplicate']);
    expect(problems('甲县/shebao.yaml')).toEqual(['plain-http']);
    expect(problems('乙县/shebao.yaml')).toEqual(['not-government']);
    expect(problems('城关镇/jiuye.yaml')).toEqual(['missing']);
    expect(summary.missing).toContainEqual(expect.objectContaining({ kind: 'address', region: { city: '东市', county: '甲县', township: '城关镇' } }));
  });

  it('lists what was not submitted: a township domain, a county without townships', () => {
    const missing = summary.missing.map((m: any) => `${m.region.county}/${m.region.township} ${m.level} ${m.domain} ${m.kind}`);
    expect(missing).toContain('甲县/城关镇 乡级 社会保险 domain');
    expect(missing).toContain('乙县/ 乡级  level');
    expect(missing).not.toContain('甲县/ 县级 就业 domain');
  });

  it('groups the same addition made by two counties', () => {
    const group = summary.additions.find((g: any) => g.name.startsWith('零工市场岗位信息发布'));
    expect(group).toMatchObject({ counties: 2, catalogues: 2, domain: '就业' });
    expect(group.variants.sort()).toEqual(['零工市场岗位信息发布', '零工市场岗位信息发布（乙县）']);
  });

  it('says which baseline items each catalogue lists', () => {
    const { columns, rows } = summary.coverage;
    expect(columns.map((c: any) => `${c.domain} ${c.code}`)).toContain('就业 1.1');
    const jia = rows.find((r: any) => r.region.county === '甲县' && r.domain === '就业' && r.level === '县级');
    const at = columns.findIndex((c: any) => c.domain === '就业' && c.code === '1.1');
    expect(jia.cells[at]).toBe(1);
    const other = columns.findIndex((c: any) => c.domain === '社会保险');
    expect(jia.cells[other]).toBe(null);
    expect(row('甲县/jiuye.yaml').coverage).toBe(100);
  });
});

describe('gkml review: usage', () => {
  it('a missing folder is a usage error in one line, and nothing is written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gkml-review-out-')), 'report');
    const r = await run(['review', join(province, 'nowhere'), '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('找不到');
    expect(existsSync(dir)).toBe(false);
  });

  it('an empty folder is a usage error in one line, in English with --lang en', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gkml-review-empty-'));
    const r = await run(['--lang', 'en', 'review', empty, '-o', join(empty, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('holds no catalogue files');
  });

  it('asks for the report folder', async () => {
    const r = await run(['review', province]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o');
  });
});
