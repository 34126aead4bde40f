import { Chalk } from 'chalk';
import { pick } from '../i18n/index.js';
import type { Lang, LocalizedText } from '../model/index.js';
import { terminalSafeLine } from '../text/terminal.js';

/** Everything a command needs from the outside world; tests pass their own. */
export interface CliIO {
  /** Writes report text; `false` means the consumer is slow: wait for `drain` before more. */
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  color: boolean;
  cwd: string;
  /** stderr is a terminal outside CI: long runs may draw a progress bar there. */
  progress?: boolean;
  /** Resolves when stdout can take more (after `stdout` returned false). */
  drain?: () => Promise<void>;
  /** Resolves once everything written has left, or rejects with the error that stopped it. */
  flush?: () => Promise<void>;
}

/** Stdout went away (EPIPE: `gkml check | head`) or filled up (ENOSPC: `> /dev/full`). */
export class OutputClosedError extends Error {
  constructor(readonly code: string) {
    super(`stdout: ${code}`);
    this.name = 'OutputClosedError';
  }
}

let stdoutError: string | undefined;

function watchStdout(): void {
  // Write errors on stdout arrive as events, after the write that caused them: remember the
  // first one and refuse further writes, so the run stops instead of dying with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutError ??= error.code ?? 'EIO';
  });
  process.stderr.on('error', () => {});
}

export const processIO: CliIO = {
  stdout: (text) => {
    if (stdoutError) throw new OutputClosedError(stdoutError);
    return process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
  drain: () =>
    new Promise<void>((resolve) => {
      if (stdoutError) return resolve();
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('error', done);
    }),
  flush: () =>
    new Promise<void>((resolve, reject) => {
      if (stdoutError) return reject(new OutputClosedError(stdoutError));
      process.stdout.write('', (error) => {
        const code = stdoutError ?? (error as NodeJS.ErrnoException | null | undefined)?.code;
        if (code) reject(new OutputClosedError(code));
        else resolve();
      });
    }),
};

/** Called once by the launcher: only the real process has a stdout to watch. */
export function installProcessHandlers(): void {
  watchStdout();
}

export interface GlobalOptions {
  lang: Lang;
  color: boolean;
  /** --lang or GKML_LANG was given: it wins over a config file's lang. */
  langGiven?: boolean;
}

/** One `gkml: ...` line on stderr. File names in it come from disk: they cannot drive the terminal. */
export function errorLine(io: CliIO, lang: Lang, text: LocalizedText): void {
  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  io.stderr(`${chalk.red('gkml:')} ${terminalSafeLine(pick(text, lang))}\n`);
}
