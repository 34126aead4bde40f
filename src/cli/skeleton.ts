// The catalogue `gkml init` starts a clerk from, as plain data: the YAML skeleton and the Excel
// template are two renderings of this one object.
import { correctBasis } from '../basis/index.js';
import type { Baseline } from '../model/baseline.js';
import type { Catalogue, CatalogueItem, Domain, Level } from '../model/index.js';

/** What gkml init writes where the clerk must write: catalogue/placeholder reports it until replaced. */
export const TODO = '待填写';
const FULL_NAME = '（单位全称）';
const CHANNEL_NAME = '（具体名称）';

export interface SkeletonFlags {
  domain: Domain;
  region: string;
  level: Level;
}

/** One skeleton item, with the baseline's note on it (a YAML comment; a sheet has no place for it). */
export interface SkeletonItem {
  item: CatalogueItem;
  note: string;
}

// Townships have no 人力资源和社会保障局: the town (township) government publishes, a street's
// office does; the work is done at the 便民服务中心 (93号 二(五): 乡镇（街道）基层公共服务平台).
function townshipGovernment(region: string): string {
  return /街道$/.test(region) ? `${region}办事处` : `${region}人民政府`;
}

/** The units a skeleton names: real unit words, with placeholders where only the clerk knows. */
export function skeletonUnits(region: string, level: Level): { publisher: string; contactUnit: string; subject: string } {
  if (level === '乡级') {
    return { publisher: townshipGovernment(region), contactUnit: `${region}便民服务中心${TODO}`, subject: `${region}便民服务中心${TODO}${FULL_NAME}` };
  }
  return { publisher: `${region}人力资源和社会保障局`, contactUnit: `${region}人力资源和社会保障局${TODO}`, subject: `${region}${TODO}${FULL_NAME}` };
}

/** Baseline ticks become channel entries; anything outside the box list is a write-in under 其他. */
function initialChannels(ticked: readonly string[], boxes: readonly string[], region: string, level: Level): Record<string, string> {
  const channels: Record<string, string> = {};
  for (const tick of ticked) {
    const [box, writeIn] = tick.startsWith('其他:') ? ['其他', tick.slice(3)] : boxes.includes(tick) ? [tick, undefined] : ['其他', tick];
    if (level === '乡级' && box === '政府网站') channels[box] = `县（市、区）人民政府门户网站${TODO}${CHANNEL_NAME}`;
    else channels[box!] = box === '政府网站' ? `${region}人民政府门户网站` : `${region}${writeIn ?? box}${TODO}${CHANNEL_NAME}`;
  }
  return channels;
}

/** Every second-level item of the baseline's domain (for a township: those it discloses), pre-filled where the baseline knows the answer. */
export function skeletonItems(flags: SkeletonFlags, baseline: Baseline): SkeletonItem[] {
  const { region, level } = flags;
  const units = skeletonUnits(region, level);
  const out: SkeletonItem[] = [];
  for (const first of baseline.domains[flags.domain]?.items ?? []) {
    for (const second of first.items) {
      const known = (second.levels ?? []).filter((l): l is Level => l === '县级' || l === '乡级');
      // A township directory lists what the township discloses: items the baseline keeps at county
      // level stay out (its levels may read 乡、村级).
      if (level === '乡级' && second.levels?.length && !second.levels.some((l) => l.includes('乡'))) continue;
      out.push({
        item: {
          code: second.code,
          first: first.name,
          name: second.name,
          content: second.content ?? [TODO],
          // Baseline rows carry upstream defects (国务院令711号, short titles); the skeleton starts corrected.
          basis: (second.basis ?? [baseline.disclosureBasis.canonical]).map((b) => correctBasis(b, baseline.instruments)),
          deadline: baseline.deadline.canonical,
          subject: units.subject,
          channels: initialChannels(second.channels ?? ['政府网站'], baseline.channels, region, level),
          audience: (second.audience ?? ['全社会']) as CatalogueItem['audience'],
          group: null,
          mode: (second.mode ?? ['主动']) as CatalogueItem['mode'],
          levels: level === '乡级' ? ['乡级'] : known.length > 0 ? known : [level],
        },
        note: `${second.code} ${second.name}${second.confidence === 'inferred' ? '（基线中此条为推断，请核对）' : ''}`,
      });
    }
  }
  return out;
}

/** The catalogue fields above the items; `baseline` is the reference as the new file must write it. */
export function skeletonHead(flags: SkeletonFlags, baseline: string, today: string): Omit<Catalogue, 'items'> {
  const units = skeletonUnits(flags.region, flags.level);
  return {
    gkml: 1,
    domain: flags.domain,
    region: flags.region,
    level: flags.level,
    baseline,
    publisher: units.publisher,
    updated: today,
    url: 'https://',
    contact: { unit: units.contactUnit, person: TODO, phone: TODO },
  };
}
