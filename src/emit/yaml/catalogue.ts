import { dirname, relative, resolve, sep } from 'node:path';
import { Document, isMap, isSeq, Scalar } from 'yaml';
import type { LoadedCatalogue } from '../../model/index.js';
import { schemasDir } from '../../paths.js';

/** Catalogue YAML for an imported sheet: schema modeline, and a comment per item naming its row. */
export function catalogueYaml(loaded: LoadedCatalogue, outFile: string): string {
  const doc = new Document(loaded.data);
  const schema = relative(dirname(resolve(outFile)), resolve(schemasDir, 'catalogue.schema.json')).split(sep).join('/');
  const source = loaded.locator.locate([]);
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n 由 gkml import 从 ${loaded.file}${source?.sheet ? `!${source.sheet}` : ''} 导入 / imported from the sheet by gkml import`;
  const root = doc.contents;
  if (isMap(root)) {
    // Keep values that YAML 1.1 readers would turn into dates or numbers quoted.
    for (const key of ['updated']) {
      const node = root.get(key, true);
      if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    }
    const items = root.get('items', true);
    if (isSeq(items)) {
      items.items.forEach((node, index) => {
        const at = loaded.locator.locate(['items', index]);
        if (at?.sheet && isMap(node)) node.commentBefore = ` 来源 / source: ${at.sheet}!${at.cell}（第 ${at.line} 行 / row ${at.line}）`;
      });
    }
  }
  return doc.toString({ lineWidth: 0 });
}
