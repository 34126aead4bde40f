// Where a report goes: stdout, written as it is produced (with backpressure, so a slow reader
// does not make gkml buffer the whole report), or a file, written to a temporary name and renamed
// into place only when the report is complete. `-o /dev/null`, `-o /dev/stdout` or a FIFO are
// written into directly: renaming over them would replace the device (as root) or fail.
import { createWriteStream, type Stats, type WriteStream } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isSystemPath, makeDirectory, outputError, targetOf, tempPathFor } from '../emit/atomic.js';
import { GkmlError } from '../errors.js';
import { getFormat } from '../report/index.js';
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

/** What `-o file` names, through symlinks (the link is kept), and what is there now. */
async function resolveTarget(file: string): Promise<{ target: string; existing?: Stats }> {
  let target: string;
  try {
    target = await targetOf(file);
  } catch (error) {
    throw outputError(file, error) ?? error;
  }
  const existing = await stat(target).catch(() => undefined);
  return { target, ...(existing ? { existing } : {}) };
}

/** A write stream that has opened, or the error that stopped it, as a GkmlError naming `file`. */
async function openStream(file: string, path: string, flags: string): Promise<WriteStream> {
  try {
    const stream = createWriteStream(path, { flags });
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  } catch (error) {
    throw outputError(file, error) ?? error;
  }
}

/** Writes through `stream`; `finish` runs once everything has been written. */
function streamSink(file: string, stream: WriteStream, finish: () => Promise<void>, discard: () => Promise<void>): ReportSink {
  let failure: unknown;
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
      // A write that fails late (ENOSPC) reaches end's callback before the 'error' event: take
      // it from there, or a truncated report would be renamed into place as if complete.
      await new Promise<void>((resolve) => {
        stream.end((error?: Error | null) => {
          if (error) failure ??= error;
          resolve();
        });
      });
      try {
        check();
      } catch (error) {
        await discard();
        throw error;
      }
      await finish();
    },
    async abort() {
      stream.destroy();
      await discard();
    },
  };
}

export async function fileSink(file: string): Promise<ReportSink> {
  const { target, existing } = await resolveTarget(file);
  if (existing?.isDirectory()) throw outputError(file, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))!;
  if (existing && (!existing.isFile() || isSystemPath(file))) {
    // A device, a FIFO or a terminal, or /dev/stdout pointing at a file `>>` appends to: write
    // into it as it is, appending (opening /dev/stdout with O_TRUNC would empty a `>>` log).
    return streamSink(file, await openStream(file, target, 'a'), async () => {}, async () => {});
  }
  const temp = tempPathFor(target);
  try {
    await makeDirectory(dirname(target));
  } catch (error) {
    throw outputError(file, error) ?? error;
  }
  const stream = await openStream(file, temp, 'wx');
  const discard = () => rm(temp, { force: true }).catch(() => {});
  return streamSink(
    file,
    stream,
    async () => {
      try {
        // A report replacing an older one keeps its permissions (a 0600 report stays private).
        if (existing) await chmod(temp, existing.mode & 0o7777);
        await rename(temp, target);
      } catch (error) {
        await discard();
        throw outputError(file, error) ?? error;
      }
    },
    discard,
  );
}

export interface ReportOutput {
  format: string;
  /** Where the report goes; stdout when absent. */
  file?: string;
}

/**
 * The reports one run writes, from `--format name` (repeatable) and `--format name=file`: every
 * name is checked now, before any file is read; at most one report goes to stdout (or to `-o`).
 */
export function reportOutputs(values: readonly string[], output: string | undefined): ReportOutput[] {
  const outputs = (values.length > 0 ? values : ['stylish']).map((value): ReportOutput => {
    const at = value.indexOf('=');
    const format = (at < 0 ? value : value.slice(0, at)).trim();
    getFormat(format);
    const file = at < 0 ? output : value.slice(at + 1);
    if (file === '') throw new GkmlError({ zh: `--format ${format}= 后面缺少文件名。`, en: `--format ${format}= needs a file name.` });
    return { format, ...(file !== undefined ? { file } : {}) };
  });
  const toStdout = outputs.filter((o) => o.file === undefined);
  const bare = values.filter((v) => !v.includes('='));
  if (toStdout.length > 1 || (output !== undefined && bare.length > 1)) {
    throw new GkmlError({
      zh: '只能有一种格式输出到屏幕（或 -o 指定的文件）；其他格式请写成 名称=文件，如 --format sarif=report.sarif。',
      en: 'Only one format can go to stdout (or to -o); give the others a file, e.g. --format sarif=report.sarif.',
    });
  }
  const files = outputs.map((o) => o.file).filter((f): f is string => f !== undefined);
  const repeated = files.find((f, i) => files.indexOf(f) !== i);
  if (repeated) throw new GkmlError({ zh: `两种格式不能写入同一个文件 ${repeated}。`, en: `Two formats cannot be written to the same file ${repeated}.` });
  return outputs;
}
