import type { BaselineIndex } from '../../../model/baseline.js';
import { defineRule, type RuleReport } from '../../rule.js';

// The baseline's second-level items as a list, made once per baseline index: walking the Map
// inside the generator below would allocate an iterator result per item per catalogue.
type Second = BaselineIndex['secondByCode'] extends Map<string, infer S> ? S : never;
const secondsPerBaseline = new WeakMap<BaselineIndex, ReadonlyArray<{ code: string; second: Second }>>();

function secondsOf(baseline: BaselineIndex): ReadonlyArray<{ code: string; second: Second }> {
  let seconds = secondsPerBaseline.get(baseline);
  if (!seconds) secondsPerBaseline.set(baseline, (seconds = Array.from(baseline.secondByCode, ([code, second]) => ({ code, second }))));
  return seconds;
}

export const coverageOmittedStandard = defineRule({
  id: 'coverage/omitted-standard',
  severity: 'info',
  clause: '二(一)',
  docs: {
    summary: { zh: '列出省级目录中本目录没有列入的二级事项（允许，但要心中有数）。', en: 'Lists baseline second-level items the catalogue leaves out (allowed, but worth knowing).' },
    details: {
      zh: '“目录中所列事项，如本地没有开展的业务可以不列入本地目录，待条件允许再纳入”（豫人社办函〔2020〕93号 二(一)）。因此未列入只作提示，便于核对是否确实未开展。',
      en: 'Items a county does not handle may be left out (豫人社办函〔2020〕93号 §2(1)), so this is information, to confirm each omission is intended.',
    },
  },
  messages: {
    omitted: {
      zh: '未列入省级目录事项 {code}“{name}”（{first}）。',
      en: 'Baseline item {code} "{name}" ({first}) is not listed.',
      hint: { zh: '若本地开展该业务，请补上；未开展可忽略。', en: 'Add it if the county provides this service; otherwise ignore.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    const listed = new Set(items.filter((v) => v.kind === 'standard').map((v) => v.item.code));
    const seconds = secondsOf(baseline);
    for (let k = 0; k < seconds.length; k++) {
      const { code, second } = seconds[k]!;
      if (!listed.has(code)) reports.push({ messageId: 'omitted', path: ['items'], data: { code, name: second.name, first: second.first.name } });
    }
    return reports;
  },
});
