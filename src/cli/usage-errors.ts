import type { CommanderError } from 'commander';
import type { LocalizedText } from '../model/index.js';

// Commander words its usage errors in English only; clerks get them in Chinese too.
const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1] ?? '';

export function usageErrorText(error: CommanderError): LocalizedText {
  const what = quoted(error.message);
  const en = error.message.replace(/^error: /, '');
  switch (error.code) {
    case 'commander.unknownCommand':
      return { zh: `没有“${what}”这个命令。`, en };
    case 'commander.unknownOption':
      return { zh: `不认识的选项“${what}”。`, en };
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
