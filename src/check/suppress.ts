// Suppressions: the file's `# gkml-disable…` directives (read by the YAML loader) and the config's
// `suppress:` entries that apply to the file. Runs last, on findings whose severities and --rule
// settings are final. A suppressed finding keeps its severity and gains `suppressed` (kind,
// reason, where the suppression is written); it is counted apart, never dropped.
//
// A suppression without a reason, one that names no check, one that cannot work where it is
// written, or one that matches nothing is itself reported (suppress/*), so exceptions carry their
// justification and stale ones do not pile up.
//
// What no suppression hides: io/* and parse/* (a file that could not be read or parsed has
// nothing to suppress, and what the loader says about bytes and characters must be fixed),
// internal/* (gkml's own bugs), catalogue/baseline (no rule looked at the catalogue) and
// suppress/* (the suppressions' own problems).
import { builtinFinding } from '../model/checks.js';
import type { ConfigSuppression, Directive, Finding, ItemView, LocalizedText, Severity, SourceLocation, Suppression } from '../model/index.js';
import { normalizeTerm } from '../text/normalize.js';
import { allCheckDocs, checkIds } from './registry.js';

/** True when a finding of this check id may be suppressed. */
export function isSuppressible(id: string): boolean {
  return !(id.startsWith('io/') || id.startsWith('parse/') || id.startsWith('internal/') || id.startsWith('suppress/') || id === 'catalogue/baseline');
}

export interface SuppressionInput {
  /** The catalogue file. */
  file: string;
  directives?: readonly Directive[];
  config?: readonly ConfigSuppression[];
  /** The run's severity settings (`--rule`, config `rules`): they apply to suppress/* too. */
  settings?: Readonly<Record<string, Severity | 'off'>>;
  /**
   * Ids of the rules that ran on this file. A suppression of a check that did not run (turned
   * off, or the rules were skipped because the domain or baseline is unusable) is not "unused".
   */
  rulesRan: ReadonlySet<string>;
  /**
   * The catalogue's items, so a config entry limited to items also matches findings that carry
   * only a path into an item (the schema's).
   */
  items?: readonly ItemView[];
}

/** One check id of one directive or config entry, in force. */
interface Active {
  id: string;
  suppression: Suppression;
  used: boolean;
  /** Directives: the directive, and the id's own position, where "unused" is reported. */
  directive?: Directive;
  at?: SourceLocation;
  /** Config entries: the entry's items (normalised), when it is limited to some. */
  items?: ReadonlySet<string>;
  entry?: number;
}

let ruleIds: ReadonlySet<string> | undefined;
const isRule = (id: string) => (ruleIds ??= new Set(allCheckDocs().flatMap((d) => (d.rule ? [d.id] : [])))).has(id);

const scopeText = (d: Directive): LocalizedText =>
  d.kind === 'file'
    ? { zh: '本文件中', en: 'in this file' }
    : d.kind === 'line'
      ? { zh: '本行', en: 'on this line' }
      : d.line === undefined
        ? { zh: '其后（注释后面已没有内容）', en: 'after it (nothing follows the comment)' }
        : { zh: `第 ${d.line} 行`, en: `on line ${d.line}` };

const example = (keyword: string, ids: string) => `# ${keyword} ${ids || 'item/name-mismatch'} -- …`;

/**
 * Marks the findings that a directive or config entry suppresses and adds the findings about the
 * suppressions themselves. Returns a new array (the input is not changed); order is the caller's.
 */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput): Finding[] {
  const directives = input.directives ?? [];
  const config = input.config ?? [];
  if (directives.length === 0 && config.length === 0) return [...findings];
  const { file, settings = {} } = input;
  const known = checkIds();
  const out: Finding[] = [];

  const report = (id: string, messageId: string, where: { file: string; location?: SourceLocation }, message: LocalizedText, hint?: LocalizedText) => {
    const setting = settings[id];
    if (setting === 'off') return;
    const finding = builtinFinding(id, where.file, message, { messageId, ...(hint ? { hint } : {}), ...(where.location ? { location: where.location } : {}) });
    out.push(setting && setting !== finding.severity ? { ...finding, severity: setting } : finding);
  };

  /** Checks one listed id; true when it can suppress. */
  const usableId = (id: string, where: { file: string; location?: SourceLocation }): boolean => {
    if (!known.has(id)) {
      report('suppress/unknown-rule', 'unknown-rule', where, {
        zh: `没有编号为“${id}”的检查，这一项不起作用（拼写错误，或该规则已改名、删除）。`,
        en: `No check has the id "${id}"; this entry has no effect (a typo, or a rule renamed or removed).`,
      }, { zh: '用 gkml rules 查看全部检查编号。', en: '`gkml rules` lists every check id.' });
      return false;
    }
    if (!isSuppressible(id)) {
      report('suppress/invalid', 'not-suppressible', where, {
        zh: `${id} 的问题不能抑制：文件读取和解析问题、gkml 内部错误、基线无法加载以及抑制本身的问题都必须修正。`,
        en: `Findings of ${id} cannot be suppressed: problems reading or parsing the file, gkml's internal errors, an unusable baseline and problems with suppressions themselves must be fixed.`,
      });
      return false;
    }
    return true;
  };

  // Directives, most specific first: by line, then whole-file.
  const byLine = new Map<string, Active>();
  const byFile = new Map<string, Active>();
  const actives: Active[] = [];
  for (const d of directives) {
    const where = { file, location: d.location };
    const ids = d.rules.map((r) => r.id).join(', ');
    if (d.problem === 'unknown-directive') {
      report('suppress/invalid', 'unknown-directive', where, {
        zh: `无法识别的抑制注释“${d.keyword}”，不起作用：应为 gkml-disable-next-line、gkml-disable-line 或 gkml-disable，后接检查编号和理由。`,
        en: `Unknown suppression comment "${d.keyword}"; it has no effect: write gkml-disable-next-line, gkml-disable-line or gkml-disable, then the check ids and a reason.`,
      }, { zh: `例如：${example('gkml-disable-next-line', '')}`, en: `For example: ${example('gkml-disable-next-line', '')}` });
      continue;
    }
    if (d.problem === 'misplaced') {
      report('suppress/invalid', 'misplaced', where, {
        zh: 'gkml-disable（对整个文件）只能写在文件开头的注释中、第一个键之前；写在这里不起作用。',
        en: 'gkml-disable (for the whole file) belongs in the comments at the top of the file, before the first key; here it has no effect.',
      }, {
        zh: `要抑制下一行的问题，改用 ${example('gkml-disable-next-line', ids)}；要抑制整个文件，把它移到文件开头。`,
        en: `To suppress findings on the next line write ${example('gkml-disable-next-line', ids)}; for the whole file, move it to the top.`,
      });
      continue;
    }
    if (d.problem === 'line-alone') {
      report('suppress/invalid', 'line-alone', where, {
        zh: 'gkml-disable-line 须写在值后面、同一行内；单独成行时没有可抑制的内容。',
        en: 'gkml-disable-line goes after a value, on the same line; on a line of its own there is nothing for it to suppress.',
      }, {
        zh: `改用 ${example('gkml-disable-next-line', ids)}，写在该行上方。`,
        en: `Write ${example('gkml-disable-next-line', ids)} on the line above instead.`,
      });
      continue;
    }
    if (d.rules.length === 0) {
      report('suppress/invalid', 'no-rule', where, {
        zh: `${d.keyword} 没有写出要抑制的检查编号，不起作用。`,
        en: `${d.keyword} names no check to suppress; it has no effect.`,
      }, { zh: `例如：${example(d.keyword, '')}`, en: `For example: ${example(d.keyword, '')}` });
      continue;
    }
    if (d.reason === undefined) {
      report('suppress/no-reason', 'no-reason', where, {
        zh: `${d.keyword} 没有写明理由，不起作用。`,
        en: `${d.keyword} gives no reason, so it suppresses nothing.`,
      }, {
        zh: `在检查编号后写“-- 理由”（或“—— 理由”），例如：# ${d.keyword} ${ids} -- 省级目录原文如此`,
        en: `Write "-- <reason>" after the check ids, e.g. # ${d.keyword} ${ids} -- worded so in the provincial directory`,
      });
      continue;
    }
    const suppression: Suppression = { kind: 'directive', reason: d.reason, location: d.location };
    for (const r of d.rules) {
      if (!usableId(r.id, { file, location: r.location })) continue;
      const active: Active = { id: r.id, suppression, used: false, directive: d, at: r.location };
      const scope: Map<string, Active> = d.kind === 'file' ? byFile : byLine;
      const key = d.kind === 'file' ? r.id : `${d.line}\u0000${r.id}`;
      // A repeated directive for the same line and id: the first one counts, the next is unused.
      if ((d.kind === 'file' || d.line !== undefined) && !scope.has(key)) scope.set(key, active);
      actives.push(active);
    }
  }

  // Config entries (the engine has matched their file globs already).
  const entries: Active[] = [];
  const byEntry: Active[][] = [];
  config.forEach((entry, index) => {
    const where = { file: entry.location?.file ?? file, ...(entry.location ? { location: entry.location } : {}) };
    const ids = entry.rules.join(', ');
    byEntry[index] = [];
    if (entry.rules.length === 0) {
      report('suppress/invalid', 'no-rule', where, {
        zh: '配置文件中的 suppress 条目没有写出要抑制的检查编号（rules），不起作用。',
        en: 'This suppress entry in the config names no check (rules); it has no effect.',
      });
      return;
    }
    const reason = entry.reason?.trim();
    if (!reason) {
      report('suppress/no-reason', 'no-reason', where, {
        zh: `配置文件中的 suppress 条目（${ids}）没有写明理由（reason），不起作用。`,
        en: `This suppress entry in the config (${ids}) gives no reason, so it suppresses nothing.`,
      }, { zh: '为该条目加上 reason: 理由。', en: 'Add `reason: <why>` to the entry.' });
      return;
    }
    const suppression: Suppression = { kind: 'config', reason, ...(entry.location ? { location: entry.location } : {}) };
    const items = entry.items && entry.items.length > 0 ? new Set(entry.items.map((i) => normalizeTerm(String(i)))) : undefined;
    for (const id of entry.rules) {
      if (!usableId(id, where)) continue;
      const active: Active = { id, suppression, used: false, entry: index, ...(items ? { items } : {}) };
      entries.push(active);
      byEntry[index]!.push(active);
    }
  });

  if (actives.length === 0 && entries.length === 0) return [...findings, ...out];

  // Code and name of the item a finding is about: its own label, or the item its path enters.
  const views = input.items ? new Map(input.items.map((v) => [v.index, v])) : undefined;
  const itemKeys = (f: Finding): string[] => {
    let code = f.item?.code;
    let name = f.item?.name;
    if (!f.item && f.path && f.path[0] === 'items' && typeof f.path[1] === 'number') {
      const view = views?.get(f.path[1]);
      code = typeof view?.item.code === 'string' ? view.item.code : undefined;
      name = typeof view?.item.name === 'string' ? view.item.name : undefined;
    }
    return [code, name].flatMap((k) => (k === undefined ? [] : [normalizeTerm(k)]));
  };

  const result: Finding[] = [];
  for (const f of findings) {
    let by: Active | undefined;
    if (isSuppressible(f.ruleId) && !f.suppressed) {
      const loc = f.location;
      if (loc && !loc.sheet && loc.file === file) by = byLine.get(`${loc.line}\u0000${f.ruleId}`);
      by ??= byFile.get(f.ruleId);
      if (!by) {
        let keys: string[] | undefined;
        for (const e of entries) {
          if (e.id !== f.ruleId) continue;
          if (e.items && !(keys ??= itemKeys(f)).some((k) => e.items!.has(k))) continue;
          by = e;
          break;
        }
      }
    }
    if (by) {
      by.used = true;
      result.push({ ...f, suppressed: by.suppression });
    } else result.push(f);
  }

  // Unused: only for checks that ran on this file with the severity they have in this run.
  const ran = (id: string) => settings[id] !== 'off' && (!isRule(id) || input.rulesRan.has(id));
  for (const a of actives) {
    if (a.used || !ran(a.id)) continue;
    const d = a.directive!;
    const scope = scopeText(d);
    report('suppress/unused', 'unused', { file, location: a.at! }, {
      zh: `抑制注释中的 ${a.id} 没有抑制任何问题（${scope.zh}没有这项检查的问题），可以删除。`,
      en: `${a.id} in this suppression suppressed nothing (no ${a.id} finding ${scope.en}); remove it.`,
    }, d.kind === 'next-line' ? {
      zh: '抑制注释只作用于紧接其后、非空非注释的那一行：问题须从这一行开始。',
      en: 'The comment applies to the next line that is neither blank nor a comment: the finding must start on that line.',
    } : undefined);
  }
  config.forEach((entry, index) => {
    const unused = byEntry[index]!.filter((a) => !a.used && ran(a.id));
    if (unused.length === 0) return;
    const ids = unused.map((a) => a.id).join(', ');
    report('suppress/unused', 'unused-config', { file: entry.location?.file ?? file, ...(entry.location ? { location: entry.location } : {}) }, {
      zh: `配置文件中的 suppress 条目（${ids}）在 ${file} 中没有抑制任何问题。`,
      en: `This suppress entry (${ids}) suppressed nothing in ${file}.`,
    });
  });
  return [...result, ...out];
}
