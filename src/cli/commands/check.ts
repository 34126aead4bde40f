import type { Command } from 'commander';
import { writeFileAtomic } from '../../emit/atomic.js';
import { checkCatalogue, type RuleSetting } from '../../check/index.js';
import { GkmlError } from '../../errors.js';
import { expandInputs, loadCatalogue } from '../../load/index.js';
import { getFormatter, type FileResult } from '../../report/index.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';

interface CheckFlags {
  format: string;
  baseline?: string;
  maxWarnings?: string;
  quiet?: boolean;
  output?: string;
  rule: string[];
}

function parseRuleSettings(values: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([\w-]+\/[\w-]+)=(off|info|warning|error)$/.exec(value.trim());
    if (!match) {
      throw new GkmlError({
        zh: `--rule 的写法应为 规则编号=off|info|warning|error，例如 basis/doc-number=warning，而不是“${value}”。`,
        en: `--rule takes rule-id=off|info|warning|error, e.g. basis/doc-number=warning, not "${value}".`,
      });
    }
    settings[match[1]!] = match[2] as RuleSetting;
  }
  return settings;
}

/** Checks every input; one bad file never stops the rest. Returns results plus whether any input was unreadable. */
export async function checkInputs(operands: readonly string[], flags: Pick<CheckFlags, 'baseline' | 'rule'>) {
  const { files, missing } = await expandInputs(operands);
  const rules = parseRuleSettings(flags.rule ?? []);
  const results: FileResult[] = [];
  let ioProblem = missing.length > 0;
  for (const file of files) {
    const loaded = await loadCatalogue(file);
    if (loaded.findings.some((f) => f.ruleId.startsWith('io/'))) ioProblem = true;
    const findings = checkCatalogue(loaded, { ...(flags.baseline ? { baseline: flags.baseline } : {}), rules });
    results.push({ file, findings, ...(loaded.text !== undefined ? { text: loaded.text } : {}) });
  }
  return { results, missing, ioProblem };
}

export function registerCheck(program: Command, io: CliIO, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('检查目录文件（YAML 或 .xlsx）/ validate catalogue files (YAML or .xlsx)')
    .argument('<inputs...>', '文件、目录或通配符 / files, directories or globs')
    .option('-f, --format <name>', '输出格式 stylish | json | summary / output format', 'stylish')
    .option('-b, --baseline <ref>', '省级目录（内置标识或文件路径），覆盖目录中的 baseline / provincial baseline id or file')
    .option('--max-warnings <n>', '警告超过该数量时以 1 退出 / exit 1 when warnings exceed n')
    .option('-q, --quiet', '只显示错误 / report errors only')
    .option('-o, --output <file>', '把报告写入文件 / write the report to a file')
    .option('--rule <id=severity>', '调整规则级别，可重复 / override a rule severity (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .action(async (inputs: string[], flags: CheckFlags) => {
      const { lang, color } = globals();
      const formatter = getFormatter(flags.format);
      const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
      if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new GkmlError({ zh: '--max-warnings 须为非负整数。', en: '--max-warnings takes a non-negative integer.' });
      }
      const { results, missing, ioProblem } = await checkInputs(inputs, flags);
      for (const operand of missing) {
        errorLine(io, lang, { zh: `没有找到与“${operand}”匹配的目录文件。`, en: `No catalogue files match "${operand}".` });
      }
      const report = formatter(results, { lang, color: flags.output ? false : color, quiet: Boolean(flags.quiet) });
      if (flags.output) await writeFileAtomic(flags.output, report);
      else io.stdout(report);
      const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
      const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
      if (ioProblem) setExit(2);
      else if (errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings)) setExit(1);
      else setExit(0);
    });
}
