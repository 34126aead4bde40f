import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { indexBaseline } from '../../check/baseline-index.js';
import { sanitizeCatalogue } from '../../check/sanitize.js';
import { loadBaseline, resolveBaselinePath, DEFAULT_BASELINE } from '../../config/baseline.js';
import { createFileAtomic, writeFileAtomic } from '../../emit/atomic.js';
import { templateXlsx } from '../../emit/template/xlsx.js';
import { GkmlError } from '../../errors.js';
import { pick } from '../../i18n/index.js';
import type { Catalogue, Domain, Level } from '../../model/index.js';
import { schemasDir } from '../../paths.js';
import type { CliIO, GlobalOptions } from '../io.js';
import { skeletonHead, skeletonItems, TODO, type SkeletonFlags } from '../skeleton.js';

interface InitFlags {
  domain: string;
  region: string;
  level: string;
  baseline: string;
  force?: boolean;
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

/** The calendar date where the clerk is (toISOString would give UTC: yesterday before 08:00 in China). */
export function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** A catalogue skeleton with every baseline item, pre-filled where the baseline knows the answer. */
export function initCatalogueText(flags: SkeletonFlags & { baseline: string }, file: string, today: string): string {
  const baseline = loadBaseline(flags.baseline);
  const schemaPath = relative(dirname(resolve(file)), resolve(schemasDir, 'catalogue.schema.json')).split('\\').join('/');
  const doc = new Document({ ...skeletonHead(flags, baselineRef(flags.baseline, file), today), items: [] as unknown[] });
  // Quoted so YAML 1.1 tools (and Excel round trips) keep the date as text.
  (doc.get('updated', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}\n ${flags.region}${flags.domain}领域基层政务公开事项标准目录 — 由 gkml init 依据基线 ${baseline.id} 生成。\n 请把“${TODO}”替换为实际内容，然后运行 gkml check 检查。`;
  const items = doc.get('items') as YAMLSeq;
  for (const { item, note } of skeletonItems(flags, baseline)) {
    const node = doc.createNode(item) as YAMLMap;
    node.commentBefore = ` ${note}`;
    items.add(node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** The Excel template: the same skeleton in the standard sheet layout, with tick dropdowns and a 填写说明 sheet. */
export async function initTemplateBytes(flags: SkeletonFlags & { baseline: string }, file: string, today: string): Promise<Uint8Array> {
  const baseline = loadBaseline(flags.baseline);
  const catalogue: Catalogue = { ...skeletonHead(flags, baselineRef(flags.baseline, file), today), items: skeletonItems(flags, baseline).map((s) => s.item) };
  const { items } = sanitizeCatalogue(catalogue);
  return templateXlsx({ file, slug: basename(file, extname(file)), catalogue, items, baseline: indexBaseline(baseline, flags.domain), findings: [] });
}

export function registerInit(program: Command, io: CliIO, globals: () => GlobalOptions): void {
  program
    .command('init')
    .description('依据基线生成目录模板 / create a catalogue skeleton from a baseline')
    .argument('<file>', '要创建的目录文件：.yaml，或 .xlsx 表格模板 / catalogue file to create: .yaml, or an .xlsx template')
    .option('-d, --domain <domain>', '就业 | 社会保险', '就业')
    .option('-r, --region <name>', '县（市、区）或乡镇名称 / county or township name', '示例县')
    .option('-l, --level <level>', '县级 | 乡级', '县级')
    .option('-b, --baseline <ref>', '基线 / baseline id or file', DEFAULT_BASELINE)
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .action(async (file: string, flags: InitFlags) => {
      const { lang } = globals();
      if (flags.domain !== '就业' && flags.domain !== '社会保险') throw new GkmlError({ zh: `领域应为 就业 或 社会保险，而不是“${flags.domain}”。`, en: `Domain must be 就业 or 社会保险, not "${flags.domain}".` });
      if (flags.level !== '县级' && flags.level !== '乡级') throw new GkmlError({ zh: `层级应为 县级 或 乡级，而不是“${flags.level}”。`, en: `Level must be 县级 or 乡级, not "${flags.level}".` });
      const kind = extname(file).toLowerCase();
      // YAML under another name is what Excel then calls a corrupt file: only names that say what the file is.
      if (!['.yaml', '.yml', '.xlsx'].includes(kind)) throw new GkmlError({ zh: `要创建的文件应以 .yaml（目录）或 .xlsx（表格模板）结尾，而不是“${file}”。`, en: `The file to create must end in .yaml (a catalogue) or .xlsx (a sheet template), not "${file}".` });
      const exists = new GkmlError({ zh: `${file} 已存在；如需覆盖请加 --force。`, en: `${file} exists; pass --force to overwrite it.` });
      if (existsSync(file) && !flags.force) throw exists;
      const today = localDate(new Date());
      const skeleton = { domain: flags.domain as Domain, region: flags.region, level: flags.level as Level, baseline: flags.baseline };
      const data = kind === '.xlsx' ? await initTemplateBytes(skeleton, file, today) : initCatalogueText(skeleton, file, today);
      // Without --force a file that appeared meanwhile is still never replaced.
      if (flags.force) await writeFileAtomic(file, data);
      else if (!(await createFileAtomic(file, data))) throw exists;
      io.stdout(`${pick({ zh: '已创建', en: 'created' }, lang)} ${file}\n`);
      const sheet = kind === '.xlsx';
      const next = {
        zh: `下一步：${sheet ? '在 Excel 或 WPS 中' : ''}把“${TODO}”处换成实际内容（说明见${sheet ? '“填写说明”工作表' : '文件开头的注释'}），然后运行 gkml check ${file}`,
        en: `Next: replace each “${TODO}”${sheet ? ' in Excel or WPS' : ''} with the real content, then run gkml check ${file}`,
      };
      io.stdout(`${pick(next, lang)}\n`);
    });
}
