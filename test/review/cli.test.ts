// gkml review as a real process: what reaches a pipe, a terminal and CI, the address registry,
// and the problems that must end in one clear line (exit 2) or in the report (never fatal).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, expectNoTrace, expectOneClearLine, gkml, mkfifo, tempDir, tempLeftovers } from '../hostile/gkml.js';
import { writeProvince } from './province.js';

let province: string;

beforeAll(() => {
  province = writeProvince();
  mkfifo(join(province, '东市', '乙县', 'pipe.yaml'));
});

/** A ceiling for a run on a busy shared machine, not a speed assertion. */
const LIMIT = 120_000;

const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));

describe('gkml review, end to end', () => {
  it('in a pipe: a summary on stdout, nothing on stderr, a FIFO reported and not fatal', async () => {
    const out = join(tempDir(), 'report');
    const r = await gkml(['review', province, '-o', out], { deadline: LIMIT });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^共 9 个目录：/);
    const summary = summaryOf(out);
    const fifo = summary.catalogues.find((c: any) => c.file.endsWith('pipe.yaml'));
    expect(fifo).toMatchObject({ unreadable: true, pass: false });
    expect(summary.findings.some((f: any) => f.catalogue === fifo.n && f.ruleId === 'io/not-regular')).toBe(true);
    expect(tempLeftovers(out)).toEqual([]);
  }, LIMIT);

  it('draws a progress bar on a terminal, and none in CI', () => {
    const tty = (env: Record<string, string>) => {
      const out = join(tempDir(), 'report');
      const command = `${process.execPath} ${bin} review ${province} -o ${out}`;
      const clean = { ...(process.env as Record<string, string>) };
      delete clean.CI;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { env: { ...clean, ...env }, encoding: 'utf8', timeout: LIMIT });
      expect(r.status).toBe(1);
      return r.stdout;
    };
    expect(tty({})).toMatch(/审阅 .* \d+\/9 个文件/);
    expect(tty({ CI: 'true' })).not.toContain('个文件 |');
  }, LIMIT);

  it('takes addresses from the registry, and lists its lines no catalogue matches', async () => {
    const dir = tempDir();
    const urls = join(dir, 'urls.csv');
    writeFileSync(urls, 'region,domain,url\n甲县,就业,https://www.jiaxian.gov.cn/new/jiuye.html\n戊县,社会保险,https://www.wu.gov.cn/sb\n');
    const out = join(dir, 'report');
    const r = await gkml(['review', province, '-o', out, '--urls', urls], { deadline: LIMIT });
    expect(r.code).toBe(1);
    const summary = summaryOf(out);
    const jia = summary.catalogues.find((c: any) => c.file.endsWith('甲县/jiuye.yaml'));
    expect(jia).toMatchObject({ url: 'https://www.jiaxian.gov.cn/new/jiuye.html', urlSource: 'registry' });
    expect(jia.addressProblems).toEqual(['differs']);
    expect(summary.addresses).toContainEqual(expect.objectContaining({ problem: 'unmatched', url: 'https://www.wu.gov.cn/sb', catalogue: 0 }));
  }, LIMIT);

  it('a registry line that is not region,domain,url: one clear line naming file and line, nothing written', async () => {
    const dir = tempDir();
    const urls = join(dir, 'urls.csv');
    writeFileSync(urls, '甲县,就业,https://a.gov.cn\n乙县 https://b.gov.cn\n');
    const r = await gkml(['review', province, '-o', join(dir, 'report'), '--urls', urls], { deadline: LIMIT });
    expect(r.code).toBe(2);
    expectOneClearLine(r.stderr, 'urls.csv:2');
    expect(existsSync(join(dir, 'report'))).toBe(false);
  }, LIMIT);

  it('a report folder that cannot be made: one clear line, exit 2, no trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken'), 'a file, not a folder');
    const r = await gkml(['review', province, '-o', join(dir, 'taken')], { deadline: LIMIT });
    expect(r.code).toBe(2);
    expectNoTrace(r.stderr);
    expectOneClearLine(r.stderr, 'taken');
    expect(readdirSync(dir)).toEqual(['taken']);
  }, LIMIT);

  it.each([
    ['while the reports are being opened', 1],
    ['while the catalogues are checked', 3],
  ])('interrupted (Ctrl-C) %s: exits 130 and leaves no temporary or half-written report behind', async (_when, temps) => {
    // Enough catalogues that the run is still going when it is interrupted.
    const big = tempDir();
    for (let i = 0; i < 150; i++) {
      mkdirSync(join(big, `县${i}`));
      cpSync(join(province, '东市', '甲县', 'jiuye.yaml'), join(big, `县${i}`, 'jiuye.yaml'));
    }
    const out = join(tempDir(), 'report');
    const child = spawn(process.execPath, [bin, 'review', big, '-o', out, '--concurrency', '1'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The three reports are opened as the checks start: interrupt at the first of their
    // temporary files, or once all three are there.
    const deadline = Date.now() + LIMIT / 2;
    while (!(existsSync(out) && tempLeftovers(out).length >= temps) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(tempLeftovers(out).length).toBeGreaterThanOrEqual(temps);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  }, LIMIT);

  it('one report that cannot be put in place: exit 2, and the previous three reports stay as they were', async () => {
    const out = join(tempDir(), 'report');
    const first = await gkml(['review', province, '-o', out], { deadline: LIMIT });
    expect(first.code).toBe(1);
    const before = new Map(['summary.json', 'summary.xlsx'].map((name) => [name, readFileSync(join(out, name))]));
    // summary.html is now a folder: renaming the new page over it fails.
    rmSync(join(out, 'summary.html'));
    mkdirSync(join(out, 'summary.html'));
    writeFileSync(join(out, 'summary.html', 'keep'), 'in the way');
    writeFileSync(join(province, '东市', '甲县', 'extra.yaml'), readFileSync(join(province, '东市', '甲县', 'jiuye.yaml')));
    try {
      const r = await gkml(['review', province, '-o', out], { deadline: LIMIT });
      expect(r.code).toBe(2);
      expectNoTrace(r.stderr);
      expectOneClearLine(r.stderr, 'summary.html');
      // Nothing of the new run replaced the old reports, and no temporary file is left.
      for (const [name, bytes] of before) expect(readFileSync(join(out, name)).equals(bytes)).toBe(true);
      expect(tempLeftovers(out)).toEqual([]);
    } finally {
      rmSync(join(province, '东市', '甲县', 'extra.yaml'));
    }
  }, LIMIT);
});
