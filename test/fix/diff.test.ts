import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';

/** Applies a unified diff (as produced here) to `before`; a minimal patch(1) for the tests. */
function applyPatch(before: string, patch: string): string {
  const lines = before.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let cursor = 0;
  const body = patch.split('\n').slice(2);
  for (let k = 0; k < body.length; k++) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(body[k]!);
    if (!header) continue;
    const oldStart = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
    out.push(...lines.slice(cursor, oldStart));
    cursor = oldStart;
    for (k++; k < body.length && !body[k]!.startsWith('@@') && body[k] !== ''; k++) {
      const line = body[k]!;
      if (line[0] === ' ') {
        expect(lines[cursor]).toBe(line.slice(1));
        out.push(line.slice(1));
        cursor++;
      } else if (line[0] === '-') {
        expect(lines[cursor]).toBe(line.slice(1));
        cursor++;
      } else if (line[0] === '+') out.push(line.slice(1));
    }
    k--;
  }
  out.push(...lines.slice(cursor));
  return out.map((l) => l + '\n').join('');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a', 'b')).toBe('');
  });

  it('prints a hunk with three lines of context, deletions first', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n') + '\n';
    const after = before.replace('5', 'five');
    expect(unifiedDiff(before, after, 'a/x.yaml', 'b/x.yaml')).toBe(
      ['--- a/x.yaml', '+++ b/x.yaml', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });

  it('keeps far-apart changes in separate hunks', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'LINE 2\n').replace('line 25\n', 'LINE 25\n');
    expect(unifiedDiff(before, after, 'a', 'b').match(/^@@/gm)).toHaveLength(2);
  });

  it('gives one replace hunk for a changed middle of 200,000 lines, and it still round-trips', () => {
    const lines = (prefix: string) => Array.from({ length: 200_000 }, (_, i) => `${prefix}${i}\n`).join('');
    const before = 'head\n' + lines('old') + 'tail\n';
    const after = 'head\n' + lines('new') + 'tail\n';
    const patch = unifiedDiff(before, after, 'a', 'b');
    expect(patch.split('\n').slice(0, 4)).toEqual(['--- a', '+++ b', '@@ -1,200002 +1,200002 @@', ' head']);
    expect(applyPatch(before, patch)).toBe(after);
  });

  it('round-trips: applying the diff to the old text gives the new text', () => {
    const textArb = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '公开', ''), { maxLength: 30 }).map((ls) => ls.map((l) => l + '\n').join(''));
    fc.assert(
      fc.property(textArb, textArb, (before, after) => {
        const patch = unifiedDiff(before, after, 'a', 'b');
        expect(applyPatch(before, patch)).toBe(patch === '' ? before : after);
      }),
    );
  });
});
