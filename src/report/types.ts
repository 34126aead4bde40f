import type { Finding, Lang } from '../model/index.js';

/** The outcome of checking one file: what formatters render. */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** Source text, when there is one, for code frames. */
  text?: string;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** Show only errors (the CLI's --quiet). */
  quiet?: boolean;
}

export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
