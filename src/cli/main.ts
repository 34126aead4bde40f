import { Command, CommanderError } from 'commander';
import type { Lang } from '../model/index.js';
import { GkmlError } from '../errors.js';
import { parseLang } from '../i18n/index.js';
import { errorLine, OutputClosedError, processIO, type CliIO, type GlobalOptions } from './io.js';

// The launcher calls this on the same module instance main writes through.
export { installProcessHandlers } from './io.js';
import { usageErrorText } from './usage-errors.js';

const version = '0.1.0';

type Register = (program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void) => void;

// Each command's module is imported only when that command runs: `gkml check` never loads the
// Excel writer, `gkml --version` loads nothing. Help and unknown commands load them all.
const commands: Record<string, () => Promise<Register[]>> = {
  check: async () => [(await import('./commands/check.js')).registerCheck],
  build: async () => [(await import('./commands/build.js')).registerBuild],
  import: async () => [(await import('./commands/import.js')).registerImport],
  due: async () => [(await import('./commands/due.js')).registerDue],
  rules: async () => [(await import('./commands/rules.js')).registerRules],
  init: async () => [(await import('./commands/init.js')).registerInit],
  review: async () => [(await import('./commands/review.js')).registerReview],
  diff: async () => [(await import('./commands/diff.js')).registerDiff],
  web: async () => [(await import('./commands/web.js')).registerWeb],
  baseline: async () => [(await import('./commands/baseline.js')).registerBaseline],
};
commands.explain = commands.rules!;
commands.verify = commands.diff!;

/** The command named on the command line (the first operand after the global options). */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

async function registerCommands(argv: readonly string[]): Promise<Register[]> {
  const name = commandName(argv);
  if (name === undefined && (argv.includes('-v') || argv.includes('--version'))) return [];
  if (name !== undefined && Object.hasOwn(commands, name)) return commands[name]!();
  const seen = new Set<() => Promise<Register[]>>();
  const all: Register[] = [];
  for (const load of Object.values(commands)) {
    if (seen.has(load)) continue;
    seen.add(load);
    all.push(...(await load()));
  }
  return all;
}

/** --lang as typed, for messages about arguments commander could not finish parsing. */
function langFromArgv(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  if (at >= 0) return argv[at + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

/** The exit code when stdout failed, with its one line (none for a reader that went away). */
function outputClosed(io: CliIO, lang: Lang, error: OutputClosedError): number {
  // `gkml check dir | head -1`: the reader has all it wanted; stop without a word, with the
  // status of a process ended by SIGPIPE, so `set -o pipefail` does not read it as clean.
  if (error.code === 'EPIPE') return 141;
  const reason = error.code === 'ENOSPC' ? { zh: '磁盘空间不足', en: 'no space left on the device' } : { zh: error.code, en: error.code };
  errorLine(io, lang, { zh: `无法写出报告：${reason.zh}。`, en: `Cannot write the report: ${reason.en}.` });
  return 2;
}

/** Runs the CLI and resolves to the exit code: 0 clean, 1 findings, 2 usage or I/O problem. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('gkml');
  const globals = (): GlobalOptions => {
    const opts = program.opts<{ lang?: string; color?: boolean }>();
    const given = opts.lang ?? process.env.GKML_LANG;
    return { lang: parseLang(given), color: io.color && opts.color !== false, langGiven: given !== undefined && given !== '' };
  };
  program
    .description('基层政务公开事项标准目录编译器（就业、社会保险）/ compiler for basic-level government-disclosure standard directories')
    .version(version, '-v, --version')
    .option('--lang <lang>', '界面语言 zh | en / message language', undefined)
    .option('--no-color', '不使用颜色 / disable colours')
    .exitOverride()
    // Usage errors are printed below, translated, with a pointer to --help instead of the whole help.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} });

  for (const register of await registerCommands(argv)) register(program, io, globals, setExit);

  try {
    const name = commandName(argv);
    const topic = name === 'help' ? argv[argv.indexOf('help') + 1] : undefined;
    // Commander would print the whole help and exit 1 without saying what was wrong: parsed as a
    // command instead, the topic gets the unknown-command message with its "did you mean".
    const unknownTopic = topic !== undefined && !topic.startsWith('-') && !Object.hasOwn(commands, topic);
    await program.parseAsync(unknownTopic ? [argv[0]!, argv[1]!, topic] : [...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help, `gkml help [command]` and --version exit through here with code 0; bare `gkml`
      // has printed the help as a usage error (commander's exit code 1): that is a 2 here.
      if (error.code === 'commander.help' || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        if (error.exitCode !== 0) return 2;
      } else {
        const lang = parseLang(langFromArgv(argv) ?? process.env.GKML_LANG);
        errorLine(io, lang, usageErrorText(error));
        io.stderr(lang === 'en' ? 'See gkml --help.\n' : '用法见 gkml --help。\n');
        return 2;
      }
    } else if (error instanceof GkmlError) {
      errorLine(io, globals().lang, error.text);
      return error.exitCode;
    } else if (error instanceof OutputClosedError) {
      return outputClosed(io, globals().lang, error);
    } else {
      throw error;
    }
  }
  try {
    // Whatever ran (a command, the help), what it printed must have reached stdout: a full disk
    // or a closed pipe found only now still ends the run as an output problem.
    await io.flush?.();
  } catch (error) {
    if (error instanceof OutputClosedError) return outputClosed(io, globals().lang, error);
    throw error;
  }
  return exitCode;
}
