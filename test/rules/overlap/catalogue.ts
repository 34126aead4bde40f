import { stringify } from 'yaml';
import { fixture } from '../../helpers.js';

/** A small catalogue checked against the frozen overlap baseline (real national item names). */
export function catalogue(domain: '就业' | '社会保险', items: Array<Record<string, string>>): string {
  return stringify({ gkml: 1, domain, region: '示例县', level: '县级', baseline: fixture('overlap/baseline.yaml'), items });
}
