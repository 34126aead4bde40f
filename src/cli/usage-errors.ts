import type { CommanderError } from 'commander';
import type { LocalizedText } from '../model/index.js';

// Commander words its usage errors in English only; clerks get them in Chinese too.
const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? '';

// Commander appends "\n(Did you mean check?)" when a known name is close to the one typed.
const suggestion = (message: string): string | undefined => /\(Did you mean ([^?\s]+)\?\)/.exec(message)?.[1];

export function usageErrorText(error: CommanderError): LocalizedText {
  const what = quoted(error.message);
  const near = suggestion(error.message);
  // One line: the suggestion follows the sentence instead of an escaped line break.
  const plain = error.message.replace(/^error: /, '').replace(/\s*\(Did you mean [^)]*\)\s*$/, '');
  const en = near ? `${plain}. Did you mean ${near}?` : plain;
  switch (error.code) {
    case 'commander.unknownCommand':
      return near ? { zh: `没有“${what}”这个命令。是否要运行 gkml ${near}？`, en: `${plain}. Did you mean gkml ${near}?` } : { zh: `没有“${what}”这个命令。`, en };
    case 'commander.unknownOption':
      return { zh: `不认识的选项“${what}”。${near ? `是否要用 ${near}？` : ''}`, en };
    case 'commander.missingArgument':
      return { zh: `缺少参数“${what}”。`, en };
    case 'commander.optionMissingArgument':
      return { zh: `选项“${what}”后面需要一个值。`, en };
    case 'commander.missingMandatoryOptionValue':
      return { zh: `必须提供选项“${what}”。`, en };
    case 'commander.excessArguments':
      return { zh: '参数太多。', en };
    case 'commander.invalidArgument':
      return { zh: `参数无效：${en}`, en };
    default:
      return { zh: en, en };
  }
}
