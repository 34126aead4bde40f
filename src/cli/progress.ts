// A progress bar for long runs, on a terminal only: in a pipe, a log file or CI it would be
// noise (and carriage returns) in someone's records, so nothing of it is written there.
import type { CliIO } from './io.js';
import type { Lang } from '../model/index.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const none: Progress = { update: () => {}, stop: () => {} };

export async function progressBar(io: CliIO, lang: Lang): Promise<Progress> {
  if (!io.progress) return none;
  const { default: cliProgress } = await import('cli-progress');
  const format =
    lang === 'en'
      ? 'reviewing {bar} {value}/{total} files | {rate}/s | {eta_formatted} left'
      : '审阅 {bar} {value}/{total} 个文件 | 每秒 {rate} 个 | 剩余 {eta_formatted}';
  const bar = new cliProgress.SingleBar(
    { format, stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 200, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const start = Date.now();
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { rate: '0' });
        started = true;
      }
      const seconds = (Date.now() - start) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0' });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
