// `gkml web` without a browser: the bundle is free of Node, the page is small and self-contained,
// the baked-in baseline is the province's own text, and bad input ends in a located message.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fixture, root } from '../helpers.js';
import { gkml, writePage } from './page.js';

const bundle = join(root, 'dist', 'web-page', 'gkml-web.js');

describe('the browser bundle', () => {
  it('imports nothing from Node: no node: module, no require of a built-in', () => {
    const js = readFileSync(bundle, 'utf8');
    expect(js.match(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']node:[\w/]+["']/g) ?? []).toEqual([]);
    const builtins = ['fs', 'path', 'zlib', 'module', 'url', 'os', 'crypto', 'child_process', 'worker_threads', 'stream'];
    const required = [...js.matchAll(/\brequire\s*\(\s*["']([\w/:-]+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.filter((name) => builtins.includes(name!))).toEqual([]);
  });

  it('needs no eval (the page\'s CSP allows none): the site templates come precompiled', () => {
    const js = readFileSync(bundle, 'utf8');
    // Each page and partial of templates/site, as handlebars' precompiler writes them.
    const specs = js.match(/compiler:\[8,">= 4\.3\.0"\]/g) ?? [];
    const templates = readdirSync(join(root, 'templates', 'site')).filter((n) => n.endsWith('.hbs')).length + readdirSync(join(root, 'templates', 'site', 'partials')).length;
    expect(specs.length).toBe(templates);
  });
});

describe('gkml web', () => {
  it('writes index.html, its script, stylesheet and settings, under 4 MB in all', () => {
    const dir = writePage();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['gkml-config.js', 'gkml-web.css', 'gkml-web.js', 'index.html']);
    const total = files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    expect(total).toBeLessThan(4 * 1024 * 1024);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const name of files.filter((n) => n !== 'index.html' && n !== 'gkml-web.css')) expect(html).toContain(`<script src="${name}" defer></script>`);
  });

  it('bakes a province\'s baseline into the settings as its text, and the language given', () => {
    const province = fixture('baselines/complete.yaml');
    const dir = writePage('--baseline', province);
    const sandbox: { globalThis?: unknown; GKML_WEB_CONFIG?: { lang: string; baseline: { name: string; text: string } } } = {};
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(join(dir, 'gkml-config.js'), 'utf8'), sandbox);
    expect(sandbox.GKML_WEB_CONFIG).toEqual({ lang: 'zh', baseline: { name: 'complete.yaml', text: readFileSync(province, 'utf8') } });
    const en = mkdtempSync(join(tmpdir(), 'gkml-web-en-'));
    expect(gkml(['--lang', 'en', 'web', '-o', en]).status).toBe(0);
    expect(readFileSync(join(en, 'gkml-config.js'), 'utf8')).toContain('{"lang":"en"}');
  });

  it('refuses a baseline that is not one, naming the file, and writes nothing', () => {
    const work = mkdtempSync(join(tmpdir(), 'gkml-web-bad-'));
    const bad = join(work, 'province.yaml');
    writeFileSync(bad, 'id: x\nitems: [1, 2\n');
    const out = join(work, 'out');
    const run = gkml(['web', '-o', out, '--baseline', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`基线目录 ${bad}:2:8：YAML 语法错误`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(() => readdirSync(out)).toThrow();
  });

  it('never overwrites the baseline it bakes in', () => {
    const out = mkdtempSync(join(tmpdir(), 'gkml-web-in-'));
    const inside = join(out, 'gkml-config.js');
    copyFileSync(fixture('baselines/complete.yaml'), inside);
    const run = gkml(['web', '-o', out, '--baseline', inside]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不能覆盖');
    expect(readFileSync(inside, 'utf8')).toBe(readFileSync(fixture('baselines/complete.yaml'), 'utf8'));
  });

  it('says where it cannot write, with exit code 2', () => {
    const work = mkdtempSync(join(tmpdir(), 'gkml-web-file-'));
    const file = join(work, 'taken');
    writeFileSync(file, 'x');
    const run = gkml(['web', '-o', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
