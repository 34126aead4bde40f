import type { LoadedCatalogue } from '../../model/index.js';
import { builtinFinding } from '../../model/checks.js';
import { failedLoad } from '../failed.js';
import type { LoadLimits, LoadOptions } from '../index.js';

export async function loadDocxCatalogue(_bytes: Uint8Array, file: string, _options: Pick<LoadOptions, 'baselineFor' | 'sheet'> & { limits: LoadLimits }): Promise<LoadedCatalogue> {
  return failedLoad(file, 'docx', [builtinFinding('parse/not-docx', file, { zh: '暂不支持读取 .docx。', en: 'Reading .docx is not supported yet.' })]);
}
