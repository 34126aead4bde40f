import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package root holds package.json. Compiled files live in dist/ (or dist/cli-bundle/),
// sources in src/: the root is the nearest folder above them with a package.json.
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(from, '..');
  }
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const baselinesDir = join(packageRoot, 'catalogues', 'baselines');
export const schemasDir = join(packageRoot, 'schemas');
export const templatesDir = join(packageRoot, 'templates');
/** The browser checker's bundled assets (scripts/bundle-web.mjs), which `gkml web` copies. */
export const webPageDir = join(packageRoot, 'dist', 'web-page');
