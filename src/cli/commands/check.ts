import type { Command } from 'commander';
import { writeFileAtomic } from '../../emit/atomic.js';
import { allCheckDocs } from '../../check/catalogue-docs.js';
import { checkCatalogue, summarize, type RuleSetting } from '../../check/engine.js';
import { GkmlError } from '../../errors.js';
import { expandInputs, loadCatalogue } from '../../load/index.js';
import { getFormatter, type FileResult } from '../../report/index.js';
import { fixFile, type FixFileResult } from '../../engine/fix.js';
import { reportFixes } from '../fix-report.js';
import { errorLine, type CliIO, type GlobalOptions } from '../io.js';

interface CheckFlags {
  format: string;
  baseline?: string;
  maxWarnings?: string;
  quiet?: boolean;
  output?: string;
  rule: string[];
  fix?: boolean;
  fixDryRun?: boolean;
}

function parseRuleSettings(values: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  const known = new Set(allCheckDocs().map((d) => d.id));
  for (const value of values) {
    const match = /^([\w-]+\/[\w-]+)=(off|info|warning|error)$/.exec(value.trim());
    if (!match) {
      throw new GkmlError({
        zh: `--rule 的写法应为 规则编号=off|info|warning|error，例如 basis/doc-number=warning，而不是“${value}”。`,
        en: `--rule takes rule-id=off|info|warning|error, e.g. basis/doc-number=warning, not "${value}".`,
      });
    }
    if (!known.has(match[1]!)) {
      // A misspelt id would otherwise leave the rule as it was, with nothing to say why.
      throw new GkmlError({
        zh: `没有编号为“${match[1]}”的规则；可用的规则见 gkml rules。`,
        en: `There is no rule "${match[1]}"; gkml rules lists them.`,
      });
    }
    settings[match[1]!] = match[2] as RuleSetting;
  }
  return settings;
}

/** Checks every input; one bad file never stops the rest. Returns results plus whether any input was unreadable. */
export async function checkInputs(operands: readonly string[], flags: Pick<CheckFlags, 'baseline' | 'rule' | 'fix' | 'fixDryRun'>) {
  const { files, missing } = await expandInputs(operands);
  const rules = parseRuleSettings(flags.rule ?? []);
  const results: FileResult[] = [];
  const fixed: FixFileResult[] = [];
  let ioProblem = missing.length > 0;
  const options = { ...(flags.baseline ? { baseline: flags.baseline } : {}), rules };
  for (const file of files) {
    if (flags.fix || flags.fixDryRun) {
      // Fixing re-checks after every pass: the report shows what remains in the same run.
      let result: FixFileResult;
      try {
        result = await fixFile(file, options, Boolean(flags.fixDryRun));
      } catch (error) {
        // A file that cannot be written back must not stop the others from being fixed.
        if (!(error instanceof GkmlError)) throw error;
        const finding = { ruleId: 'io/unwritable', severity: 'error' as const, message: error.text, file };
        result = { file, findings: [finding], applied: 0, written: false };
      }
      if (result.findings.some((f) => f.ruleId.startsWith('io/'))) ioProblem = true;
      fixed.push(result);
      results.push({ file, findings: result.findings, ...(result.text !== undefined ? { text: result.text } : {}) });
      continue;
    }
    const loaded = await loadCatalogue(file);
    if (loaded.findings.some((f) => f.ruleId.startsWith('io/'))) ioProblem = true;
    const findings = checkCatalogue(loaded, options);
    results.push({ file, findings, ...(loaded.text !== undefined ? { text: loaded.text } : {}) });
  }
  return { results, missing, ioProblem, fixed };
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
    .option('--fix', '自动改写可确定的问题并写回 YAML 文件 / rewrite mechanical problems in the YAML files')
    .option('--fix-dry-run', '只显示 --fix 会做的修改（diff），不写文件 / print the diff --fix would apply, write nothing')
    .action(async (inputs: string[], flags: CheckFlags) => {
      const { lang, color } = globals();
      const formatter = getFormatter(flags.format);
      const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
      if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new GkmlError({ zh: '--max-warnings 须为非负整数。', en: '--max-warnings takes a non-negative integer.' });
      }
      if (flags.fix && flags.fixDryRun) {
        throw new GkmlError({ zh: '--fix 与 --fix-dry-run 只能选一个。', en: 'Use either --fix or --fix-dry-run, not both.' });
      }
      const { results, missing, ioProblem, fixed } = await checkInputs(inputs, flags);
      if (flags.fix || flags.fixDryRun) reportFixes(io, lang, fixed, Boolean(flags.fixDryRun));
      for (const operand of missing) {
        errorLine(io, lang, { zh: `没有找到与“${operand}”匹配的目录文件。`, en: `No catalogue files match "${operand}".` });
      }
      const report = formatter(results, { lang, color: flags.output ? false : color, quiet: Boolean(flags.quiet) });
      if (flags.output) await writeFileAtomic(flags.output, report);
      else io.stdout(report);
      const { error: errors, warning: warnings } = summarize(results.flatMap((r) => r.findings));
      if (ioProblem) setExit(2);
      else if (errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings)) setExit(1);
      else setExit(0);
    });
}
