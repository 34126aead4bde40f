// Catalogue YAML → data, a way back to positions, and findings about the file itself.
//
// js-yaml 5 parses the text into a flat list of events that carry source offsets (`parseEvents`)
// and builds the plain data from them (`constructFromEvents`): together they cost what js-yaml's
// `load` costs. The events and the text are kept; positions are worked out from them only when a
// finding asks (locator.ts). Everything beyond that is done only for files that need it: a file
// with no "*" has no alias to check, a file without odd characters is not scanned for them, and
// syntax errors are explained by looking at the text around them (syntax.ts).
import { ALIAS, DOCUMENT, MAPPING, POP, SCALAR, constructFromEvents, getScalarValue, parseEvents, YAMLException, type Event } from './js-yaml.js';
import type { Catalogue, Finding, LoadedCatalogue, LocalizedText } from '../../model/index.js';
import { failedLoad } from '../failed.js';
import { tooManyNodes } from '../io-findings.js';
import { defaultLoadLimits } from '../limits.js';
import { checkAliases, duplicateKeys } from './checks.js';
import { decodeText, looksBinary } from './decode.js';
import { readDirectives } from './directives.js';
import { codePoint, describeChars, findInvisible, isWellFormed, NON_PRINTABLE, UNUSUAL } from './invisible.js';
import { EventLocator } from './locator.js';
import { catalogueSchema } from './schema.js';
import { diagnoseParseError, joinClosingBrackets, secondDocumentMarker } from './syntax.js';
import { syntaxProblem, type SyntaxProblem } from './syntax-messages.js';
import { TextPositions } from './text-position.js';


/** Findings of one kind listed per file at most (invisible characters, bad bytes, repeated keys). */
const MAX_LISTED = 50;

/** What the last listed finding of a kind adds when `more` of them in the file are not listed. */
function unlisted(more: number): LocalizedText {
  return more > 0 ? { zh: `（文件中另有 ${more} 处未逐一列出）`, en: ` (${more} more in the file are not listed)` } : { zh: '', en: '' };
}

function loadFinding(
  file: string,
  ruleId: string,
  messageId: string,
  severity: Finding['severity'],
  message: LocalizedText,
  at?: { line: number; column: number },
  hint?: LocalizedText,
): Finding {
  return {
    ruleId,
    messageId,
    severity,
    message,
    ...(hint ? { hint } : {}),
    file,
    location: { file, line: at?.line ?? 1, column: at?.column ?? 1 },
  };
}

/** True when the text holds nothing but white space and comments. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c > 32 && !/\s/.test(text[i]!)) return false;
  }
  return true;
}

function syntaxFinding(file: string, positions: TextPositions, problem: SyntaxProblem): Finding {
  return loadFinding(file, 'parse/syntax', problem.messageId, 'error', problem.message, positions.position(problem.offset), problem.hint);
}

/** Findings for invisible and control characters inside keys and values (not in comments). */
function invisibleFindings(file: string, text: string, positions: TextPositions, events: readonly Event[] | undefined): Finding[] {
  let runs = findInvisible(text);
  if (runs.length === 0) return [];
  if (events) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const e of events) {
      if (e.type === SCALAR && e.valueStart !== -1) {
        starts.push(e.valueStart);
        ends.push(e.valueEnd);
      }
    }
    runs = runs.filter((run) => {
      let lo = 0;
      let hi = starts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= run.offset) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return at !== -1 && run.offset < ends[at]!;
    });
  }
  const findings = runs.slice(0, MAX_LISTED).map((run, i) => {
    const names = describeChars(run.chars);
    const rest = unlisted(i === MAX_LISTED - 1 ? runs.length - MAX_LISTED : 0);
    return loadFinding(
      file,
      'parse/invisible-char',
      run.control ? 'control-char' : 'invisible-char',
      'warning',
      {
        zh: `这里有看不见的字符 ${names.zh}，多半是复制网页或文档时带进来的；它会让看起来相同的名称对不上。${rest.zh}`,
        en: `An invisible character is here: ${names.en}, most likely carried in by copying from a web page or document; it makes names that look the same fail to match.${rest.en}`,
      },
      positions.position(run.offset),
      {
        zh: `删除该字符（${run.chars.map(codePoint).join('、')}）：把光标移到这里，删去后重新输入前后的文字。`,
        en: `Delete the character (${run.chars.map(codePoint).join(', ')}): put the cursor here, delete it and retype the text around it.`,
      },
    );
  });
  return findings;
}

/**
 * Parses catalogue YAML text (already decoded) into the model plus a position lookup. `maxNodes`:
 * a file with more keys and values is refused before its data is built (see LoadLimits).
 */
export function loadYamlText(text: string, file: string, extra: Finding[] = [], maxNodes = defaultLoadLimits.maxNodes): LoadedCatalogue {
  const findings: Finding[] = [...extra];

  if (isBlank(text)) {
    findings.push(
      loadFinding(file, 'parse/empty', 'empty', 'error', { zh: '文件为空：没有任何目录内容。', en: 'The file is empty: it holds no catalogue.' }, undefined, {
        zh: '用 `gkml init` 生成一个目录模板，再填写事项。',
        en: 'Run `gkml init` to create a catalogue template, then fill in the items.',
      }),
    );
    return failedLoad(file, 'yaml', findings, text);
  }

  // Line ends: a lone CR (old Mac tools, or lines pasted from one) becomes an LF. One character
  // for one, so every offset stays where it was; code frames and the parser see ordinary lines.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const positions = new TextPositions(source);
  const failed = (): LoadedCatalogue => failedLoad(file, 'yaml', findings, source);

  // One scan for anything out of the ordinary: control, invisible and non-characters, and
  // unpaired surrogates. js-yaml refuses the control characters the `yaml` package read as text:
  // parse a copy where each is a harmless letter (same length, so the same offsets) and build
  // the data from the original.
  const unusual = UNUSUAL.test(source) || !isWellFormed(source);
  const parsed = unusual ? source.replace(NON_PRINTABLE, 'x') : source;

  const events = parseCatalogue(parsed);
  if (events instanceof Error) {
    const problem =
      events instanceof YAMLException
        ? diagnoseParseError(source, events.reason, events.mark?.position ?? 0)
        : syntaxProblem('unknown', 0, events.message);
    findings.push(syntaxFinding(file, positions, problem));
    if (unusual) findings.push(...invisibleFindings(file, source, positions, undefined));
    return failed();
  }
  const secondDocument = () => {
    const at = secondDocumentMarker(source);
    findings.push(syntaxFinding(file, positions, syntaxProblem('multiple-documents', at === -1 ? 0 : at)));
    return failed();
  };

  // Events are nodes and the ends of collections: only a file with that many events can be over.
  if (events.length > maxNodes) {
    const over = nodeBeyond(events, maxNodes);
    if (over) {
      findings.push({ ...tooManyNodes(file, over.count, maxNodes), location: { file, ...positions.position(over.offset) } });
      return failed();
    }
  }
  const locator = new EventLocator(file, source, events, positions);
  const empty = events.length < 2 || events[0]!.type !== DOCUMENT;
  if (empty || events[1]!.type !== MAPPING) {
    if (!empty && events.some((e, i) => i > 0 && e.type === DOCUMENT)) return secondDocument();
    findings.push(
      loadFinding(
        file,
        'parse/not-catalogue',
        'not-mapping',
        'error',
        { zh: '这不是目录文件：顶层应为键值映射（gkml、domain、region、items 等）。', en: 'This is not a catalogue: the top level must be a mapping (gkml, domain, region, items, ...).' },
        empty ? undefined : positions.position(locator.rootStart()),
        { zh: '参照 catalogues/examples/ 中的示例文件编写。', en: 'Follow the example files in catalogues/examples/.' },
      ),
    );
    return failed();
  }

  if (source.includes('*')) {
    const problem = checkAliases(events, source);
    if (problem) {
      findings.push(aliasFinding(file, positions, problem.kind, problem.offset, problem.name));
      return failed();
    }
  }

  let documents: unknown[];
  try {
    // Merge work is bounded by the alias check above (merged keys are counted there).
    documents = constructFromEvents(events, { source, schema: catalogueSchema, maxTotalMergeKeys: -1 });
  } catch (error) {
    if (events.some((e, i) => i > 0 && e.type === DOCUMENT)) return secondDocument();
    findings.push(...constructFindings(file, source, events, positions, error));
    return failed();
  }
  if (documents.length > 1) return secondDocument();
  const data = documents[0];

  if (unusual) findings.push(...invisibleFindings(file, source, positions, events));
  // Suppression comments: one indexOf for a file without any (see directives.ts).
  const directives = readDirectives(file, source, events, positions);
  return {
    file,
    data,
    catalogue: data as Catalogue,
    locator,
    text: source,
    format: 'yaml',
    findings,
    ok: true,
    ...(directives.length > 0 ? { directives } : {}),
  };
}

/**
 * When the events hold more than `max` nodes (scalars, collections, aliases): how many, and
 * where the first node past the limit starts, so the refusal points at where the file outgrew it.
 */
function nodeBeyond(events: readonly Event[], max: number): { count: number; offset: number } | undefined {
  let count = 0;
  let offset = -1;
  for (const e of events) {
    if (e.type === POP || e.type === DOCUMENT) continue;
    count++;
    // An empty value (an implicit null) has no place of its own: the next node with one stands in.
    if (count > max && offset === -1) offset = e.type === SCALAR ? e.valueStart : e.type === ALIAS ? e.anchorStart : e.start;
  }
  return count > max ? { count, offset: Math.max(offset, 0) } : undefined;
}

/** js-yaml's events for the text, or the error it stopped at. */
function parseCatalogue(text: string): Event[] | Error {
  try {
    return parseEvents(text, {});
  } catch (error) {
    if (error instanceof YAMLException && /deficient indentation/.test(error.reason) && /[\]}]/.test(text[error.mark?.position ?? -1] ?? '')) {
      const joined = reparseWithClosingBrackets(text);
      if (joined) return joined;
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Parses again with closing brackets that start a line joined to the line before (see
 * joinClosingBrackets): the events, or the new error. Refused (the original error stands) if the
 * joining touched any value.
 */
function reparseWithClosingBrackets(text: string): Event[] | Error | undefined {
  const { text: joined, blanked } = joinClosingBrackets(text);
  if (blanked.length === 0) return undefined;
  let events: Event[];
  try {
    events = parseEvents(joined, {});
  } catch (error) {
    return error instanceof Error ? error : undefined;
  }
  let b = 0;
  for (const e of events) {
    if (e.type !== SCALAR || e.valueStart === -1) continue;
    while (b < blanked.length && blanked[b]![1] <= e.valueStart) b++;
    if (b < blanked.length && blanked[b]![0] < e.valueEnd) return undefined;
  }
  return events;
}

/** Decodes raw bytes (UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 with BOM) and loads them as catalogue YAML. */
export function loadYamlBytes(bytes: Uint8Array, file: string, maxNodes = defaultLoadLimits.maxNodes): LoadedCatalogue {
  if (looksBinary(bytes)) {
    const finding = loadFinding(
      file,
      'parse/not-catalogue',
      'binary',
      'error',
      { zh: '这是二进制文件，不是 YAML 目录。', en: 'This is a binary file, not a YAML catalogue.' },
      undefined,
      { zh: '目录应为 .yaml 文本文件；Excel 表格请用 .xlsx 扩展名。', en: 'Catalogues are .yaml text files; give Excel sheets the .xlsx extension.' },
    );
    return failedLoad(file, 'yaml', [finding]);
  }
  const decoded = decodeText(bytes);
  const extra: Finding[] = [];
  if (decoded.encoding === 'gb18030' || decoded.encoding.startsWith('utf-16') || decoded.encoding.startsWith('utf-32')) {
    const name = decoded.encoding === 'gb18030' ? 'GBK/GB18030' : decoded.encoding.toUpperCase();
    extra.push(
      loadFinding(
        file,
        'parse/encoding',
        'encoding',
        'warning',
        { zh: `文件以 ${name} 编码保存，已自动转换读取。`, en: `The file is saved in ${name}; it was decoded automatically.` },
        undefined,
        { zh: '请在编辑器中另存为 UTF-8 编码，便于版本管理和其他工具读取。', en: 'Save it as UTF-8 so version control and other tools read it correctly.' },
      ),
    );
  }
  if (decoded.replaced && decoded.replaced.length > 0) extra.push(...invalidByteFindings(file, decoded.text, decoded.replaced));
  return loadYamlText(decoded.text, file, extra, maxNodes);
}

/**
 * One finding per line that held bytes which are not UTF-8 in an otherwise UTF-8 file. An error:
 * the character meant there is lost (the text now holds "�" in its place), and what the file
 * would publish is wrong until someone retypes it.
 */
function invalidByteFindings(file: string, text: string, replaced: readonly number[]): Finding[] {
  const positions = new TextPositions(text);
  const lines = new Map<number, { at: { line: number; column: number }; count: number }>();
  for (const offset of replaced) {
    const at = positions.position(offset);
    const known = lines.get(at.line);
    if (known) known.count++;
    else lines.set(at.line, { at, count: 1 });
  }
  return [...lines.values()].slice(0, MAX_LISTED).map(({ at, count }) =>
    loadFinding(
      file,
      'parse/invalid-byte',
      'invalid-byte',
      'error',
      {
        zh: `这一行有 ${count} 处字节不是有效的 UTF-8 编码（文件其余部分是 UTF-8），已替换为“�”，原来的字无法还原。`,
        en: `${count === 1 ? 'A byte' : `${count} byte sequences`} on this line ${count === 1 ? 'is' : 'are'} not valid UTF-8 (the rest of the file is UTF-8); replaced by "�", the character meant cannot be recovered.`,
      },
      at,
      {
        zh: '在编辑器中找到“�”，重新输入原来的字，并以 UTF-8 编码保存。',
        en: 'Find the "�" in an editor, retype the character that belongs there and save the file as UTF-8.',
      },
    ),
  );
}

function aliasFinding(file: string, positions: TextPositions, kind: 'unknown' | 'recursive' | 'bomb', offset?: number, name?: string): Finding {
  const at = offset === undefined ? undefined : positions.position(offset);
  if (kind === 'bomb') {
    return loadFinding(
      file,
      'parse/syntax',
      'alias-bomb',
      'error',
      {
        zh: 'YAML 别名（*引用）展开后过于庞大，疑似“别名炸弹”，未读取。',
        en: 'The YAML aliases (*references) expand to an excessive size, like an alias bomb; the file was not read.',
      },
      undefined,
      { zh: '把多层嵌套的锚点（&）和别名（*）改写为直接填写的内容。', en: 'Write the nested anchors (&) and aliases (*) out in full.' },
    );
  }
  if (kind === 'recursive') {
    return loadFinding(
      file,
      'parse/syntax',
      'recursive-alias',
      'error',
      { zh: `YAML 别名 *${name} 写在了锚点 &${name} 所标记的内容之中，引用了自身。`, en: `The YAML alias *${name} is inside the very content its anchor &${name} marks: it refers to itself.` },
      at,
      { zh: `别名 *${name} 只能写在 &${name} 所标记的内容之后。`, en: `Use *${name} only after the content marked &${name} has ended.` },
    );
  }
  return loadFinding(
    file,
    'parse/syntax',
    'unknown-alias',
    'error',
    { zh: `YAML 别名 *${name} 找不到对应的锚点 &${name}。`, en: `The YAML alias *${name} has no matching anchor &${name}.` },
    at,
    { zh: `锚点 &${name} 须写在别名之前，且拼写一致。`, en: `The anchor &${name} must come before the alias, spelled the same way.` },
  );
}

/** Findings for an error js-yaml raised while building the data. */
function constructFindings(file: string, source: string, events: readonly Event[], positions: TextPositions, error: unknown): Finding[] {
  if (!(error instanceof YAMLException)) throw error;
  const reason = error.reason;
  const offset = error.mark?.position ?? 0;
  if (/duplicated mapping key/.test(reason)) {
    const repeats = duplicateKeys(events, source, (e) => getScalarValue(source, e));
    const places = repeats.length > 0 ? repeats : [offset];
    // The first fifty, the last of them counting the rest, as for invisible characters.
    const listed = places.slice(0, MAX_LISTED);
    return listed.map((at, i) => {
      const rest = unlisted(i === listed.length - 1 ? places.length - listed.length : 0);
      return loadFinding(
        file,
        'parse/duplicate-key',
        'duplicate-key',
        'error',
        { zh: `重复的键：同一层级中同名的键只能出现一次。${rest.zh}`, en: `Duplicate key: a key may appear only once at the same level.${rest.en}` },
        positions.position(at),
        { zh: '删除或合并重复的键。', en: 'Remove or merge the repeated key.' },
      );
    });
  }
  const alias = /alias "(.*)"/.exec(reason);
  if (/unidentified alias/.test(reason)) return [aliasFinding(file, positions, 'unknown', offset - 1, alias?.[1])];
  if (/recursive alias/.test(reason)) return [aliasFinding(file, positions, 'recursive', offset - 1, alias?.[1])];
  if (/merge/.test(reason)) {
    return [
      loadFinding(
        file,
        'parse/syntax',
        'bad-merge',
        'error',
        { zh: '合并键 << 只能合并键值映射（或指向映射的别名）。', en: 'A merge key << can only merge mappings (or aliases of mappings).' },
        positions.position(offset),
        { zh: '让 << 指向一个事项或键值映射的锚点。', en: 'Point << at the anchor of an item or another mapping.' },
      ),
    ];
  }
  if (/aliases exceeded/.test(reason)) return [aliasFinding(file, positions, 'bomb')];
  return [syntaxFinding(file, positions, syntaxProblem('unknown', offset, reason))];
}
