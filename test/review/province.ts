// A small province for the review tests, written into a temp folder from the bundled clean
// examples: two counties of one city, one township, a broken, an empty and a 4 MB file, and the
// address problems the review must report (duplicate, plain http, not governmental, missing).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { example } from '../helpers.js';

const jiuye = readFileSync(example('clean-jiuye.yaml'), 'utf8');
const shebao = readFileSync(example('clean-shebao.yaml'), 'utf8');

interface Edit {
  region: string;
  level?: '县级' | '乡级';
  url?: string | null;
  updated?: string;
  /** Extra items appended (YAML text, indented as items). */
  extra?: string;
}

function variant(text: string, edit: Edit): string {
  let out = text.replace(/^region: .*$/m, `region: ${edit.region}`);
  if (edit.level) out = out.replace(/^level: .*$/m, `level: ${edit.level}`);
  if (edit.url === null) out = out.replace(/^url: .*\n/m, '');
  else if (edit.url !== undefined) out = out.replace(/^url: .*$/m, `url: ${edit.url}`);
  if (edit.updated) out = out.replace(/^updated: .*$/m, `updated: "${edit.updated}"`);
  return out + (edit.extra ?? '');
}

const addition = (name: string) => `  - first: 就业信息服务
    name: ${name}
    content: [服务对象, 办理流程]
    basis:
      - 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)
    deadline: 信息形成或变更之日起20个工作日内
    subject: 示例县人力资源和社会保障局
    channels:
      政府网站: 示例县人民政府门户网站
    audience: [全社会]
    group: ~
    mode: [主动]
    levels: [县级]
`;

/** The province's files, relative to its root, with their contents. */
export function provinceFiles(): Record<string, string | Buffer> {
  return {
    '东市/甲县/jiuye.yaml': variant(jiuye, { region: '甲县', url: 'https://www.jiaxian.gov.cn/gkml/jiuye.html', extra: addition('零工市场岗位信息发布') }),
    '东市/甲县/shebao.yaml': variant(shebao, { region: '甲县', url: 'http://www.jiaxian.gov.cn/gkml/shebao.html', updated: '2026-11-01', extra: addition('=SUM(A1)') }),
    '东市/甲县/城关镇/jiuye.yaml': variant(jiuye, { region: '甲县城关镇', level: '乡级', url: null }),
    '东市/乙县/jiuye.yaml': variant(jiuye, { region: '乙县', url: 'https://www.jiaxian.gov.cn/gkml/jiuye.html', extra: addition('零工市场岗位信息发布（乙县）') }),
    '东市/乙县/shebao.yaml': variant(shebao, { region: '乙县', url: 'https://yixian.example.com/shebao.html' }),
    '东市/乙县/broken.yaml': 'gkml: 1\ndomain: 就业\nitems:\n  - name: [unclosed\n',
    '东市/丙县/jiuye.yaml': '',
    '东市/丙县/shebao.yaml': 'gkml: 1\ndomain: 社会保险\nregion: 丙县\nitems:\n  - name: "' + 'x'.repeat(4 * 1024 * 1024) + '"\n',
  };
}

/** Writes the province into a new temp folder named 省; returns that folder. */
export function writeProvince(files: Record<string, string | Buffer> = provinceFiles()): string {
  const root = join(mkdtempSync(join(tmpdir(), 'gkml-review-')), '省');
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}
