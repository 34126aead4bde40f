// Where a report goes: stdout, written as it is produced (with backpressure, so a slow reader
// does not make gkml buffer the whole report), or a file, written to a temporary name and renamed
// into place only when the report is complete.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { outputError, tempPathFor } from '../emit/atomic.js';
import type { CliIO } from './io.js';

export interface ReportSink {
  write(text: string): Promise<void>;
  /** Completes the report (renames the file into place). */
  close(): Promise<void>;
  /** Drops a partial report (removes the temporary file). */
  abort(): Promise<void>;
}

export function stdoutSink(io: CliIO): ReportSink {
  return {
    async write(text) {
      if (text === '') return;
      if (io.stdout(text) === false) await io.drain?.();
    },
    async close() {
      await io.flush?.();
    },
    async abort() {},
  };
}

export async function fileSink(file: string): Promise<ReportSink> {
  const temp = tempPathFor(file);
  let stream: WriteStream;
  let failure: unknown;
  try {
    await mkdir(dirname(file), { recursive: true });
    stream = createWriteStream(temp, { flags: 'wx' });
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  } catch (error) {
    throw outputError(file, error) ?? error;
  }
  stream.on('error', (error) => (failure ??= error));
  const check = () => {
    if (failure) throw outputError(file, failure) ?? failure;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve).once('error', () => resolve()));
      check();
    },
    async close() {
      await new Promise<void>((resolve) => stream.end(resolve));
      check();
      try {
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw outputError(file, error) ?? error;
      }
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true }).catch(() => {});
    },
  };
}
