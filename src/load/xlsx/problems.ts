// What the sheet reader refuses or clips, in the clerk's words (Chinese first, then English).
// A refusal ends the reading of the workbook (or of one sheet); a note is a warning at a cell.
import type { LocalizedText } from '../../model/index.js';
import type { SheetNote } from './read-model.js';
import type { ZipProblem } from './zip.js';

/** Where in the workbook a refusal applies: the whole file, or one sheet (and cell). */
export interface RefusalPlace {
  sheet: string;
  row: number;
  column: number;
}

export class XlsxRefusal extends Error {
  constructor(
    readonly ruleId: string,
    readonly text: LocalizedText,
    readonly hint?: LocalizedText,
    readonly place?: RefusalPlace,
  ) {
    super(text.en);
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const count = (n: number) => n.toLocaleString('en-US');

const saveAgain: LocalizedText = {
  zh: '在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后重试；打不开的文件请向报送单位索取原件。',
  en: 'Open it in Excel or WPS and "Save As" .xlsx, then try again; if it does not open, ask the sender for the original.',
};

const bombHint: LocalizedText = {
  zh: '目录表解压后通常只有几 MB。请确认文件来源；如确是目录表，删去无关的工作表和图片后另存再试。',
  en: 'A directory sheet inflates to a few MB at most. Check where the file came from; if it is a directory, delete unrelated sheets and pictures, save it again and retry.',
};

/** The refusal for a zip-level problem. */
export function zipRefusal(problem: ZipProblem): XlsxRefusal {
  switch (problem.kind) {
    case 'declared-too-large':
      return new XlsxRefusal(
        'xlsx/too-large',
        {
          zh: `工作簿解压后共 ${mb(problem.total)} MB，超过上限 ${mb(problem.limit)} MB（可能是“压缩炸弹”），未读取。`,
          en: `The workbook inflates to ${mb(problem.total)} MB, over the ${mb(problem.limit)} MB limit (possibly a zip bomb); it was not read.`,
        },
        bombHint,
      );
    case 'larger-than-declared':
      return new XlsxRefusal(
        'xlsx/too-large',
        {
          zh: `压缩包中的 ${problem.part} 解压后超过其声明的大小（${count(problem.declared)} 字节）：文件被篡改或损坏（可能是“压缩炸弹”），未读取。`,
          en: `${problem.part} inflates to more than the ${count(problem.declared)} bytes the archive declares: the file is forged or damaged (possibly a zip bomb); it was not read.`,
        },
        bombHint,
      );
    case 'encrypted':
      return new XlsxRefusal(
        'parse/not-xlsx',
        { zh: `无法读取：压缩包内的 ${problem.part} 设置了密码。`, en: `Cannot read it: ${problem.part} in the archive is password-protected.` },
        saveAgain,
      );
    case 'method':
      return new XlsxRefusal(
        'parse/not-xlsx',
        {
          zh: `无法读取：压缩包内的 ${problem.part} 使用了 Excel 不用的压缩方式（${problem.method}）。`,
          en: `Cannot read it: ${problem.part} in the archive uses a compression method Excel does not use (${problem.method}).`,
        },
        saveAgain,
      );
    case 'damaged':
      return new XlsxRefusal(
        'parse/not-xlsx',
        { zh: '无法读取：.xlsx 文件已损坏（压缩包结构不完整或被截断）。', en: 'Cannot read it: the .xlsx file is damaged (its zip structure is incomplete or truncated).' },
        saveAgain,
      );
  }
}

/** A zip that holds no workbook: say what it seems to be instead. */
export function noWorkbook(names: readonly string[]): XlsxRefusal {
  const has = (prefix: string) => names.some((n) => n.toLowerCase().startsWith(prefix));
  const what: LocalizedText = has('word/')
    ? { zh: '这是 Word 文档（.docx）', en: 'This is a Word document (.docx)' }
    : has('ppt/')
      ? { zh: '这是 PowerPoint 演示文稿（.pptx）', en: 'This is a PowerPoint presentation (.pptx)' }
      : { zh: '这是一个 zip 压缩包', en: 'This is a zip archive' };
  return new XlsxRefusal(
    'parse/not-xlsx',
    {
      zh: `无法读取：${what.zh}，不是 Excel 工作簿（缺少 xl/workbook.xml）。`,
      en: `Cannot read it: ${what.en}, not an Excel workbook (there is no xl/workbook.xml).`,
    },
    { zh: '请选择目录所在的 Excel 文件；压缩包请先解压。', en: 'Choose the Excel file that holds the directory; unpack a zip archive first.' },
  );
}

export function missingSheetPart(sheet: string, part: string): XlsxRefusal {
  return new XlsxRefusal(
    'parse/not-xlsx',
    {
      zh: `无法读取工作表“${sheet}”：文件已损坏，压缩包中没有它的数据（${part}）。`,
      en: `Cannot read sheet "${sheet}": the file is damaged; its data (${part}) is not in the archive.`,
    },
    saveAgain,
    { sheet, row: 1, column: 1 },
  );
}

export function tooManyCells(sheet: string, limit: number, row: number, column: number): XlsxRefusal {
  return new XlsxRefusal(
    'xlsx/too-large',
    {
      zh: `工作表“${sheet}”中有内容的单元格超过 ${count(limit)} 个，未读取。`,
      en: `Sheet "${sheet}" has more than ${count(limit)} cells with content; it was not read.`,
    },
    {
      zh: '目录表通常只有几千个单元格。请确认是否选错了文件，或删去表中无关的数据后另存。',
      en: 'A directory sheet has a few thousand cells. Check that this is the right file, or delete unrelated data from the sheet and save it again.',
    },
    { sheet, row, column },
  );
}

/** Merges dropped: larger than any layout needs (raw area over the cap), or past the total merge budget. */
export function mergesDropped(sheet: string, first: string, area: number, dropped: number, limit: number, reason: 'area' | 'budget', row: number, column: number): SheetNote {
  const n = count(dropped);
  let message: LocalizedText;
  if (reason === 'area') {
    message =
      dropped === 1
        ? {
            zh: `工作表“${sheet}”中的合并区域 ${first} 覆盖 ${count(area)} 个单元格，超过上限 ${count(limit)} 个，已按未合并读取。`,
            en: `In sheet "${sheet}", merged range ${first} covers ${count(area)} cells, over the limit of ${count(limit)}; it was read as not merged.`,
          }
        : {
            zh: `工作表“${sheet}”中有 ${n} 个合并区域超过上限 ${count(limit)} 个单元格（如 ${first}，覆盖 ${count(area)} 个），已按未合并读取。`,
            en: `In sheet "${sheet}", ${n} merged ranges cover more than the limit of ${count(limit)} cells (such as ${first}, ${count(area)} cells); they were read as not merged.`,
          };
  } else {
    message = {
      zh: `工作表“${sheet}”中合并的单元格合计超过上限 ${count(limit)} 个，其后的${dropped === 1 ? `合并区域 ${first} ` : ` ${n} 个合并区域（自 ${first} 起）`}已按未合并读取。`,
      en: `Sheet "${sheet}" merges more than ${count(limit)} cells in all; ${dropped === 1 ? `merged range ${first}, past that, was` : `the ${n} merged ranges from ${first} on were`} read as not merged.`,
    };
  }
  return { ruleId: 'xlsx/limit', severity: 'warning', message, row, column };
}

export function outsideGrid(sheet: string, first: string, n: number): SheetNote {
  return {
    ruleId: 'xlsx/limit',
    severity: 'warning',
    message: {
      zh: `工作表“${sheet}”中有 ${count(n)} 个单元格（如 ${first}）超出 Excel 的表格范围（XFD1048576），已忽略。`,
      en: `Sheet "${sheet}" has ${count(n)} cells (such as ${first}) outside Excel's grid (XFD1048576); they were ignored.`,
    },
    row: 1,
    column: 1,
  };
}

/** The sheet's XML stops inside its cell data: a damaged file, read as far as it goes. */
export function truncatedSheet(sheet: string, lastRow: number): SheetNote {
  return {
    ruleId: 'xlsx/truncated',
    severity: 'warning',
    message: {
      zh: `工作表“${sheet}”的数据在第 ${lastRow} 行之后中断（文件已损坏或没有保存完整），只读出了中断前的内容。`,
      en: `Sheet "${sheet}" breaks off after row ${lastRow} (the file is damaged or was not saved whole); only what comes before was read.`,
    },
    row: Math.max(1, lastRow),
    column: 1,
  };
}

export function sheetSkipped(sheet: string, reason: LocalizedText, chosen: string): LocalizedText {
  return {
    zh: `${reason.zh.replace(/。$/, '')}；目录读自工作表“${chosen}”。`,
    en: `${reason.en.replace(/\.$/, '')}; the directory was read from sheet "${chosen}".`,
  };
}
