// The pipeline's layering, enforced: cli → engine → config/load/check/report/emit → model.
// Each folder of src/ may import only the folders listed for it; a new edge either fits the
// pipeline or is a design change that belongs in this table (and its commit message).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const src = join(root, 'src');

const analysers = ['basis', 'deadline', 'overlap', 'calendar'];
const allowed: Record<string, readonly string[]> = {
  model: [],
  generated: [],
  errors: ['model'],
  paths: [],
  text: ['model'],
  i18n: ['model'],
  basis: ['model', 'text', 'i18n', ...analysers],
  deadline: ['model', 'text', 'i18n', ...analysers],
  overlap: ['model', 'text', 'i18n', ...analysers],
  calendar: ['model', 'text', ...analysers],
  fix: ['model', 'text'],
  load: ['model', 'text', 'errors'],
  check: ['model', 'text', 'i18n', 'generated', ...analysers],
  // Two catalogues compared (gkml diff / verify): pure, names folded as the overlap rules fold them.
  diff: ['model', 'text', 'i18n', 'overlap'],
  // report/diff and emit/diff print the diff's own table rows and labels, made once in diff/.
  report: ['model', 'text', 'i18n', 'errors', 'diff'],
  // The review's tables sit beside report/: plain data in, plain data out; names compared as the overlap rules compare them.
  review: ['model', 'text', 'i18n', 'errors', 'overlap'],
  emit: ['model', 'text', 'i18n', 'errors', 'paths', 'diff'],
  config: ['model', 'text', 'load', 'check', 'errors', 'paths', 'generated'],
  // The browser checker is a front end like cli/, on the pure parts only (no engine: it reads files).
  web: ['model', 'text', 'i18n', 'errors', 'load', 'check', 'config', 'report', 'emit', 'fix', 'calendar'],
  // A province's own directory: read through load/'s sheet reader into baseline data, and baseline
  // files checked against their schema and for consistency. Pure but for reading the input.
  province: ['model', 'text', 'i18n', 'errors', 'load', 'generated', ...analysers],
  engine: ['model', 'text', 'i18n', 'errors', 'paths', 'config', 'load', 'check', 'report', 'emit', 'fix', 'review', 'diff'],
  cli: ['model', 'text', 'i18n', 'errors', 'paths', 'config', 'load', 'check', 'report', 'emit', 'fix', 'engine', 'calendar', 'basis', 'review', 'diff', 'province'],
  index: ['model', 'text', 'errors', 'config', 'load', 'check', 'report', 'emit', 'engine'],
};

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** The top folder of src/ a file belongs to (`index` for src/index.ts, `errors` for src/errors.ts). */
function area(file: string): string {
  return relative(src, file).split(sep)[0]!.replace(/\.[jt]s$/, '');
}

function imports(file: string): Array<{ spec: string; target?: string }> {
  const text = readFileSync(file, 'utf8');
  const found: Array<{ spec: string; target?: string }> = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
    const spec = (m[1] ?? m[2])!;
    found.push({ spec, ...(spec.startsWith('.') ? { target: resolve(dirname(file), spec) } : {}) });
  }
  return found;
}

const files = [...sources(src)];

describe('layering of src/', () => {
  it('knows every folder of src/', () => {
    expect(files.map(area).filter((a) => !(a in allowed))).toEqual([]);
  });

  it('imports flow one way (no library module imports the CLI, no rule an emitter, no reader a writer)', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = area(file);
      for (const { spec, target } of imports(file)) {
        if (!target) continue;
        const to = area(target);
        if (to !== from && !allowed[from]!.includes(to)) violations.push(`${relative(root, file)} → ${spec} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps reading and writing sheets apart', () => {
    const crossing = files.flatMap((file) => {
      const rel = relative(src, file);
      const side = rel.startsWith(join('load', 'xlsx')) ? 'emit' : rel.startsWith(join('emit', 'xlsx')) ? 'load' : undefined;
      if (!side) return [];
      return imports(file)
        .filter((i) => i.target && relative(src, i.target).startsWith(side + sep))
        .map((i) => `${rel} → ${i.spec}`);
    });
    expect(crossing).toEqual([]);
  });

  it('keeps the browser checker off the file system: no node: import in src/web', () => {
    const nodeBound = files.filter((file) => area(file) === 'web' && imports(file).some((i) => i.spec.startsWith('node:'))).map((file) => relative(root, file));
    expect(nodeBound).toEqual([]);
  });

  it('keeps the check core pure: no file system, no process, no environment', () => {
    const impure = files
      .filter((file) => area(file) === 'check')
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return imports(file).some((i) => i.spec.startsWith('node:')) || /\bprocess\./.test(text);
      })
      .map((file) => relative(root, file));
    expect(impure).toEqual([]);
  });
});
