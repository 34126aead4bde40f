// Applies findings' fixes to YAML source text. The yaml Document API finds each target Scalar
// and renders its new value in the scalar's own style; only that scalar's source range is
// replaced. Re-stringifying the whole document would also re-pad flow sequences and re-align
// comments on lines nobody asked to change.
import { Document, isCollection, isScalar, parseDocument, Scalar, type Node } from 'yaml';
import type { Fix, JsonPath } from '../model/index.js';

export type SkipReason = 'not-found' | 'not-scalar' | 'conflict' | 'unsafe';

export interface FixOutcome {
  text: string;
  applied: Fix[];
  skipped: Array<{ fix: Fix; reason: SkipReason }>;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
  fix: Fix;
}

/** True when the node at `path` sits inside a flow collection ([a, b] or {a: b}). */
function inFlowContext(doc: Document, path: JsonPath): boolean {
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true);
    if (isCollection(parent) && parent.flow) return true;
  }
  return false;
}

/**
 * Renders `value` the way `node` is written: same quoting (plain, '…', "…") or block style.
 * Undefined when the style cannot carry the value safely here.
 */
function render(text: string, doc: Document, path: JsonPath, node: Scalar, value: string | readonly string[]): string | undefined {
  if (typeof value !== 'string') return renderList(node, value);
  const scalar = new Scalar(value);
  scalar.type = node.type;
  const flow = inFlowContext(doc, path);
  if (flow && node.type === Scalar.PLAIN && /[,[\]{}]/.test(value)) scalar.type = Scalar.QUOTE_DOUBLE;
  if (flow && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) return undefined;
  const rendered = new Document(scalar).toString({ lineWidth: 0 }).replace(/\n$/, '');
  if (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) {
    // A plain value that needed quotes comes back quoted: still one line, still valid here.
    return rendered.includes('\n') ? undefined : rendered;
  }
  // Block scalars: keep the header, re-indent the body to where the original body sits.
  const [header = '', ...body] = rendered.split('\n');
  // A document-level block scalar has an unindented body; indent it like the original body.
  const firstBodyLine = text.indexOf('\n', node.range![0]) + 1;
  const indent = /^[ ]*/.exec(text.slice(firstBodyLine))![0];
  if (indent === '') return undefined;
  const reindented = body.map((line) => (line === '' ? '' : indent + line));
  // The header line is replaced too: carry its comment (">- # 说明") over, and write the file's
  // own line end (a CRLF file must not get LF lines in the middle).
  const originalHeader = text.slice(node.range![0], firstBodyLine);
  const eol = originalHeader.endsWith('\r\n') ? '\r\n' : '\n';
  const comment = /[ \t]+#.*?(?=\r?\n$|$)/.exec(originalHeader)?.[0] ?? '';
  return [header + comment, ...reindented].join(eol) + eol;
}

/**
 * A list written in place of a scalar, as a one-line flow sequence ([县级, 乡级]): valid where
 * the scalar stood, in block and in flow context alike. Not over a block scalar, whose range
 * takes in the line break after it.
 */
function renderList(node: Scalar, values: readonly string[]): string | undefined {
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined;
  const doc = new Document([...values]);
  (doc.contents as { flow?: boolean }).flow = true;
  const rendered = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  return rendered.includes('\n') ? undefined : rendered;
}

/** A node's value as plain data (getIn gives collections as nodes). */
const plain = (value: unknown): unknown => (isCollection(value) ? value.toJSON() : value);

const sameValue = (actual: unknown, wanted: string | readonly string[]): boolean =>
  typeof wanted === 'string' ? actual === wanted : JSON.stringify(actual) === JSON.stringify(wanted);

/**
 * Applies every fix whose path leads to a scalar, once. Fixes that collide on the same scalar
 * keep the first and skip the rest: the next pass re-checks and offers them again if still due.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const edits: Edit[] = [];
  const skipped: FixOutcome['skipped'] = [];
  const taken = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.path);
    if (taken.has(key)) {
      skipped.push({ fix, reason: 'conflict' });
      continue;
    }
    const node = doc.getIn(fix.path, true) as Node | undefined;
    if (node === undefined || node === null) {
      skipped.push({ fix, reason: 'not-found' });
      continue;
    }
    if (!isScalar(node) || !node.range) {
      skipped.push({ fix, reason: 'not-scalar' });
      continue;
    }
    if (node.value === fix.value) continue;
    const replacement = render(text, doc, fix.path, node, fix.value);
    if (replacement === undefined) {
      skipped.push({ fix, reason: 'unsafe' });
      continue;
    }
    taken.add(key);
    // A block scalar's range takes in its trailing line break, which render() writes back.
    edits.push({ start: node.range[0], end: node.range[1], replacement, fix });
  }
  // The text between the edits and the edits themselves, in order, joined once: splicing each
  // edit into the whole text copied it once per edit (9,990 fixes to a 5 MB file took 50 s).
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(text.slice(from, edit.start), edit.replacement);
    from = edit.end;
  }
  pieces.push(text.slice(from));
  const out = pieces.join('');

  // Never hand back text that does not say what the fixes say: verify by re-parsing, and give
  // up on the whole pass (leaving the file as it was) if anything came out differently.
  const reparsed = parseDocument(out);
  const faithful = reparsed.errors.length === 0 && edits.every((e) => sameValue(plain(reparsed.getIn(e.fix.path)), e.fix.value));
  if (!faithful) return { text, applied: [], skipped: [...skipped, ...edits.map((e) => ({ fix: e.fix, reason: 'unsafe' as const }))] };
  return { text: out, applied: edits.map((e) => e.fix), skipped };
}
