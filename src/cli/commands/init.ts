import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { loadBaseline, resolveBaselinePath, DEFAULT_BASELINE } from '../../config/baseline.js';
import { correctBasis } from '../../basis/index.js';
import { writeFileAtomic } from '../../emit/atomic.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import type { Domain, Level } from '../../model/index.js';
import { schemasDir } from '../../paths.js';
import type { CliIO, GlobalOptions } from '../io.js';

interface InitFlags {
  domain: string;
  region: string;
  level: string;
  baseline: string;
  force?: boolean;
}

const TODO = '待填写';

/** Baseline ticks become channel entries; anything outside the box list is a write-in under 其他. */
function initialChannels(ticked: readonly string[], boxes: readonly string[], region: string): Record<string, string> {
  const channels: Record<string, string> = {};
  for (const tick of ticked) {
    const [box, writeIn] = tick.startsWith('其他:') ? ['其他', tick.slice(3)] : boxes.includes(tick) ? [tick, undefined] : ['其他', tick];
    channels[box!] = box === '政府网站' ? `${region}人民政府门户网站` : `${region}${writeIn ?? box}（${TODO}具体名称）`;
  }
  return channels;
}

/**
 * The baseline as the new catalogue must name it. A path was typed relative to the working
 * directory, but check resolves it relative to the catalogue's own folder.
 */
function baselineRef(ref: string, file: string): string {
  const path = resolveBaselinePath(ref);
  if (path === resolveBaselinePath(ref, '/')) return ref; // a bundled id, or an absolute path
  return relative(dirname(resolve(file)), path).split('\\').join('/');
}

/** A catalogue skeleton with every baseline item, pre-filled where the baseline knows the answer. */
/** The calendar date where the clerk is (toISOString would give UTC: yesterday before 08:00 in China). */
export function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

export function initCatalogueText(flags: { domain: Domain; region: string; level: Level; baseline: string }, file: string, today: string): string {
  const baseline = loadBaseline(flags.baseline);
  const schemaPath = relative(dirname(resolve(file)), resolve(schemasDir, 'catalogue.schema.json')).split('\\').join('/');
  const doc = new Document({
    gkml: 1,
    domain: flags.domain,
    region: flags.region,
    level: flags.level,
    baseline: baselineRef(flags.baseline, file),
    publisher: `${flags.region}人力资源和社会保障局`,
    updated: today,
    url: 'https://',
    contact: { unit: `${flags.region}人力资源和社会保障局${TODO}`, person: TODO, phone: TODO },
    items: [] as unknown[],
  });
  // Quoted so YAML 1.1 tools (and Excel round trips) keep the date as text.
  (doc.get('updated', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}\n ${flags.region}${flags.domain}领域基层政务公开事项标准目录 — 由 gkml init 依据基线 ${baseline.id} 生成。\n 请把“${TODO}”替换为实际内容，然后运行 gkml check 检查。`;
  const items = doc.get('items') as YAMLSeq;
  for (const first of baseline.domains[flags.domain]?.items ?? []) {
    for (const second of first.items) {
      const node = doc.createNode({
        code: second.code,
        first: first.name,
        name: second.name,
        content: second.content ?? [TODO],
        // Baseline rows carry upstream defects (国务院令711号, short titles); the skeleton starts corrected.
        basis: (second.basis ?? [baseline.disclosureBasis.canonical]).map((b) => correctBasis(b, baseline.instruments)),
        deadline: baseline.deadline.canonical,
        subject: `${flags.region}${TODO}（单位全称）`,
        channels: initialChannels(second.channels ?? ['政府网站'], baseline.channels, flags.region),
        audience: second.audience ?? ['全社会'],
        group: null,
        mode: second.mode ?? ['主动'],
        levels: (second.levels ?? [flags.level]).filter((l): l is Level => l === '县级' || l === '乡级'),
      }) as YAMLMap;
      node.commentBefore = ` ${second.code} ${second.name}${second.confidence === 'inferred' ? '（基线中此条为推断，请核对）' : ''}`;
      items.add(node);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export function registerInit(program: Command, io: CliIO, globals: () => GlobalOptions): void {
  program
    .command('init')
    .description('依据基线生成目录模板 / create a catalogue skeleton from a baseline')
    .argument('<file>', '要创建的目录文件 / catalogue file to create')
    .option('-d, --domain <domain>', '就业 | 社会保险', '就业')
    .option('-r, --region <name>', '县（市、区）或乡镇名称 / county or township name', '示例县')
    .option('-l, --level <level>', '县级 | 乡级', '县级')
    .option('-b, --baseline <ref>', '基线 / baseline id or file', DEFAULT_BASELINE)
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .action(async (file: string, flags: InitFlags) => {
      const { lang } = globals();
      if (flags.domain !== '就业' && flags.domain !== '社会保险') throw new GkmlError({ zh: `领域应为 就业 或 社会保险，而不是“${flags.domain}”。`, en: `Domain must be 就业 or 社会保险, not "${flags.domain}".` });
      if (flags.level !== '县级' && flags.level !== '乡级') throw new GkmlError({ zh: `层级应为 县级 或 乡级，而不是“${flags.level}”。`, en: `Level must be 县级 or 乡级, not "${flags.level}".` });
      if (existsSync(file) && !flags.force) throw new GkmlError({ zh: `${file} 已存在；如需覆盖请加 --force。`, en: `${file} exists; pass --force to overwrite it.` });
      const today = localDate(new Date());
      const text = initCatalogueText({ domain: flags.domain, region: flags.region, level: flags.level, baseline: flags.baseline }, file, today);
      await writeFileAtomic(file, text);
      io.stdout(`${pick({ zh: '已创建', en: 'created' }, lang)} ${file}\n`);
    });
}
