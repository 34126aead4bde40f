import type { LoadedCatalogue } from '../model.js';

// Placeholder until the spreadsheet reader lands (issue #5): reports, never crashes.
export async function loadXlsxCatalogue(_bytes: Uint8Array, file: string): Promise<LoadedCatalogue> {
  return {
    file,
    data: undefined,
    catalogue: {},
    locator: { locate: () => undefined },
    format: 'xlsx',
    findings: [
      {
        ruleId: 'io/unsupported',
        severity: 'error',
        message: { zh: '暂不支持读取 Excel 表格。', en: 'Reading Excel sheets is not supported yet.' },
        file,
      },
    ],
    ok: false,
  };
}
