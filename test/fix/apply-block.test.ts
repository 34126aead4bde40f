import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFixes } from '../../src/fix/apply.js';

const fix = (path: Array<string | number>, value: string) => ({ path, value });

describe('applyFixes on block scalars', () => {
  // A catalogue saved on Windows: the rewritten block scalar used to come back with LF line ends
  // in the middle of a CRLF file.
  it('keeps CRLF line ends inside a rewritten block scalar', () => {
    const text = 'a: >-\r\n  old text\r\n  more\r\nb: 1\r\n';
    const out = applyFixes(text, [fix(['a'], 'new')]);
    expect(out.text).toBe('a: >-\r\n  new\r\nb: 1\r\n');
    expect(out.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps a comment on the block scalar header', () => {
    const text = 'items:\n  - deadline: >- # 按条例第二十六条\n      old text\n    next: 1\n';
    const out = applyFixes(text, [fix(['items', 0, 'deadline'], 'new text')]);
    expect(out.text).toBe('items:\n  - deadline: >- # 按条例第二十六条\n      new text\n    next: 1\n');
    expect(parse(out.text).items[0].deadline).toBe('new text');
  });
});
