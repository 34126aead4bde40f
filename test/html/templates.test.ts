import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

// Static guarantees about the site sources: escaping cannot be switched off, nothing inline that
// the Content-Security-Policy would have to allow, nothing fetched from elsewhere.

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const templateFiles = walk(join(root, 'templates'));
const hbs = templateFiles.filter((f) => f.endsWith('.hbs'));
const read = (f: string) => readFileSync(f, 'utf8');
const name = (f: string) => relative(root, f);

describe('site templates', () => {
  it('exist', () => {
    expect(hbs.map(name)).toEqual(expect.arrayContaining(['templates/site/index.hbs', 'templates/site/catalogue.hbs']));
  });

  it('never use triple-stash or {{& }}, which skip escaping', () => {
    for (const f of hbs) {
      expect(read(f), name(f)).not.toMatch(/\{\{\{|\{\{~?\s*&/);
    }
  });

  it('quote every attribute that holds a value (escaping is only safe inside quotes)', () => {
    for (const f of hbs) expect(read(f), name(f)).not.toMatch(/=\s*\{\{/);
  });

  it('have no inline scripts, event handlers or style attributes', () => {
    for (const f of hbs) {
      const text = read(f);
      expect(text, name(f)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(text, name(f)).not.toMatch(/\son[a-z]+\s*=/i);
      expect(text, name(f)).not.toMatch(/\sstyle\s*=/i);
      expect(text, name(f)).not.toMatch(/javascript:/i);
    }
  });

  it('fetch nothing from outside the site', () => {
    for (const f of templateFiles.filter((f) => /\.(hbs|css|js)$/.test(f))) {
      const text = read(f);
      expect(text, name(f)).not.toMatch(/(?:src|href)\s*=\s*"(?:https?:)?\/\//i);
      expect(text, name(f)).not.toMatch(/url\(|@import|@font-face/i);
    }
  });

  it('print in landscape with the table header repeated on every page', () => {
    const css = read(join(root, 'templates', 'site', 'gkml.css'));
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/@page\s*\{[^}]*size:\s*A4 landscape/);
    expect(print).toMatch(/thead\s*\{[^}]*display:\s*table-header-group/);
  });

  it('the site code never marks a string as safe HTML', () => {
    for (const f of walk(join(root, 'src', 'emit', 'html'))) expect(read(f), name(f)).not.toMatch(/SafeString|noEscape/);
  });
});
