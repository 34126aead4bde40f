import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFixes } from '../../src/fix/apply.js';

const fix = (path: Array<string | number>, value: string) => ({ path, value });

describe('applyFixes', () => {
  it('keeps plain, single- and double-quoted styles and the comments around them', () => {
    const text = "a: old   # note\nb: 'old'\nc: \"old\" # c\n";
    const out = applyFixes(text, [fix(['a'], 'new'), fix(['b'], 'new'), fix(['c'], 'new')]);
    expect(out.text).toBe("a: new   # note\nb: 'new'\nc: \"new\" # c\n");
    expect(out.applied).toHaveLength(3);
    expect(out.skipped).toEqual([]);
  });

  it('re-indents a block scalar to where its body was', () => {
    const text = 'items:\n  - deadline: |-\n      old text\n    next: 1\n';
    const out = applyFixes(text, [fix(['items', 0, 'deadline'], 'new text')]);
    expect(out.text).toBe('items:\n  - deadline: |-\n      new text\n    next: 1\n');
  });

  it('leaves flow sequences unpadded and quotes a plain value that would break them', () => {
    const text = 'mode: [主 动, 依申请]   # keep\nlist: [a, b]\n';
    expect(applyFixes(text, [fix(['mode', 0], '主动')]).text).toBe('mode: [主动, 依申请]   # keep\nlist: [a, b]\n');
    const comma = applyFixes(text, [fix(['list', 1], 'b, c')]);
    expect(parse(comma.text).list).toEqual(['a', 'b, c']);
    expect(comma.text).toContain('[a, "b, c"]');
  });

  it('quotes a value that plain style would read as something else', () => {
    const out = applyFixes('a: x\nb: y\n', [fix(['a'], 'true'), fix(['b'], 'k: v #c')]);
    expect(parse(out.text)).toEqual({ a: 'true', b: 'k: v #c' });
  });

  it('applies thousands of fixes in one pass, each in its place, and lists them in document order', () => {
    const n = 3000;
    const text = Array.from({ length: n }, (_, i) => `k${i}: old${i}   # ${i}\n`).join('');
    // Given out of order: the result and the applied list follow the document, not the input.
    const fixes = Array.from({ length: n }, (_, i) => fix([`k${(i * 7) % n}`], `new${(i * 7) % n}`));
    const out = applyFixes(text, fixes);
    expect(out.text).toBe(Array.from({ length: n }, (_, i) => `k${i}: new${i}   # ${i}\n`).join(''));
    expect(out.applied.map((f) => f.path[0])).toEqual(Array.from({ length: n }, (_, i) => `k${i}`));
    expect(out.skipped).toEqual([]);
  });

  it('keeps CRLF line ends and untouched lines byte for byte', () => {
    const text = 'a: old\r\nb:   [x,y]  # odd spacing\r\n';
    expect(applyFixes(text, [fix(['a'], 'new')]).text).toBe('a: new\r\nb:   [x,y]  # odd spacing\r\n');
  });

  it('skips paths that are missing or not scalars, and a second fix of the same scalar', () => {
    const out = applyFixes('a: 1\nm: { k: v }\n', [fix(['nope'], 'x'), fix(['m'], 'x'), fix(['a'], '2'), fix(['a'], '3')]);
    expect(out.skipped.map((s) => s.reason)).toEqual(['not-found', 'not-scalar', 'conflict']);
    // Fix values are strings: a plain 1 becomes "2", quoted so it stays a string.
    expect(out.text).toBe('a: "2"\nm: { k: v }\n');
  });

  it('does nothing when the value is already right', () => {
    const out = applyFixes('a: same\n', [fix(['a'], 'same')]);
    expect(out).toEqual({ text: 'a: same\n', applied: [], skipped: [] });
  });

  it('refuses a multi-line value for a one-line scalar', () => {
    const out = applyFixes('a: old\n', [fix(['a'], 'two\nlines')]);
    expect(out.text).toBe('a: old\n');
    expect(out.skipped.map((s) => s.reason)).toEqual(['unsafe']);
  });
});
