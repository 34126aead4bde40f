// In-process benchmarks against the compiled library (run `npm run build` first).
// Each benchmark is { name, setup(), run(state) → units processed, unit }; add yours to
// `benchmarks` below.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { allRules, checkCatalogue, indexBaseline, loadCatalogueText } from '../../dist/index.js';


// ---- synthetic data -------------------------------------------------------------------------
// Deterministic (seeded) names built from real item vocabulary, so bigram posting lists are as
// skewed as in real directories (登记, 信息, 保险 everywhere) rather than uniformly random.
function rng(seed) {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const who = ['机关事业单位', '企业', '职工', '城乡居民', '个体工商户', '灵活就业人员', '高校毕业生', '农民工', '就业困难人员', '退役军人', '参保单位', '被征地农民', '建筑项目', '失业人员', '残疾人'];
const what = ['养老保险', '工伤保险', '失业保险', '社会保障卡', '就业创业', '职业培训', '岗位', '公益性岗位', '创业担保贷款', '技能提升', '社会保险', '医疗保险', '求职', '零工市场', '人事档案'];
const act = ['参保登记', '信息变更', '待遇申领', '补贴申请', '信息发布', '政策咨询', '注销登记', '关系转移', '资格认定', '补领换领', '账户维护', '业务办理', '结果公示', '服务指南', '费用减免'];
const cjk = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北春夏秋冬金木水火土';

function syntheticName(rand, salt) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  // A salt of two rare characters keeps names distinct, as real directories are.
  return `${pick(who)}${pick(what)}${cjk[salt % cjk.length]}${cjk[Math.floor(salt / cjk.length) % cjk.length]}${pick(act)}`;
}

function syntheticBaseline(secondCount) {
  const rand = rng(1);
  const firsts = [];
  for (let f = 1; firsts.reduce((n, x) => n + x.items.length, 0) < secondCount; f++) {
    const items = [];
    for (let s = 1; s <= 20; s++) items.push({ code: `${f}.${s}`, name: syntheticName(rand, f * 20 + s) });
    firsts.push({ code: String(f), name: `${who[f % who.length]}${what[f % what.length]}服务${cjk[f % cjk.length]}`, items });
  }
  const domain = { title: 'synthetic', items: firsts };
  return {
    id: 'synthetic', title: 'synthetic', source: 'bench', partial: false, file: '<bench>',
    deadline: { maxWorkingDays: 20, canonical: '' },
    disclosureBasis: { title: '', aliases: [], canonical: '' },
    channels: ['政府网站'],
    subjects: { generic: [], abbreviations: [], countySuffixes: [], townshipSuffixes: [] },
    instruments: [],
    domains: { 社会保险: domain },
  };
}

function syntheticItems(baseline, count) {
  const rand = rng(2);
  const firsts = baseline.domains.社会保险.items;
  const items = [];
  for (let i = 0; i < count; i++) {
    const first = firsts[Math.floor(rand() * firsts.length)];
    const name = syntheticName(rand, 5000 + i);
    // Half refinements, half additions, like a county that refines much of the table.
    items.push(i % 2 ? { parent: first.items[Math.floor(rand() * first.items.length)].code, name } : { first: first.name, name });
  }
  return items;
}

const overlapRules = allRules.filter((r) => r.id.startsWith('overlap/'));
const secondLevel = (baseline) => baseline.domains.社会保险.items.reduce((n, f) => n + f.items.length, 0);

/** Item views as the engine hands them to rules. */
const toViews = (items) => items.map((item, index) => ({ index, item, kind: item.parent ? 'refinement' : 'addition', path: ['items', index] }));

/** The 10,000-item catalogue against a 1,000-item baseline that most benchmarks use. */
function overlapSetup() {
  const baseline = syntheticBaseline(1000);
  return { baseline, views: toViews(syntheticItems(baseline, 10_000)), detail: `${secondLevel(baseline)} second-level baseline items` };
}

/**
 * Runs the chosen overlap rules over a fresh items array (the shared analysis is cached per
 * items array, the baseline index per baseline), so each run is a real check of a new catalogue.
 */
function runOverlap(baseline, views, keep = () => true) {
  const context = { catalogue: {}, items: [...views], baseline: indexBaseline(baseline, '社会保险') };
  let findings = 0;
  for (const rule of overlapRules.filter(keep)) for (const _ of rule.check({ ...context, options: {} })) findings++;
  return { units: views.length, findings };
}

// ---- benchmarks -----------------------------------------------------------------------------
const benchmarks = [
  {
    name: 'overlap rules: 10,000 items vs 1,000 baseline items',
    unit: 'items',
    setup: overlapSetup,
    run: ({ baseline, views }) => runOverlap(baseline, views),
  },
  {
    name: 'overlap, baseline side only (5 rules, duplicate-local off): 10,000 vs 1,000',
    unit: 'items',
    setup: overlapSetup,
    run: ({ baseline, views }) => runOverlap(baseline, views, (rule) => rule.id !== 'overlap/duplicate-local'),
  },
  {
    name: 'overlap/duplicate-local alone: 10,000 items among themselves',
    unit: 'items',
    setup: overlapSetup,
    run: ({ baseline, views }) => runOverlap(baseline, views, (rule) => rule.id === 'overlap/duplicate-local'),
  },
  {
    name: 'overlap rules: cold start (baseline index built inside the run)',
    unit: 'items',
    setup: () => ({ views: overlapSetup().views }),
    run: ({ views }) => runOverlap(syntheticBaseline(1000), views), // a new baseline object: nothing cached
  },
  {
    name: 'check end to end: parse + schema + overlap rules, 10,000 items',
    unit: 'items',
    setup() {
      const baseline = syntheticBaseline(1000);
      const items = syntheticItems(baseline, 10_000);
      const text = stringify({ gkml: 1, domain: '社会保险', region: '示例县', level: '县级', items });
      return { baseline, text, count: items.length, detail: `${(text.length / 1024).toFixed(0)} KiB of YAML` };
    },
    run({ baseline, text, count }) {
      const findings = checkCatalogue(loadCatalogueText(text, 'bench.yaml'), { baseline, only: overlapRules });
      return { units: count, findings: findings.length };
    },
  },
  {
    name: 'province batch: 1,000 county catalogues (the four bundled examples), every rule',
    unit: 'files',
    setup() {
      const names = ['clean-jiuye', 'clean-shebao', 'mistakes-jiuye', 'mistakes-shebao'];
      const texts = names.map((n) => readFileSync(new URL(`../../catalogues/examples/${n}.yaml`, import.meta.url), 'utf8'));
      const files = Array.from({ length: 1000 }, (_, i) => ({ file: `county${i}.yaml`, text: texts[i % texts.length] }));
      const kib = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1024;
      return { files, detail: `${kib.toFixed(0)} KiB of YAML` };
    },
    run({ files }) {
      let findings = 0;
      for (const { file, text } of files) findings += checkCatalogue(loadCatalogueText(text, file)).length;
      return { units: files.length, findings };
    },
  },
];

// ---- runner ---------------------------------------------------------------------------------
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

/** In-process benchmarks of the library (overlap rules, parse + check); median of `runs` after a warm-up. */
export function microBench({ runs: RUNS = 5, filter } = {}) {
  console.log(`gkml micro benchmarks · node ${process.version} · median of ${RUNS} runs after 1 warm-up\n`);
  for (const bench of benchmarks) {
    if (filter && !bench.name.includes(filter)) continue;
    const state = bench.setup();
    let result = bench.run(state); // warm-up (JIT, caches that survive between catalogues)
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      result = bench.run(state);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const rate = Math.round((result.units / median) * 1000).toLocaleString('en-US');
    console.log(bench.name + (state.detail ? ` (${state.detail})` : ''));
    const heap = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
    console.log(`  median ${fmt(median)} ms   min ${fmt(times[0])} ms   max ${fmt(times.at(-1))} ms   ${rate} ${bench.unit}/s   findings ${result.findings}   heap ${heap} MiB`);
  }
}
