// runFiles over a pool whose workers can die: results keep the input order, and a worker that
// dies loses only the file that killed it, not the other files of its batches.
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolve.js';
import { runFiles, type WorkerPool } from '../../src/engine/run.js';
import type { Job, JobResult } from '../../src/engine/jobs.js';

const crashWorker = join(import.meta.dirname, '..', 'fixtures', 'workers', 'crash-on-name.mjs');
const memoryWorker = join(import.meta.dirname, '..', 'fixtures', 'workers', 'memory-on-name.mjs');

/**
 * As startPool sets up runFiles' pool: two threads holding two batches each, and a worker
 * started on demand that runs one batch at a time; with heap limits when `heapMb` is given.
 */
function testPool(filename: string, heapMb?: { pool: number; alone: number }): WorkerPool {
  const limits = (mb: number) => ({ resourceLimits: { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: 8 } });
  const piscina = new Piscina({ filename, minThreads: 2, maxThreads: 2, concurrentTasksPerWorker: 2, ...(heapMb ? limits(heapMb.pool) : {}) });
  let alone: Piscina | undefined;
  return {
    threads: 2,
    piscina: Promise.resolve(piscina),
    alone: async () => (alone ??= new Piscina({ filename, minThreads: 1, maxThreads: 1, ...(heapMb ? limits(heapMb.alone) : {}) })),
    ...(heapMb ? { aloneHeapMb: heapMb.alone } : {}),
    close: async () => {
      await Promise.all([piscina.destroy(), alone?.destroy()]);
    },
  };
}

async function collect(files: string[], pool = testPool(crashWorker), job: Job = { kind: 'check', reports: [] }): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for await (const result of runFiles(files, job, defaultConfig(), { pool })) out.push(result);
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

  it('a file too big for a pool worker is checked again alone, where the heap is larger', async () => {
    const big = [...files];
    big[37] = '/nowhere/037-mb96.yaml';
    const results = await collect(big, testPool(memoryWorker, { pool: 64, alone: 256 }));
    expect(results.map((r) => r.file)).toEqual(big);
    expect(results.every((r) => r.counts.error === 0)).toBe(true);
    expect(results[37]!.text).toMatch(/^thread \d+ held 96$/);
  }, 60_000);

  it('a file that exhausts even the larger heap is reported as out of memory, not as a gkml bug', async () => {
    const huge = [...files];
    huge[37] = '/nowhere/037-huge.yaml';
    // A review job: its digest carries the failed file's finding as the reports list it.
    const results = await collect(huge, testPool(memoryWorker, { pool: 64, alone: 96 }), { kind: 'review', lang: 'zh', n: 1, folders: ['nowhere'] });
    expect(results.map((r) => r.file)).toEqual(huge);
    const failed = results.filter((r) => r.counts.error > 0);
    expect(failed.map((r) => r.file)).toEqual(['/nowhere/037-huge.yaml']);
    expect(failed[0]!.counts.fatal).toBe(true);
    const findings = JSON.parse(`[${new TextDecoder().decode(failed[0]!.review!.findings.json)}]`);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'io/out-of-memory', place: '' })]);
    expect(findings[0].message).toContain('96 MB');
    expect(findings[0].message).toContain('拆分');
    // Its batch-mates were answered by a worker, not written off.
    for (const i of [32, 36, 38, 39]) expect(results[i]!.text).toMatch(/^thread \d+ held 0$/);
  }, 60_000);
});
