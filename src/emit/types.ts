import type { BaselineIndex } from '../model/baseline.js';
import type { ItemView } from '../model/index.js';
import type { Catalogue, Finding, Lang } from '../model/index.js';

/** One checked catalogue, ready for the emitters. */
export interface BuildEntry {
  /** The source file (YAML or .xlsx). */
  file: string;
  /** Output base name, unique within one build (e.g. `clean-jiuye`). */
  slug: string;
  catalogue: Catalogue;
  items: readonly ItemView[];
  baseline: BaselineIndex;
  findings: readonly Finding[];
}

export interface EmitOptions {
  lang: Lang;
  /** The sheet's 公开渠道和载体 cell: every standard box (default) or only the chosen ones (build --channels chosen). */
  channels?: 'standard' | 'chosen';
  /** False for a sheet to be filled in before printing (a template): no computed page breaks or print area. */
  paged?: boolean;
  /** Include a findings sheet / section (build --allow-errors). */
  includeFindings: boolean;
  /**
   * Whether this build wrote the Excel sheets (false with --no-xlsx). The site links a sheet only
   * then: one left over from an earlier build may not match the page. When unset, a sheet next to
   * the page is linked if it exists (library callers that write the sheets themselves).
   */
  xlsx?: boolean;
}
