import type { Rule } from '../../rule.js';
import { basisArticle } from './article.js';
import { basisDisclosureBasis } from './disclosure-basis.js';
import { basisDisclosureOnly } from './disclosure-only.js';
import { basisDocNumber } from './doc-number.js';
import { basisKnownNumber } from './known-number.js';
import { basisMissing } from './missing.js';
import { basisNumberMissing } from './number-missing.js';
import { basisNumberOutside } from './number-outside.js';
import { basisOrderNumber } from './order-number.js';
import { basisShortTitle } from './short-title.js';
import { basisSuperseded } from './superseded.js';
import { basisTitleMarks } from './title-marks.js';

export const basisRules: readonly Rule[] = [
  basisMissing,
  basisDisclosureBasis,
  basisDisclosureOnly,
  basisTitleMarks,
  basisShortTitle,
  basisDocNumber,
  basisOrderNumber,
  basisNumberOutside,
  basisArticle,
  basisNumberMissing,
  basisKnownNumber,
  basisSuperseded,
];
