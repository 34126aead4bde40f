import { Chalk } from 'chalk';
import { pick } from '../i18n/index.js';
import type { Lang, LocalizedText } from '../model/index.js';

/** Everything a command needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  cwd: string;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
};

export interface GlobalOptions {
  lang: Lang;
  color: boolean;
}

export function errorLine(io: CliIO, lang: Lang, text: LocalizedText): void {
  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  io.stderr(`${chalk.red('gkml:')} ${pick(text, lang)}\n`);
}
