import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { cleanCatalogue } from '../helpers.js';

// The sheet as a clerk sees it on paper: LibreOffice prints it to PDF, poppler reads the PDF back.
// The tools are required, never optional: a missing one fails the test that needs it (no test may
// pass by skipping). `npm test` installs them when missing (scripts/test-tools.sh, run by `pretest`).
const tools: Array<[command: string, versionArg: string, debianPackage: string]> = [
  ['soffice', '--version', 'libreoffice-calc'],
  ['pdftotext', '-v', 'poppler-utils'],
  ['pdfinfo', '-v', 'poppler-utils'],
  ['pdftoppm', '-v', 'poppler-utils'],
];

/** Throws, naming the way to get them, when any of the tools is absent. */
export function requirePrintTools(): void {
  const absent = tools.filter(([cmd, arg]) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status !== 0);
  if (absent.length > 0) {
    const names = absent.map(([cmd]) => cmd).join(', ');
    const packages = [...new Set(absent.map(([, , pkg]) => pkg))].join(' ');
    throw new Error(`The print test needs ${names}, not found on PATH: run "npm test", which installs them (scripts/test-tools.sh), or "apt-get install ${packages}".`);
  }
}

/** Converts sheets to PDF in one LibreOffice run (with a private profile); returns the PDF paths. */
export function printToPdf(sheets: readonly string[], outDir: string): string[] {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'gkml-lo-'))).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...sheets], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return sheets.map((s) => join(outDir, `${basename(s, '.xlsx')}.pdf`));
}

function poppler(cmd: string, args: string[]): string {
  const run = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${cmd} failed: ${run.stderr}`);
  return run.stdout;
}

export function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))![1]);
}

/** The text of every page, whitespace removed (cells wrap, so words may be split over lines). */
export function pageTexts(pdf: string): string[] {
  return Array.from({ length: pageCount(pdf) }, (_, i) => poppler('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']).replace(/\s+/g, ''));
}

export interface PdfLine {
  page: number;
  text: string;
  /** Printed size of the line's CJK characters in points (a full-width glyph is 1 em wide), if it has a run of them. */
  cjkPt?: number;
}

/** Every printed line with its words' boxes, from pdftotext -bbox-layout. */
export function pdfLines(pdf: string): PdfLine[] {
  const xml = poppler('pdftotext', ['-bbox-layout', pdf, '-']);
  const lines: PdfLine[] = [];
  let page = 0;
  for (const m of xml.matchAll(/<page [^>]*>|<line[^>]*>([\s\S]*?)<\/line>/g)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const words = [...m[1]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({ x0: Number(w[1]), x1: Number(w[2]), text: w[3]! }));
    const text = words.map((w) => w.text).join(' ');
    // Only words made of ideographs alone measure the em: Latin letters and digits are narrower.
    const sizes = words.filter((w) => /^\p{Script=Han}{3,}$/u.test(w.text)).map((w) => (w.x1 - w.x0) / [...w.text].length);
    lines.push({ page, text, ...(sizes.length > 0 ? { cjkPt: Math.min(...sizes) } : {}) });
  }
  return lines;
}

export const firstLevels = ['就业信息服务', '职业介绍、职业指导和创业开业指导', '公共就业服务专项活动', '就业失业登记', '创业服务', '对就业困难人员(含建档立卡贫困劳动力)实施就业援助', '高校毕业生就业服务', '基本公共就业创业政府购买服务', '国(境)外人员入境就业'];

/**
 * A county catalogue of 27 items, three under each first-level item of the employment directory,
 * each with several channels (one named …窗口, which a careless wrap leaves as a □-like 口).
 * Items are additions (补充1…补充27) so that each row's first-level item is known from its 序号.
 */
export function bigCatalogue(): string {
  const doc = cleanCatalogue();
  const template = doc.items[0];
  doc.items = Array.from({ length: 27 }, (_, i) => ({
    ...structuredClone(template),
    first: firstLevels[Math.floor(i / 3)],
    name: `示例事项${i + 1}`,
    channels: {
      政府网站: '示例县人民政府门户网站',
      两微一端: '示例县人社微信公众号“示例人社”',
      // 口 at a different place on each row: wherever a spreadsheet wraps the line, some row's 口 falls at a line start.
      政务服务中心: `县政务中心${'一楼东侧综合服务'.slice(0, i % 9)}窗口`,
      便民服务站: '各乡镇（街道）便民服务中心人社服务窗口',
    },
  }));
  for (const item of doc.items) delete item.code;
  return stringify(doc);
}
