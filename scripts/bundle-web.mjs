#!/usr/bin/env node
// Bundles the browser checker (src/web/main.ts) into dist/web-page/: index.html, its stylesheet
// and one script, which `gkml web` copies as they are. The page runs the CLI's own loaders, rules
// and baselines; three leaf modules that need Node are swapped for browser ones of the same
// contract (the "browser" field pattern, kept to this table), Buffer comes from the buffer
// package, and the bundled baselines are compiled in as text. The result must hold no `node:`
// import (test/web/bundle.test.ts).
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web-page');

/** Node-only module → its browser counterpart (paths relative to the package root). */
const substitutes = new Map(
  Object.entries({
    'src/load/xlsx/inflate.ts': 'src/web/shims/inflate.ts',
    'src/load/yaml/js-yaml.ts': 'src/web/shims/js-yaml.ts',
    'src/calendar/holiday-data.ts': 'src/web/shims/holiday-data.ts',
  }).map(([from, to]) => [join(root, from), join(root, to)]),
);

const browserModules = {
  name: 'gkml-browser-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      const swapped = substitutes.get(target);
      return swapped ? { path: swapped } : undefined;
    });
    b.onResolve({ filter: /^gkml:(baselines|site-templates)$/ }, (args) => ({ path: args.path.slice('gkml:'.length), namespace: 'gkml' }));
    b.onLoad({ filter: /^site-templates$/, namespace: 'gkml' }, siteTemplates);
    b.onLoad({ filter: /^baselines$/, namespace: 'gkml' }, async () => {
      const dir = join(root, 'catalogues', 'baselines');
      const texts = {};
      for (const name of (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort()) {
        texts[name.slice(0, -'.yaml'.length)] = await readFile(join(dir, name), 'utf8');
      }
      return { contents: `export default ${JSON.stringify(texts)};`, loader: 'js' };
    });
  },
};

/**
 * The public site's templates, precompiled (the page's CSP allows no eval, which compiling at
 * run time needs) with the options src/emit/html/site.ts compiles them with, and its assets.
 */
async function siteTemplates() {
  const dir = join(root, 'templates', 'site');
  const hb = Handlebars.create();
  const options = { strict: true, preventIndent: true };
  const spec = async (file) => hb.precompile(await readFile(join(dir, file), 'utf8'), options);
  const lines = ["import Handlebars from 'handlebars/runtime';", 'const hb = Handlebars.create();'];
  for (const name of (await readdir(join(dir, 'partials'))).filter((n) => n.endsWith('.hbs')).sort()) {
    lines.push(`hb.registerPartial(${JSON.stringify(name.slice(0, -4))}, hb.template(${await spec(join('partials', name))}));`);
  }
  const pages = [];
  for (const name of ['index', 'catalogue', 'review']) pages.push(`${name}: hb.template(${await spec(`${name}.hbs`)})`);
  lines.push(`export const templates = { ${pages.join(', ')} };`);
  const assets = {};
  for (const name of ['gkml.css', 'gkml.js', 'favicon.svg']) assets[name] = await readFile(join(dir, name), 'utf8');
  lines.push(`export const assets = ${JSON.stringify(assets)};`);
  return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: { 'gkml-web': join(root, 'src', 'web', 'main.ts') },
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  inject: [join(root, 'src', 'web', 'shims', 'buffer.ts')],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [browserModules],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
for (const name of ['index.html', 'gkml-web.css']) await copyFile(join(root, 'templates', 'web', name), join(out, name));
if (process.env.GKML_WEB_METAFILE) {
  const inputs = Object.entries(result.metafile.outputs[relative(root, join(out, 'gkml-web.js'))]?.inputs ?? {});
  for (const [file, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 25)) console.log(bytesInOutput, file);
}
