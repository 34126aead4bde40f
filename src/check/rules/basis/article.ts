import { articleProblems } from '../../../basis/problems.js';
import { defineRule } from '../../rule.js';
import { reportProblems } from './shared.js';

const cite = {
  hint: {
    zh: '删除条款和引文，只写《标题》(文号或令号)；条款内容可写入公开内容或办事指南。',
    en: 'Remove the article and quotation; cite only 《title》(number). Article text belongs in the content or the service guide.',
  },
};

export const basisArticle = defineRule({
  id: 'basis/article',
  severity: 'warning',
  clause: '二(三)2',
  docs: {
    summary: { zh: '依据引用文件，不引用具体条款、原文或栏目文字。', en: 'Cite instruments, not articles, quoted text or form labels.' },
    details: {
      zh: '公开依据列出设立事项的法律法规和文件的全称和文号，不写具体条款（如“第二十条第二款：……”）和引文；条款会随修订而变动，引文也让目录难以核对。',
      en: 'The basis lists the instruments establishing the item by full title and number, without articles (“第二十条第二款: …”) or quoted wording: articles move with amendments and quotations make the directory hard to check.',
    },
  },
  messages: {
    article: { zh: '依据中引用了具体条款“{text}”。', en: 'The basis cites an article: “{text}”.', ...cite },
    quote: { zh: '依据中引用了原文“{text}”。', en: 'The basis quotes text: “{text}”.', ...cite },
    wording: {
      zh: '括号内“{text}”夹带了“发文字号”“发布日期”等栏目文字。',
      en: 'The parentheses “{text}” carry form labels such as 发文字号 or 发布日期.',
      hint: { zh: '括号内只写文号或令号，如(住房和城乡建设部令第11号)。', en: 'Put only the number in the parentheses, e.g. (住房和城乡建设部令第11号).' },
    },
    stray: {
      zh: '标题后的“{text}”既不是文号也不在括号内。',
      en: '“{text}” after the title is neither a number nor in parentheses.',
      hint: { zh: '文号、令号或修订情况写在标题后的圆括号里，其余删除。', en: 'Put the number or legislative history in parentheses after the title; remove the rest.' },
    },
  },
  check({ items }) {
    return reportProblems(items, articleProblems);
  },
});
