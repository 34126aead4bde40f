// runFiles over a pool whose workers can die: results keep the input order, and a worker that
// dies loses only the file that killed it, not the other files of its batches.
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { runFiles, type WorkerPool } from '../../src/engine/run.js';
import type { JobResult } from '../../src/engine/jobs.js';

const crashWorker = join(import.meta.dirname, '..', 'fixtures', 'workers', 'crash-on-name.mjs');

function crashPool(): WorkerPool {
  // As startPool sets up runFiles' pool: two threads holding two batches each, and a worker
  // started on demand that runs one batch at a time.
  const piscina = new Piscina({ filename: crashWorker, minThreads: 2, maxThreads: 2, concurrentTasksPerWorker: 2 });
  let alone: Piscina | undefined;
  return {
    threads: 2,
    piscina: Promise.resolve(piscina),
    alone: async () => (alone ??= new Piscina({ filename: crashWorker, minThreads: 1, maxThreads: 1 })),
    close: async () => {
      await Promise.all([piscina.destroy(), alone?.destroy()]);
    },
  };
}

async function collect(files: string[]): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for await (const result of runFiles(files, { kind: 'check', reports: [] }, defaultConfig(), { pool: crashPool() })) out.push(result);
  return out;
}

describe('runFiles with workers that die', () => {
  // 256 files make batches of 8 (see runFiles), so each crashing file shares its batch with 7 others.
  const files = Array.from({ length: 256 }, (_, i) => `/nowhere/${String(i).padStart(3, '0')}.yaml`);

  it('answers every file in input order when no worker dies', async () => {
    const results = await collect(files);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results.every((r) => r.counts.error === 0)).toBe(true);
  }, 30_000);

  it('a file that kills its worker is the only one reported as failed, in its place', async () => {
    // The batches holding them die, with whatever batch was queued behind them on that worker.
    const crashing = [...files];
    crashing[37] = '/nowhere/037-crash.yaml';
    crashing[200] = '/nowhere/200-crash.yaml';
    const results = await collect(crashing);
    expect(results.map((r) => r.file)).toEqual(crashing);
    const failed = results.filter((r) => r.counts.error > 0).map((r) => r.file);
    expect(failed).toEqual(['/nowhere/037-crash.yaml', '/nowhere/200-crash.yaml']);
    // The batch-mates of a crashing file were answered by a worker, not written off.
    for (const i of [32, 36, 38, 39, 199, 201]) expect(results[i]!.text).toMatch(/^thread \d+$/);
  }, 30_000);
});
