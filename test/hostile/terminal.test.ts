// src/text/terminal.ts: what the terminal formats pass every file name and value through.
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeLine } from '../../src/text/terminal.js';

describe('terminalSafe', () => {
  it('escapes C0 and C1 controls, DEL, and every bidi control', () => {
    expect(terminalSafe('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(terminalSafe('x\ry')).toBe('x\\x0dy');
    expect(terminalSafe('\u0007\u007f\u0085\u009b')).toBe('\\x07\\x7f\\x85\\x9b');
    for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(terminalSafe(`a${ch}b`)).toBe(`a\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    }
  });

  it('shows the zero-width characters that would make two equal-looking names differ', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      expect(terminalSafe(`就业${ch}政策`)).toBe(`就业\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}政策`);
    }
  });

  it('keeps newlines and tabs (code frames), and Chinese text, full-width punctuation and emoji as they are', () => {
    const text = '就业〔2015〕23号：《条例》（第711号）\n\t✓ 😀';
    expect(terminalSafe(text)).toBe(text);
  });

  it('terminalSafeLine also escapes newlines and tabs: one line stays one line', () => {
    expect(terminalSafeLine('a\nb\tc')).toBe('a\\x0ab\\x09c');
  });

  it('the escaped text contains no character it would escape again', () => {
    const all = Array.from({ length: 0x2070 }, (_, i) => String.fromCharCode(i)).join('');
    const once = terminalSafeLine(all);
    expect(terminalSafeLine(once)).toBe(once);
    expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
