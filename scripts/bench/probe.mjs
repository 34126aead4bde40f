// Preloaded (node --import) into every process the province benchmark times: at exit it writes
// the process's own accounting (CPU of all its threads, peak resident memory) to the file named
// by GKML_BENCH_PROBE, so figures do not depend on a `time` binary being installed.
import { appendFileSync } from 'node:fs';

const out = process.env.GKML_BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(out, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, user: u.userCPUTime / 1e6, sys: u.systemCPUTime / 1e6, maxRssMb: u.maxRSS / 1024 }) + '\n');
  });
}
