// Writing a report a piece at a time into a temporary file beside its final name, renamed into
// place only once complete: a run that fails half-way leaves the previous report, never half
// of a new one.
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, rename, rm } from 'node:fs/promises';
import { outputError, tempPathFor } from '../atomic.js';

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of report text. TextEncoder encodes mostly-Chinese text in about half the time
 * Buffer.from takes, which the streams would otherwise call on each string (180 MB per province).
 */
export function utf8(text: string): Buffer {
  const bytes = encoder.encode(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class AtomicStream {
  readonly temp: string;
  private readonly stream: WriteStream;
  private failure: unknown;

  constructor(readonly target: string) {
    this.temp = tempPathFor(target);
    this.stream = createWriteStream(this.temp, { flags: 'wx' });
    this.stream.on('error', (error) => (this.failure ??= error));
  }

  /** Writes text or bytes, waiting when the disk is behind so memory stays flat. */
  async write(content: string | Uint8Array): Promise<void> {
    if (this.failure) throw outputError(this.target, this.failure) ?? this.failure;
    if (!this.stream.write(typeof content === 'string' ? utf8(content) : content)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      });
    }
  }

  /** Ends the temporary file: everything written is on disk, under the temporary name. */
  async complete(): Promise<void> {
    await new Promise<void>((resolve) => this.stream.end(resolve));
    if (this.failure) {
      await this.abort();
      throw outputError(this.target, this.failure) ?? this.failure;
    }
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true }).catch(() => {});
  }
}

/** Renames a finished temporary file into place, as AtomicStream.commit does. */
export async function commitTemp(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw outputError(target, error) ?? error;
  }
}

/**
 * Renames finished temporary files into place together. A target that is a folder would refuse
 * its rename after the others had replaced their files: it stops all of them before any is
 * renamed, so the reports are all new or all as they were.
 */
export async function commitTogether(files: ReadonlyArray<{ temp: string; target: string }>): Promise<void> {
  for (const { target } of files) {
    if ((await lstat(target).catch(() => undefined))?.isDirectory()) throw outputError(target, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))!;
  }
  for (const { temp, target } of files) await commitTemp(temp, target);
}
