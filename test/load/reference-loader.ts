// The YAML loader gkml used before the js-yaml one (the `yaml` package's parseDocument + toJS),
// frozen as it was. It is not used by the program: test/load/yaml-differential.test.ts loads
// every catalogue with both and asserts the data and every located position are the same.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLError, type YAMLMap } from 'yaml';
import type { Catalogue, Finding, JsonPath, LoadedCatalogue, SourceLocation, SourceLocator } from '../../src/model/index.js';
import { failedLoad } from '../../src/load/failed.js';

/** The old position table: line ends are LF (CRLF counts by its LF). */
class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    let column = 1;
    for (let i = start; i < clamped; i++) {
      const code = this.text.charCodeAt(i);
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: lo + 1, column };
  }
}

/** Locates paths by walking the yaml AST; positions are computed only when asked for. */
class YamlLocator implements SourceLocator {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly positions: TextPositions,
  ) {}

  locate(path: JsonPath, target: 'key' | 'value' = 'value'): SourceLocation | undefined {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = this.findPair(node, String(segment), 0);
        if (!pair) break;
        keyNode = pair.key;
        // `key: ` with nothing after it has no value node; point at the key instead.
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const chosen = (target === 'key' && keyNode ? keyNode : node) as Node | undefined;
    const range = chosen?.range ?? (this.doc.contents as Node | null)?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const start = this.positions.position(range[0]);
    const end = this.positions.position(range[1]);
    return { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /**
   * The pair for `key` in a mapping, or in the mappings it merges with `<<: *anchor`: a value a
   * clerk wrote once under an anchor is then pointed at where it is written.
   */
  private findPair(map: YAMLMap, key: string, depth: number): Pair | undefined {
    const own = map.items.find((p) => isPair(p) && isScalar(p.key) && !isMergeKey(p.key) && String(p.key.value) === key);
    if (own || depth > 20) return own;
    for (const p of map.items) {
      if (!isScalar(p.key) || !isMergeKey(p.key)) continue;
      const sources = isSeq(p.value) ? p.value.items : [p.value];
      for (const source of sources) {
        const resolved = isAlias(source) ? source.resolve(this.doc) : source;
        if (!isMap(resolved)) continue;
        const found = this.findPair(resolved, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }
}

function isMergeKey(key: Scalar): boolean {
  return typeof key.value === 'symbol' && key.value.description === '<<';
}

function loadFinding(
  file: string,
  ruleId: string,
  severity: Finding['severity'],
  zh: string,
  en: string,
  at?: { line: number; column: number },
  hint?: { zh: string; en: string },
): Finding {
  return {
    ruleId,
    severity,
    message: { zh, en },
    ...(hint ? { hint } : {}),
    file,
    location: { file, line: at?.line ?? 1, column: at?.column ?? 1 },
  };
}

/** Parses catalogue YAML text (already decoded) into the model plus a position lookup. */
export function loadYamlTextReference(text: string, file: string, extra: Finding[] = []): LoadedCatalogue {
  const positions = new TextPositions(text);
  const findings: Finding[] = [...extra];
  const failed = (): LoadedCatalogue => failedLoad(file, 'yaml', findings, text);

  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    findings.push(
      loadFinding(file, 'parse/empty', 'error', '文件为空：没有任何目录内容。', 'The file is empty: it holds no catalogue.', undefined, {
        zh: '用 `gkml init` 生成一个目录模板，再填写事项。',
        en: 'Run `gkml init` to create a catalogue template, then fill in the items.',
      }),
    );
    return failed();
  }

  // Merge keys (`<<: *item`) are honoured as most YAML tools and editors do: clerks use them to
  // write the elements shared by many items once.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
  for (const error of doc.errors) {
    const pos = positions.position(errorOffset(doc, error));
    const duplicate = error.code === 'DUPLICATE_KEY';
    const syntax = syntaxMessage(error);
    findings.push(
      loadFinding(
        file,
        duplicate ? 'parse/duplicate-key' : 'parse/syntax',
        'error',
        duplicate ? `重复的键：同一层级中同名的键只能出现一次。` : `YAML 语法错误：${syntax.zh}`,
        duplicate ? 'Duplicate key: a key may appear only once at the same level.' : `YAML syntax error: ${syntax.en}`,
        pos,
        duplicate
          ? { zh: '删除或合并重复的键。', en: 'Remove or merge the repeated key.' }
          : { zh: '检查该行的缩进、冒号和引号是否成对。', en: 'Check indentation, colons and matching quotes on that line.' },
      ),
    );
  }
  if (doc.errors.length > 0) return failed();

  const contents = doc.contents;
  if (!isMap(contents)) {
    const pos = contents?.range ? positions.position(contents.range[0]) : undefined;
    findings.push(
      loadFinding(
        file,
        'parse/not-catalogue',
        'error',
        '这不是目录文件：顶层应为键值映射（gkml、domain、region、items 等）。',
        'This is not a catalogue: the top level must be a mapping (gkml, domain, region, items, ...).',
        pos,
        { zh: '参照 catalogues/examples/ 中的示例文件编写。', en: 'Follow the example files in catalogues/examples/.' },
      ),
    );
    return failed();
  }

  // yaml's default limit (100 alias uses) is hit by an ordinary catalogue that writes
  // `channels: *std` on every item; the limit is there against alias bombs, whose expansion
  // runs to millions, so a generous bound keeps the protection.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10_000 }) as unknown;
  } catch (error) {
    // Alias problems surface only when the document is converted: a typo in an anchor name, a
    // merge of a list, an alias bomb. They are the clerk's mistakes, not gkml's.
    findings.push(aliasFinding(file, doc, positions, error));
    return failed();
  }
  return {
    file,
    data,
    catalogue: data as Catalogue,
    locator: new YamlLocator(file, doc, positions),
    text,
    format: 'yaml',
    findings,
    ok: true,
  };
}

function aliasFinding(file: string, doc: Document, positions: TextPositions, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  const at = (node: Node | undefined) => (node?.range ? positions.position(node.range[0]) : undefined);
  if (/excessive alias count/i.test(message)) {
    return loadFinding(
      file,
      'parse/syntax',
      'error',
      'YAML 别名（*引用）展开后过于庞大，疑似“别名炸弹”，未读取。',
      'The YAML aliases (*references) expand to an excessive size, like an alias bomb; the file was not read.',
      undefined,
      { zh: '把多层嵌套的锚点（&）和别名（*）改写为直接填写的内容。', en: 'Write the nested anchors (&) and aliases (*) out in full.' },
    );
  }
  let unresolved: Alias | undefined;
  let badMerge: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!unresolved && node.resolve(doc) === undefined) unresolved = node;
    },
    Pair(_, pair) {
      if (badMerge || !isScalar(pair.key) || !isMergeKey(pair.key)) return;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      const ok = sources.every((s) => isMap(isAlias(s) ? s.resolve(doc) : s));
      if (!ok) badMerge = pair.key;
    },
  });
  if (unresolved) {
    const name = unresolved.source;
    return loadFinding(
      file,
      'parse/syntax',
      'error',
      `YAML 别名 *${name} 找不到对应的锚点 &${name}。`,
      `The YAML alias *${name} has no matching anchor &${name}.`,
      at(unresolved),
      { zh: `锚点 &${name} 须写在别名之前，且拼写一致。`, en: `The anchor &${name} must come before the alias, spelled the same way.` },
    );
  }
  if (badMerge) {
    return loadFinding(
      file,
      'parse/syntax',
      'error',
      '合并键 << 只能合并键值映射（或指向映射的别名）。',
      'A merge key << can only merge mappings (or aliases of mappings).',
      at(badMerge),
      { zh: '让 << 指向一个事项或键值映射的锚点。', en: 'Point << at the anchor of an item or another mapping.' },
    );
  }
  return loadFinding(file, 'parse/syntax', 'error', `YAML 语法错误：${firstLine(message)}`, `YAML syntax error: ${firstLine(message)}`);
}

/**
 * Where to point a syntax error. An unclosed quote runs to the end of the file, where yaml
 * reports it; the clerk needs the line where the quote opens.
 */
function errorOffset(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return at;
  let open: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[1] === at) open = node.range[0];
    },
  });
  return open ?? at;
}

// The yaml library's messages are English and written for programmers; the common ones are
// told in the clerk's terms. Anything else keeps the library's wording.
const syntaxMessages: Array<{ test: (e: YAMLError) => boolean; zh: string; en: string }> = [
  {
    test: (e) => e.code === 'MULTIPLE_DOCS',
    zh: '一个文件只能写一个目录，这里出现了第二个文档分隔符 ---。',
    en: 'A file holds one catalogue, but a second document separator --- starts here.',
  },
  { test: (e) => e.code === 'TAB_AS_INDENT', zh: '缩进中用了制表符（Tab），YAML 只能用空格缩进。', en: 'Tabs are not allowed as indentation; indent with spaces.' },
  { test: (e) => e.code === 'MISSING_CHAR' && /quote/i.test(e.message), zh: '引号没有闭合：从这里开始的引号找不到对应的结束引号。', en: 'Missing closing quote: the quote that opens here is never closed.' },
  {
    test: (e) => /Flow sequence .*\]/.test(e.message),
    zh: '方括号 [ ] 没有闭合（或续行缩进不够）。',
    en: 'A [ ] list is not closed (or its continuation line is not indented enough).',
  },
  {
    test: (e) => /Flow map .*\}/.test(e.message),
    zh: '花括号 { } 没有闭合（或续行缩进不够）。',
    en: 'A { } mapping is not closed (or its continuation line is not indented enough).',
  },
  {
    test: (e) => e.code === 'MULTILINE_IMPLICIT_KEY' || /Implicit map keys need to be followed by map values/.test(e.message),
    zh: '这一行不是“键: 值”的写法：缺少半角冒号加空格（全角冒号“：”不算），或上一行没有写完。',
    en: 'This line is not "key: value": the ASCII colon and space are missing (a full-width "：" does not count), or the line before is unfinished.',
  },
  { test: (e) => /must start at the same column/.test(e.message), zh: '缩进不一致：同一层级的各项必须从同一列开始。', en: 'Inconsistent indentation: entries at the same level must start in the same column.' },
  {
    test: (e) => /Nested mappings are not allowed in compact mappings/.test(e.message),
    zh: '一行中出现了两个“键: ”；值中含有冒号加空格时，请给整个值加引号。',
    en: 'Two "key: " on one line; quote the whole value when it contains a colon and a space.',
  },
];

function syntaxMessage(error: YAMLError): { zh: string; en: string } {
  const known = syntaxMessages.find((m) => m.test(error));
  if (known) return { zh: known.zh, en: known.en };
  const text = firstLine(error.message);
  return { zh: text, en: text };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
