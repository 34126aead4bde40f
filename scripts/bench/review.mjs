// The review benchmark: `gkml review` end to end (the three reports included) on the synthetic
// province plus a few broken files, timed pair by pair beside the js-yaml read+parse floor on
// the same folder, with the load average beside every figure.
// Targets (issue #12): wall ≤ 2.0x the floor; peak RSS ≤ 512 MB; both cores busy (CPU ÷ wall).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, pairs, province, sharedBench } from './province.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gkml = join(root, 'bin', 'gkml.js');

/** The province as the office receives it, with what goes wrong in a real intake: a file cut off mid-line, an empty one, a 4 MB one, a sheet that is no zip. */
async function intake(shared, files) {
  const dir = join(tmpdir(), `gkml-bench-review-${files}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(await province(shared, files), dir, { recursive: true });
  const broken = join(dir, '损坏样本市', '损坏样本县');
  mkdirSync(join(broken, '损坏样本镇'), { recursive: true });
  writeFileSync(join(broken, 'jiuye.yaml'), 'gkml: 1\ndomain: 就业\nregion: 损坏样本县\nitems:\n  - name: [cut off\n');
  writeFileSync(join(broken, 'shebao.yaml'), '');
  writeFileSync(join(broken, '损坏样本镇', 'jiuye.yaml'), 'gkml: 1\ndomain: 就业\nregion: 损坏样本县损坏样本镇\nlevel: 乡级\nitems:\n  - name: "' + '长'.repeat(4 * 1024 * 1024 / 3) + '"\n');
  writeFileSync(join(broken, '损坏样本镇', 'shebao.xlsx'), 'not a zip file at all');
  writeFileSync(marker, '');
  return dir;
}

export async function reviewBench({ runs = 3, files = 5000 } = {}) {
  const shared = sharedBench();
  if (!shared) {
    console.log('review benchmark: ../shared/bench (gen-province.cjs, floor.cjs) not found; set GKML_BENCH_SHARED to its folder.');
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run npm run build first');
  const dir = await intake(shared, files);
  const out = mkdtempSync(join(tmpdir(), 'gkml-bench-review-out-'));
  console.log(`\nreview benchmark · ${availableParallelism()} cores · load ${load()} · ${runs} pairs after a warm-up`);
  try {
    await pairs(
      `review ${files} files + 4 broken, three reports, vs js-yaml read+parse of the same folder (target ≤ 2.0x, peak ≤ 512 MB, both cores busy)`,
      [join(shared, 'floor.cjs'), 'jsyaml', dir],
      [gkml, 'review', dir, '-o', out],
      runs,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
