import { dirname, relative, resolve, sep } from 'node:path';
import { Document, isMap, isSeq, visit, Scalar } from 'yaml';
import type { Baseline } from '../../model/baseline.js';
import { schemasDir } from '../../paths.js';

/**
 * Baseline YAML for a province's imported directory, in the bundled baselines' layout: schema
 * modeline, where it came from, and for every second-level item the cell it was read from.
 */
export function baselineYaml(baseline: Omit<Baseline, 'file'>, sources: ReadonlyMap<string, string>, outFile: string, inputFile: string): string {
  const doc = new Document(baseline);
  const schema = relative(dirname(resolve(outFile)), resolve(schemasDir, 'baseline.schema.json')).split(sep).join('/');
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n 由 gkml baseline import 从 ${inputFile} 导入 / imported by gkml baseline import\n 请核对后使用：gkml baseline check ${outFile.split(/[\\/]/).pop()}`;
  // Codes stay strings for every YAML reader ("1" and "1.10" are not numbers).
  visit(doc, {
    Pair(_, pair) {
      if (pair.value instanceof Scalar && (pair.key as Scalar)?.value === 'code') pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const domains = doc.get('domains', true);
  if (isMap(domains)) {
    for (const domain of domains.items) {
      const firsts = isMap(domain.value) ? domain.value.get('items', true) : undefined;
      if (!isSeq(firsts)) continue;
      for (const first of firsts.items) {
        const seconds = isMap(first) ? first.get('items', true) : undefined;
        if (!isSeq(seconds)) continue;
        for (const second of seconds.items) {
          const code = isMap(second) ? second.get('code') : undefined;
          const at = typeof code === 'string' ? sources.get(code) : undefined;
          if (at && isMap(second)) second.commentBefore = ` 来源 / source: ${at}`;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
