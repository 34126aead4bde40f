import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// Compiled files live in dist/, sources in src/: both sit one level below the package root.
const here = dirname(fileURLToPath(import.meta.url));

export const packageRoot = join(here, '..');
export const baselinesDir = join(packageRoot, 'catalogues', 'baselines');
export const schemasDir = join(packageRoot, 'schemas');
export const templatesDir = join(packageRoot, 'templates');
