import type { Rule } from '../../rule.js';
import { catalogueChanges } from './changes.js';
import { cataloguePartialBaseline } from './partial-baseline.js';
import { cataloguePlaceholder } from './placeholder.js';
import { catalogueTraceability } from './traceability.js';
import { catalogueUrlScheme } from './url-scheme.js';

export const catalogueRules: readonly Rule[] = [cataloguePartialBaseline, catalogueTraceability, catalogueUrlScheme, cataloguePlaceholder, catalogueChanges];
