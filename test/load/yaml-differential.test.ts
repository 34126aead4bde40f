// The js-yaml loader against the `yaml`-package loader it replaced (kept, frozen, as
// src/load/yaml/reference-loader.ts): on every YAML file of the repository and on variations of
// them (CRLF, BOM, block and flow renderings, quoting styles, block scalars, comments and blank
// lines, empty values, trailing text), both must give the same data and the same position, to
// the column, for every path in the data, for its key, and for paths that do not exist.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadYamlText } from '../../src/load/yaml/loader.js';
import { loadYamlTextReference } from './reference-loader.js';
import type { JsonPath } from '../../src/model/index.js';
import { root } from '../helpers.js';

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** Every path in the data, one past the end of each list, and a missing key in each mapping. */
function paths(data: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((v, i) => paths(v, [...prefix, i], out));
    out.push([...prefix, data.length]);
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) paths(v, [...prefix, k], out);
    out.push([...prefix, 'no-such-key']);
  }
  return out;
}

interface Outcome {
  compared: boolean;
  mismatches: string[];
}

function compare(text: string): Outcome {
  const old = loadYamlTextReference(text, 'f.yaml');
  const now = loadYamlText(text, 'f.yaml');
  // The old loader refused some text the new one reads (see the report); only what it read compares.
  if (!old.ok) return { compared: false, mismatches: [] };
  const mismatches: string[] = [];
  if (!now.ok) return { compared: true, mismatches: [`not loaded: ${now.findings.map((f) => f.message.en).join('; ')}`] };
  if (!isDeepStrictEqual(now.data, old.data)) mismatches.push('data differs');
  for (const path of paths(old.data)) {
    for (const target of ['value', 'key'] as const) {
      const want = old.locator.locate(path, target);
      const got = now.locator.locate(path, target);
      if (!isDeepStrictEqual(got, want)) mismatches.push(`${JSON.stringify(path)} ${target}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
  return { compared: true, mismatches };
}

/** A deterministic stream of choices (a linear congruential generator). */
function chooser(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

/** Comments (at every depth), blank lines, trailing comments and emptied values, placed between entries. */
function decorate(text: string, seed: number): string {
  const { next, pick } = chooser(seed);
  const lines = text.split('\n');
  const out: string[] = [];
  // Only between entries: never inside a block scalar or a multi-line quoted or flow value.
  const entry = /^\s*(?:- |[^\s#"'|>-][^:#]*: |[^\s#"'|>-][^:#]*:$|"[^"]*": |-$)/;
  let prevOpen = false;
  for (const line of lines) {
    const safe = entry.test(line) && !prevOpen;
    if (safe && next() < 0.3) out.push(' '.repeat(Math.floor(next() * 9)) + pick(['# 注释', '#', '']));
    let l = line;
    if (safe && next() < 0.15 && /^\s*(?:- )?[^\s#"'|>-][^:#]*: [^\s"'|>&*[{][^#]*$/.test(l)) l = l.replace(/: .*$/, pick([':', ': ', ':  # 空']));
    if (safe && next() < 0.1 && !/[|>]\s*$/.test(l) && !/^\s*"/.test(l)) l += pick(['  # 行尾注释', '   ']);
    out.push(l);
    prevOpen = /[|>][-+0-9]*\s*$/.test(l) || (/"/.test(l) && (l.match(/"/g) ?? []).length % 2 === 1) || /[[{][^\]}]*$/.test(l);
    if (prevOpen && /^\s*(?:- )?[^\s]/.test(l) && !/[|>][-+0-9]*\s*$/.test(l) && !/"/.test(l) && !/[[{]/.test(l)) prevOpen = false;
  }
  let result = out.join('\n');
  const end = next();
  if (end < 0.2) result = result.replace(/\n+$/, '');
  else if (end < 0.4) result += pick(['\n\n', '# 末尾\n', '\n  # 末尾\n\n', '    \n']);
  return result;
}

const files = [...yamlFiles(join(root, 'catalogues')), ...yamlFiles(join(root, 'test', 'fixtures'))];
const sources = files
  .map((file) => {
    try {
      return { file: file.slice(root.length + 1), text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, '') };
    } catch {
      return undefined; // GB18030 and binary fixtures: the text-level comparison needs UTF-8
    }
  })
  .filter((s): s is { file: string; text: string } => s !== undefined);
// Fixtures of broken files (test/fixtures/broken) are compared on their verdict only.
const readable = sources.filter((s) => loadYamlTextReference(s.text, 'f.yaml').ok);
const broken = sources.filter((s) => !readable.includes(s));

/** `key: [a, b]` written over several lines, the ] under the key (the yaml package accepted it). */
function openLists(text: string): string {
  return text.replace(/^( *)(- )?([^\s:#"'][^:#\n]*): \[([^\][{}"'#\n]+)\] *$/gm, (_, indent: string, dash = '', key: string, list: string) => {
    const at = indent + ' '.repeat(dash.length);
    return `${indent}${dash}${key}: [\n${list.split(',').map((v) => `${at}  ${v.trim()},`).join('\n')}\n${at}]`;
  });
}

function renderings(text: string): Array<[string, string]> {
  const old = loadYamlTextReference(text, 'f.yaml');
  if (!old.ok) return [];
  const data = old.data;
  const out: Array<[string, string]> = [];
  const add = (name: string, render: () => string) => {
    try {
      out.push([name, render()]);
    } catch {
      // a rendering the library cannot produce for this data
    }
  };
  add('block, indent 4', () => stringify(data, { indent: 4, indentSeq: false }));
  add('flow items', () => dump(data, { flowLevel: 2, lineWidth: -1 }));
  add('all flow', () => stringify(data, { collectionStyle: 'flow', lineWidth: 60 }));
  add('double quoted', () => dump(data, { forceQuotes: true, quoteStyle: 'double', lineWidth: 40 }));
  add('single quoted, folded', () => stringify(data, { defaultStringType: 'QUOTE_SINGLE', lineWidth: 30 }));
  add('literal blocks', () => stringify(data, { defaultStringType: 'BLOCK_LITERAL', defaultKeyType: 'PLAIN' }));
  add('folded blocks', () => stringify(data, { defaultStringType: 'BLOCK_FOLDED', defaultKeyType: 'PLAIN', lineWidth: 24 }));
  add('compact lists', () => dump(data, { seqNoIndent: true, lineWidth: -1 }));
  add('lists closed under their key', () => openLists(text));
  return out;
}

describe('the js-yaml loader gives the data and positions the yaml-package loader gave', () => {
  it('finds the repository YAML files to compare', () => {
    expect(readable.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses the files the old loader refused', () => {
    for (const { file, text } of broken) expect(loadYamlText(text, 'f.yaml').ok, file).toBe(false);
  });

  for (const { file, text } of readable) {
    it(`${file}: as written, with CRLF and with a BOM`, () => {
      for (const [name, variant] of [
        ['as written', text],
        ['CRLF', text.replace(/\n/g, '\r\n')],
        ['BOM', `\uFEFF${text}`],
      ] as const) {
        const { compared, mismatches } = compare(variant);
        expect(compared, `${file} ${name}`).toBe(true);
        expect(mismatches.slice(0, 5), `${file} ${name}`).toEqual([]);
      }
    });

    it(`${file}: rendered in other styles, decorated with comments, blank lines and empty values`, () => {
      let compared = 0;
      renderings(text).forEach(([name, rendered], i) => {
        for (const [variant, source] of [
          ['plain', rendered],
          ['decorated', decorate(rendered, i + 1)],
          ['decorated CRLF', decorate(rendered, i + 101).replace(/\n/g, '\r\n')],
        ] as const) {
          const outcome = compare(source);
          if (outcome.compared) compared++;
          expect(outcome.mismatches.slice(0, 5), `${file} ${name} ${variant}`).toEqual([]);
        }
      });
      expect(compared).toBeGreaterThan(0);
    });

    it(`${file}: decorated as written`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const variant = decorate(text, seed * 7);
        expect(compare(variant).mismatches.slice(0, 5), `${file} seed ${seed}`).toEqual([]);
      }
    });
  }
});
