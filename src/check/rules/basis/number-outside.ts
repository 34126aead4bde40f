import { numberOutsideProblems } from '../../../basis/problems.js';
import { defineRule } from '../../rule.js';
import { reportProblems } from './shared.js';

export const basisNumberOutside = defineRule({
  id: 'basis/number-outside',
  severity: 'warning',
  clause: '二(三)2',
  fixable: true,
  docs: {
    summary: { zh: '文号、令号放在标题后的圆括号里。', en: 'The document or order number goes in parentheses right after the title.' },
    details: {
      zh: '国家标准目录的写法是《标题》(文号)，如《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)。实际目录中常见《…通知》朝人社发〔2022〕25号 这样把文号直接接在标题后。文号已经写了，通知（豫人社办函〔2020〕93号 二(三)2）要求的全称、文号都在，只是位置不合规范，所以是警告。可自动修复：标题后尚无括号时，给文号加上圆括号。',
      en: 'The national directory writes 《title》(number), e.g. 《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号). Real tables put the number straight after the title. The title and number the notice asks for (豫人社办函〔2020〕93号 §2(3)2) are both there, only placed irregularly, so this is a warning. Fixable: when the title has no parentheses yet, the number is wrapped in them.',
    },
  },
  messages: {
    outside: {
      zh: '文号/令号“{text}”写在了括号外，应为 {expected}。',
      en: 'Number “{text}” is outside the parentheses; write {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
  },
  check({ items }) {
    return reportProblems(items, numberOutsideProblems);
  },
});
