// Preloaded (node --import) into every process the province benchmark times: at exit it writes
// the process's own accounting (CPU of all its threads, peak resident memory) to the file named
// by GKML_BENCH_PROBE, so figures do not depend on a `time` binary being installed. On Linux it
// adds the main thread's own CPU: what is left is the workers' and V8's background threads'
// (compilers, garbage collector), which tells where a run's time went.
import { appendFileSync, readFileSync } from 'node:fs';

const out = process.env.GKML_BENCH_PROBE;

/** CPU seconds of the main thread, from /proc (undefined elsewhere). */
function mainThreadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    const main = mainThreadCpu();
    appendFileSync(out, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, user: u.userCPUTime / 1e6, sys: u.systemCPUTime / 1e6, maxRssMb: u.maxRSS / 1024, ...(main !== undefined ? { mainCpu: main } : {}) }) + '\n');
  });
}
