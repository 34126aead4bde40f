// The province benchmark: gkml over a seeded synthetic province, timed as whole processes beside
// the floor it is judged against (the same files read and parsed by js-yaml), pair by pair in one
// run, because this machine is shared and absolute times move by 2x with its load.
// Targets (issue #9): check --format summary ≤ 2.0x the floor; peak RSS ≤ 400 MB and flat from
// 500 to 5,000 files; CPU ÷ wall ≥ 1.5 on 2 cores; --format json with the same flat memory; one
// catalogue ≤ 3x `node -e 0` in CPU.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const probe = pathToFileURL(join(root, 'scripts', 'bench', 'probe.mjs')).href;
const gkml = join(root, 'bin', 'gkml.js');

/** The shared bench folder (generator and floors); GKML_BENCH_SHARED overrides where it is. */
export function sharedBench() {
  const dir = process.env.GKML_BENCH_SHARED ?? resolve(root, '..', 'shared', 'bench');
  return existsSync(join(dir, 'gen-province.cjs')) && existsSync(join(dir, 'floor.cjs')) ? dir : undefined;
}

export const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** Runs a command to completion; resolves to wall seconds plus the process's own CPU and peak RSS. */
export function measure(args, { cwd = root } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-probe-'));
  const out = join(dir, 'usage.jsonl');
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', probe, ...args], {
      cwd,
      env: { ...process.env, GKML_BENCH_PROBE: out, MODS: root, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      try {
        const usage = JSON.parse(readFileSync(out, 'utf8').trim().split('\n').pop());
        resolvePromise({ wall, code, ...usage });
      } catch {
        reject(new Error(`no usage from: node ${args.join(' ')} (exit ${code})\n${stderr}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (n, d = 2) => n.toFixed(d);

/** A province of `files` catalogues, generated once into the temp folder and reused. */
export function province(shared, files) {
  const dir = join(tmpdir(), `gkml-bench-province-${files}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    const gen = spawn(process.execPath, [join(shared, 'gen-province.cjs'), dir, String(files)], { stdio: 'ignore' });
    return new Promise((resolvePromise, reject) => {
      gen.on('close', (code) => {
        if (code !== 0) return reject(new Error(`gen-province failed (${code})`));
        writeFileSync(marker, '');
        resolvePromise(dir);
      });
    });
  }
  return Promise.resolve(dir);
}

/** Floor and gkml alternately, `runs` pairs; prints medians and the per-pair ratio. */
export async function pairs(label, floorArgs, gkmlArgs, runs) {
  const rows = [];
  await measure(gkmlArgs); // warm-up: file cache, JIT caches
  for (let i = 0; i < runs; i++) {
    const floor = await measure(floorArgs);
    const run = await measure(gkmlArgs);
    rows.push({ floor, run, ratio: run.wall / floor.wall, cpuRatio: run.cpu / floor.cpu });
  }
  const m = (pick) => median(rows.map(pick));
  console.log(label);
  console.log(`  floor  wall ${f(m((r) => r.floor.wall))} s  cpu ${f(m((r) => r.floor.cpu))} s  peak ${f(m((r) => r.floor.maxRssMb), 0)} MB`);
  console.log(
    `  gkml   wall ${f(m((r) => r.run.wall))} s  cpu ${f(m((r) => r.run.cpu))} s${rows[0].run.mainCpu !== undefined ? ` (main thread ${f(m((r) => r.run.mainCpu))} s)` : ''}  peak ${f(m((r) => r.run.maxRssMb), 0)} MB  cpu÷wall ${f(m((r) => r.run.cpu / r.run.wall))}  exit ${rows[0].run.code}`,
  );
  console.log(`  ratio gkml/floor (wall), pair by pair: ${rows.map((r) => f(r.ratio)).join(' ')}  median ${f(m((r) => r.ratio))}   load ${load()}`);
  return rows;
}

export async function provinceBench({ runs = 3, sizes = [500, 2500, 5000] } = {}) {
  const shared = sharedBench();
  if (!shared) {
    console.log('province benchmark: ../shared/bench (gen-province.cjs, floor.cjs) not found; set GKML_BENCH_SHARED to its folder.');
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run npm run build first');
  console.log(`\nprovince benchmark · ${availableParallelism()} cores · load ${load()} · ${runs} pairs after a warm-up\n`);
  const floor = join(shared, 'floor.cjs');

  const biggest = sizes[sizes.length - 1];
  const dirBig = await province(shared, biggest);
  await pairs(`check --format summary, ${biggest} files, vs js-yaml read+parse (target ≤ 2.0x, cpu÷wall ≥ 1.5, peak ≤ 400 MB)`, [floor, 'jsyaml', dirBig], [gkml, 'check', dirBig, '--format', 'summary'], runs + 2);
  await pairs(`check --format json, ${biggest} files, vs js-yaml read+parse (streamed: peak as flat as summary)`, [floor, 'jsyaml', dirBig], [gkml, 'check', dirBig, '--format', 'json'], Math.max(1, runs - 1));

  console.log(`peak memory by batch size (target: flat, ≤ 400 MB)`);
  for (const size of sizes) {
    const dir = await province(shared, size);
    const results = [];
    for (let i = 0; i < Math.max(1, runs - 1); i++) results.push(await measure([gkml, 'check', dir, '--format', 'summary']));
    const json = await measure([gkml, 'check', dir, '--format', 'json']);
    console.log(`  ${String(size).padStart(5)} files  summary peak ${f(median(results.map((r) => r.maxRssMb)), 0)} MB  wall ${f(median(results.map((r) => r.wall)))} s   json peak ${f(json.maxRssMb, 0)} MB   load ${load()}`);
  }

  const one = join(root, 'catalogues', 'examples', 'clean-jiuye.yaml');
  const rows = [];
  for (let i = 0; i < 5 * runs; i++) {
    const node = await measure(['-e', '0']);
    const run = await measure([gkml, 'check', one]);
    rows.push({ node, run });
  }
  const m = (pick) => median(rows.map(pick));
  console.log(`one catalogue: gkml check clean-jiuye.yaml vs node -e 0 (target ≤ 3x in CPU)`);
  console.log(`  node -e 0  cpu ${f(m((r) => r.node.cpu), 3)} s  wall ${f(m((r) => r.node.wall), 3)} s`);
  console.log(`  gkml check cpu ${f(m((r) => r.run.cpu), 3)} s  wall ${f(m((r) => r.run.wall), 3)} s`);
  console.log(`  ratio (cpu), median of pairs ${f(m((r) => r.run.cpu / r.node.cpu))}   (wall ${f(m((r) => r.run.wall / r.node.wall))})   load ${load()}`);
}
