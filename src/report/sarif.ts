// SARIF 2.1.0, for GitHub code scanning and the other tools that read static-analysis results.
// Streamed like the json format: each worker renders its file's results as JSON text, the main
// thread writes the run's header (the tool and every check, from the context the CLI passes)
// before the first file, joins the files' results with commas, and closes the document.
// Nothing in it depends on the machine or the moment: no timestamps, and paths relative to the
// working directory (absolute only for a file outside it).
import { createHash } from 'node:crypto';
import { pick } from '../i18n/index.js';
import type { Finding, Lang, LocalizedText, Severity, SourceLocation } from '../model/index.js';
import { fileUri, helpUriFor, relativeUri, reportPath } from './paths.js';
import type { FileDigest, FileResult, FormatOptions, ReportContext, Reporter, ReportFormat, RuleInfo, RunTotals } from './types.js';

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; a new version if what goes into the hash ever changes. */
export const fingerprintKey = 'gkmlFinding/v1';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const words = {
  fix: { zh: '修改', en: 'Fix' },
  messages: { zh: '消息', en: 'Messages' },
  fixable: { zh: '可用 gkml check --fix 自动修复。', en: 'Fixable with gkml check --fix.' },
} satisfies Record<string, LocalizedText>;

const indexCache = new WeakMap<readonly string[], Map<string, number>>();

function ruleIndexOf(options: FormatOptions): Map<string, number> | undefined {
  const ids = options.ruleIds ?? options.context?.rules.map((r) => r.id);
  if (!ids) return undefined;
  let index = indexCache.get(ids);
  if (!index) indexCache.set(ids, (index = new Map(ids.map((id, i) => [id, i]))));
  return index;
}

/** The artifact a finding is in, as SARIF names it. */
function artifactLocation(file: string, cwd: string | undefined) {
  const { path, inside } = reportPath(file, cwd);
  return inside ? { uri: relativeUri(path), uriBaseId: '%SRCROOT%' } : { uri: fileUri(path) };
}

function region(loc: SourceLocation) {
  return {
    startLine: loc.line,
    startColumn: loc.column,
    ...(loc.endLine !== undefined && loc.endColumn !== undefined ? { endLine: loc.endLine, endColumn: loc.endColumn } : {}),
  };
}

// A finding about the whole file (an unreadable workbook, a missing sheet) has no place in it; code
// scanning needs a region to show it at all, so it points at the first line, as GitHub's own tools do.
const wholeFile = { startLine: 1 };

function physicalLocation(file: string, loc: SourceLocation | undefined, cwd: string | undefined) {
  return { artifactLocation: artifactLocation(loc?.file ?? file, cwd), region: loc ? region(loc) : wholeFile };
}

/** `[1.1 就业政策咨询] ` before a message, as the other formats print it. */
function itemPrefix(f: Finding): string {
  const parts = f.item ? [f.item.code, f.item.name].filter(Boolean) : [];
  return parts.length ? `[${parts.join(' ')}] ` : '';
}

/**
 * What identifies a finding across runs, whatever moved around it: the check, its message id,
 * the item's code and name, the path without array indexes (an item inserted above shifts every
 * index after it) and the Chinese message (the same in every --lang). Never the line or the cell.
 */
function fingerprintBase(f: Finding): string {
  const path = f.path ? f.path.filter((p) => typeof p === 'string').join('\u0000') : '';
  return [f.ruleId, f.messageId ?? '', f.item?.code ?? '', f.item?.name ?? '', path, f.message.zh].join('\u0001');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function resultJson(f: Finding, file: string, options: FormatOptions, rules: Map<string, number> | undefined, fingerprint: string) {
  const loc = f.location;
  const sheet = loc?.sheet !== undefined && loc.cell !== undefined ? { sheet: loc.sheet, cell: loc.cell } : undefined;
  const where = sheet ? `[${sheet.sheet}!${sheet.cell}] ` : '';
  const hint = f.hint ? `\n${pick(words.fix, options.lang)}: ${pick(f.hint, options.lang)}` : '';
  const ruleIndex = rules?.get(f.ruleId);
  const suppression = f.suppressed;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: levels[f.severity],
    message: { text: where + itemPrefix(f) + pick(f.message, options.lang) + hint },
    locations: [
      {
        physicalLocation: physicalLocation(file, loc, options.cwd),
        // A cell is where a sheet's finding is: the row and column above only approximate it.
        ...(sheet ? { logicalLocations: [{ name: sheet.cell, fullyQualifiedName: `${sheet.sheet}!${sheet.cell}`, kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: { [fingerprintKey]: fingerprint },
    ...(suppression
      ? {
          suppressions: [
            {
              kind: suppression.kind === 'directive' ? 'inSource' : 'external',
              justification: suppression.reason,
              ...(suppression.location ? { location: { physicalLocation: physicalLocation(suppression.location.file, suppression.location, options.cwd) } } : {}),
            },
          ],
        }
      : {}),
    properties: {
      ...(f.messageId ? { messageId: f.messageId } : {}),
      messages: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.item ? { item: f.item } : {}),
      ...(f.path ? { path: f.path } : {}),
      ...(sheet ?? {}),
      fixable: Boolean(f.fix),
    },
  };
}

/** Each file's results, one JSON object a line, without the brackets around them. */
function renderResults(result: FileResult, options: FormatOptions): string {
  if (result.findings.length === 0) return '';
  const rules = ruleIndexOf(options);
  // Two findings alike in everything hashed (the same problem twice in one item) get the same
  // base: the second is told apart by its rank, which no line move changes.
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const f of result.findings) {
    const base = hash(fingerprintBase(f));
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    lines.push(JSON.stringify(resultJson(f, result.file, options, rules, n === 1 ? base : `${base}:${n}`)));
  }
  return lines.join(',\n');
}

/** `subject/generic` → `SubjectGeneric`: SARIF's rule name, a readable identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function helpText(rule: RuleInfo, lang: Lang, markdown: boolean): string {
  const block = (l: Lang) => {
    const out = [pick(rule.summary, l)];
    if (rule.details) out.push(pick(rule.details, l));
    if (rule.fixable) out.push(pick(words.fixable, l));
    const messages = Object.entries(rule.messages ?? {});
    if (messages.length > 0) {
      const items = messages.map(([id, m]) => {
        const hint = m.hint ? ` ${pick(words.fix, l)}: ${pick(m.hint, l)}` : '';
        return markdown ? `- \`${id}\`: ${pick(m, l)}${hint}` : `- ${id}: ${pick(m, l)}${hint}`;
      });
      out.push(`${pick(words.messages, l)}:\n${items.join('\n')}`);
    }
    return out.join('\n\n');
  };
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return `${block(lang)}\n\n${markdown ? '---' : '----'}\n\n${block(other)}`;
}

function ruleJson(rule: RuleInfo, lang: Lang, helpUri: string | undefined) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: pick(rule.summary, lang) },
    fullDescription: { text: pick(rule.details ?? rule.summary, lang) },
    ...(helpUri ? { helpUri: helpUriFor(helpUri, rule.id) } : {}),
    help: { text: helpText(rule, lang, false), markdown: helpText(rule, lang, true) },
    defaultConfiguration: { level: levels[rule.severity] },
    properties: {
      summary: rule.summary,
      ...(rule.details ? { details: rule.details } : {}),
      fixable: rule.fixable,
      tags: [rule.id.split('/')[0]!],
    },
  };
}

/** The document up to the opening bracket of the results. */
function header(context: ReportContext | undefined, lang: Lang): string {
  const tool = context?.tool ?? { name: 'gkml', version: '0.0.0' };
  const driver = {
    name: tool.name,
    version: tool.version,
    semanticVersion: tool.version,
    ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
    language: lang === 'en' ? 'en' : 'zh-CN',
    rules: (context?.rules ?? []).map((rule) => ruleJson(rule, lang, context?.helpUri)),
  };
  const head = JSON.stringify({ $schema: sarifSchema, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'unicodeCodePoints', results: [] }] }, null, 2);
  // Cut before the empty results array's closing bracket: the results are streamed in there.
  const cut = head.lastIndexOf('[]');
  return head.slice(0, cut + 1) + '\n';
}

export const sarif: ReportFormat = {
  needsSource: false,
  needsContext: true,
  render: renderResults,
  reporter(options: FormatOptions): Reporter {
    let started = false;
    let any = false;
    const start = () => {
      if (started) return '';
      started = true;
      return header(options.context, options.lang);
    };
    return {
      file(digest: FileDigest): string {
        const head = start();
        if (digest.text === '') return head;
        const joint = any ? ',\n' : '';
        any = true;
        return head + joint + digest.text;
      },
      end(_totals: RunTotals): string {
        const head = start();
        return `${head}${any ? '\n' : ''}      ]\n    }\n  ]\n}\n`;
      },
    };
  },
};
