import { titleMarkProblems } from '../../../basis/problems.js';
import { defineRule } from '../../rule.js';
import { reportProblems } from './shared.js';

export const basisTitleMarks = defineRule({
  id: 'basis/title-marks',
  severity: 'error',
  clause: '二(三)2',
  fixable: true,
  docs: {
    summary: { zh: '依据的标题须用书名号《》标出，嵌套标题用〈〉。', en: 'Cited titles go in 《》; titles nested inside a title go in 〈〉.' },
    details: {
      zh: '国家标准目录的每条依据都是《标题》加括号内的文号或令号；书名号内再出现书名时用单书名号〈〉（U+3008/3009），如《关于修改〈中华人民共和国社会保险法〉的决定》。实际目录中常见缺书名号、书名号不成对、用半角 <> 或在《》中再套《》。缺书名号或不成对时，依据的全称无从确认（豫人社办函〔2020〕93号 二(三)2），是错误；嵌套标题用错括号只是排版问题，是警告。可自动修复：<> 与套用的《》改为〈〉；缺失的书名号只给出建议，因为标题的起止需要人工确认。',
      en: 'Each national basis entry is 《title》 followed by its number in parentheses; a title inside a title uses 〈〉 (U+3008/3009). Real tables drop the marks, leave them unbalanced, or nest with ASCII <> or 《》. Missing or unbalanced marks leave the full title uncertain (豫人社办函〔2020〕93号 §2(3)2): an error; wrong marks around a nested title are typography: a warning. Fixable: nested <> and 《》 become 〈〉; missing marks are only suggested, because where a title starts and ends needs a person.',
    },
  },
  messages: {
    noTitle: {
      zh: '依据“{text}”没有可识别的标题。',
      en: 'Basis “{text}” has no recognisable title.',
      hint: { zh: '写成《标题》(文号或令号)，如《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)。', en: 'Write 《title》(document or order number), e.g. 《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号).' },
    },
    bare: {
      zh: '标题“{text}”没有用书名号《》标出，应为 {expected}。',
      en: 'Title “{text}” is not in 《》; write {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
    openMissing: {
      zh: '“{text}”缺少前书名号《，应为 {expected}。',
      en: '“{text}” lacks the opening 《; write {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
    closeMissing: {
      zh: '“{text}”缺少后书名号》，应为 {expected}。',
      en: '“{text}” lacks the closing 》; write {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
    nestedAscii: {
      zh: '嵌套标题“{text}”用了半角尖括号，应为 {expected}。',
      en: 'Nested title “{text}” uses ASCII angle brackets; write {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
    nestedDouble: {
      zh: '书名号内又用了书名号“{text}”，嵌套标题应为 {expected}。',
      en: '《》 used inside 《》 (“{text}”); a nested title is written {expected}.',
      hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' },
    },
  },
  check({ items }) {
    return reportProblems(items, titleMarkProblems);
  },
});
