#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) and the worker thread's entry into dist/cli-bundle/,
// which bin/gkml.js and the worker pool run.
// Resolving and compiling ~140 small modules was most of a one-file check's start-up; one
// bundle (split at the dynamic imports, so each command still loads only what it uses) cuts
// that, in the CLI and in each worker thread. The library (dist/index.js) stays tsc's output.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// esbuild names chunks by content hash and never deletes old ones: without this, every build
// left its chunks behind, and `npm pack` shipped hundreds of stale files.
rmSync('dist/cli-bundle', { recursive: true, force: true });

await build({
  entryPoints: { gkml: 'dist/cli/main.js', worker: 'dist/engine/worker.js' },
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded by path or through their own files at run time: piscina starts its worker script
  // from its own folder; exceljs, handlebars and docx are large and only some commands need them.
  external: ['piscina', 'exceljs', 'handlebars', 'docx'],
  // CommonJS packages bundled into ESM call require(): give them one.
  banner: { js: "import { createRequire as gkmlCreateRequire } from 'node:module'; const require = gkmlCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
