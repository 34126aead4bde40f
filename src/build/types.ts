import type { BaselineIndex } from '../baseline/types.js';
import type { ItemView } from '../check/rule.js';
import type { Catalogue, Finding, Lang } from '../model.js';

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
  /** Include a findings sheet / section (build --allow-errors). */
  includeFindings: boolean;
}
