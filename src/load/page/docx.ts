// `gkml check 目录.docx`, `gkml import 目录.docx`: many directories are Word attachments. The
// document's tables are read as a page's are (assemble.ts), each finding at its table cell
// (目录.docx!表1!C5). The zip and XML readers are the sheet reader's (xlsx/zip.ts, xml.ts),
// with the same inflation budget against zip bombs.
import { builtinFinding } from '../../model/checks.js';
import type { LoadedCatalogue, LocalizedText } from '../../model/index.js';
import { failedLoad } from '../failed.js';
import type { LoadLimits, LoadOptions } from '../index.js';
import { partText } from '../xlsx/xml.js';
import { ZipArchive, ZipError, type ZipProblem } from '../xlsx/zip.js';
import { pageCatalogue, pageGrid, type PageGrid } from './assemble.js';
import { docxDocument } from './docx-document.js';
import type { SourceDocument } from './document.js';

const saveAs: LocalizedText = { zh: '在 Word 或 WPS 中打开，“另存为” .docx 格式后重试。', en: 'Open it in Word or WPS and "Save As" .docx, then try again.' };

function refused(file: string, zh: string, en: string, hint: LocalizedText = saveAs): LoadedCatalogue {
  return failedLoad(file, 'docx', [builtinFinding('parse/not-docx', file, { zh, en }, { hint })]);
}

function zipProblem(file: string, problem: ZipProblem): LoadedCatalogue {
  switch (problem.kind) {
    case 'declared-too-large':
    case 'larger-than-declared':
      return refused(file, '无法读取：文件解压后超过大小上限（可能是“压缩炸弹”）。', 'Cannot read it: the file inflates past the size limit (possibly a zip bomb).', {
        zh: '目录文档解压后通常只有几 MB；请确认文件来源。',
        en: 'A directory document inflates to a few MB at most; check where the file came from.',
      });
    case 'encrypted':
      return refused(file, '无法读取：文档设置了打开密码。', 'Cannot read it: the document is password-protected.', { zh: '去掉打开密码后另存再试。', en: 'Remove the password, save it again and retry.' });
    default:
      return refused(file, '无法读取：文件已损坏。', 'Cannot read it: the file is damaged.');
  }
}

/** The document's body as a page of tables, or the failed load that says why it cannot be read. */
function readDocx(bytes: Uint8Array, file: string, limits: LoadLimits): SourceDocument | { failed: LoadedCatalogue } {
  const failed = (loaded: LoadedCatalogue) => ({ failed: loaded });
  if (bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)) {
    return failed(refused(file, '无法读取：这是设置了打开密码的文档，或改了扩展名的旧版 .doc 文件。', 'Cannot read it: this is a password-protected document, or an old .doc file renamed to .docx.', {
      zh: '在 Word 或 WPS 中打开，去掉打开密码，再“另存为” .docx 格式后重试。',
      en: 'Open it in Word or WPS, remove the password, and "Save As" .docx, then try again.',
    }));
  }
  if (bytes.length < 2 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return failed(refused(file, '无法读取：文件不是 .docx 文档（可能是改了扩展名的其他文件，或文件已损坏）。', 'Cannot read it: the file is not a .docx document (perhaps another file renamed to .docx, or a damaged file).'));
  }
  let xml: string;
  try {
    const zip = new ZipArchive(bytes, limits.maxInflatedBytes);
    const part = zip.read('word/document.xml');
    if (!part) {
      const workbook = zip.has('xl/workbook.xml');
      return failed(refused(
        file,
        workbook ? '无法读取：这是改了扩展名的 Excel 工作簿，不是 Word 文档。' : '无法读取：压缩包中没有 Word 文档正文（word/document.xml）。',
        workbook ? 'Cannot read it: this is an Excel workbook renamed to .docx.' : 'Cannot read it: the archive holds no Word document body (word/document.xml).',
        workbook ? { zh: '把扩展名改回 .xlsx 后检查。', en: 'Rename it back to .xlsx and check that.' } : saveAs,
      ));
    }
    xml = partText(part);
  } catch (error) {
    if (error instanceof ZipError) return failed(zipProblem(file, error.problem));
    if (error instanceof RangeError) return failed(zipProblem(file, { kind: 'damaged', detail: error.message }));
    throw error;
  }
  return docxDocument(xml);
}

export async function loadDocxCatalogue(bytes: Uint8Array, file: string, options: Pick<LoadOptions, 'baselineFor' | 'sheet'> & { limits: LoadLimits }): Promise<LoadedCatalogue> {
  const doc = readDocx(bytes, file, options.limits);
  if ('failed' in doc) return doc.failed;
  return pageCatalogue({
    file,
    format: 'docx',
    doc,
    baselineFor: options.baselineFor,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    maxCells: options.limits.maxSheetCells,
  });
}

/** The document's directory grid, unparsed: for `gkml baseline import`, which reads it with no baseline. */
export async function docxGrid(bytes: Uint8Array, file: string, options: { limits: LoadLimits }): Promise<PageGrid | { failed: LoadedCatalogue }> {
  const doc = readDocx(bytes, file, options.limits);
  if ('failed' in doc) return doc;
  return pageGrid({ file, format: 'docx', doc, maxCells: options.limits.maxSheetCells });
}
