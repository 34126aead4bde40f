// Where a catalogue sits (市 / 县 / 乡镇). Provinces receive submissions as folders,
// `<市>/<县>/<镇>/`, so the folders are the first witness; the catalogue's own `region` line
// (阳白源县黄安街道) fills in what the folders do not say, e.g. for files handed over flat.
import type { Level } from '../model/index.js';
import type { RegionParts } from '../model/review.js';

// A folder or region part naming a township (乡, 镇, 街道, 办事处 …), after any `-12` a
// collecting script appended to keep names unique.
const TOWNSHIP = /(?:镇|乡|街道|街道办事处|办事处|苏木|民族乡)$/;
const uniqueSuffix = /[-_ ]\d+$/;

function bare(name: string): string {
  return name.replace(uniqueSuffix, '');
}

/** 阳白源县黄安街道 → county 阳白源县, township 黄安街道; 平清丰市阳白源县 → city and county. */
export function splitRegion(region: string): RegionParts {
  const text = region.replace(/\s+/g, '');
  const match = /^(.*?(?:市|州|盟|地区))?(.*?(?:县|区|旗|市))?(.*?(?:镇|乡|街道|街道办事处|办事处|苏木))?$/.exec(text);
  if (!match || match[0] === '') return { city: '', county: text, township: '' };
  let [, city = '', county = '', township = ''] = match;
  // 郑州市 alone is as likely a county-level city as a prefecture: with nothing after it, a county.
  if (county === '' && township === '' && city !== '') [city, county] = ['', city];
  return { city, county, township };
}

/**
 * The region of a catalogue from the folders it sits in (outermost first, the operand's own
 * folder included) and what the catalogue says of itself. The innermost folder is the
 * township's when it is named like one or the catalogue is 乡级; the next ones out are the
 * county's and the city's.
 */
export function regionOf(folders: readonly string[], level: Level | undefined, region: string | undefined): RegionParts {
  const fromText = region ? splitRegion(region) : { city: '', county: '', township: '' };
  const names = folders.filter((f) => f !== '' && f !== '.');
  const last = names.length - 1;
  if (last < 0) return fromText;
  const innermostTownship = TOWNSHIP.test(bare(names[last]!)) || (level === '乡级' && names.length >= 2);
  const parts = innermostTownship
    ? { township: names[last]!, county: names[last - 1] ?? '', city: names[last - 2] ?? '' }
    : { township: '', county: names[last]!, city: names[last - 1] ?? '' };
  // A folder named like a township or county wins; a catalogue handed over in one flat folder
  // (that folder is then neither) takes its parts from its region line.
  if (!innermostTownship && !/(?:县|区|旗|市)$/.test(bare(parts.county)) && fromText.county !== '') return fromText;
  return {
    city: parts.city || fromText.city,
    county: parts.county || fromText.county,
    township: innermostTownship ? parts.township : level === '乡级' ? fromText.township : '',
  };
}

/** 市/县/乡镇 as one key (empty parts left out). */
export function regionKey(region: RegionParts): string {
  return [region.city, region.county, region.township].filter(Boolean).join('/');
}
