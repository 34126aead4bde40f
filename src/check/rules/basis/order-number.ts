import { orderNumberProblems } from '../../../basis/problems.js';
import { defineRule } from '../../rule.js';
import { reportProblems } from './shared.js';

const write = { hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' } };

export const basisOrderNumber = defineRule({
  id: 'basis/order-number',
  severity: 'error',
  clause: '二(三)2',
  fixable: true,
  docs: {
    summary: { zh: '令号写作 中华人民共和国国务院令第N号：有“第”，不缩写，主席令用汉字数字。', en: 'Order numbers read 中华人民共和国国务院令第N号: with 第, unabbreviated, Chinese numerals for 主席令.' },
    details: {
      zh: '法律以主席令公布，号数用汉字（主席令第七十号）；行政法规以国务院令、部门规章以部令公布，号数用阿拉伯数字并加“第”（国务院令第711号）。实际目录中常见缺“第”（国务院令711号）、缩写“国令”、重复“号”字。可自动修复：补“第”、“国令”改为“中华人民共和国国务院令”、删除重复的“号”、数字写法、空格（空格仅为警告）。',
      en: 'Laws are promulgated by presidential order numbered in Chinese numerals (主席令第七十号); regulations and ministry rules by State Council or ministry order with 第 and Arabic numerals (国务院令第711号). Real tables drop 第, abbreviate to 国令 and double the 号. Fixable: adding 第, expanding 国令, removing a doubled 号, numerals, spaces (spaces are a warning).',
    },
  },
  messages: {
    abbreviation: { zh: '令号“{text}”用了不规范的简称“国令”，应为 {expected}。', en: 'Order “{text}” uses the abbreviation 国令; write {expected}.', ...write },
    di: { zh: '令号“{text}”缺少“第”字，应为 {expected}。', en: 'Order “{text}” lacks 第; write {expected}.', ...write },
    chineseNumerals: { zh: '主席令号数应使用汉字数字：“{text}”应为 {expected}。', en: 'Presidential order numbers use Chinese numerals: “{text}” should be {expected}.', ...write },
    arabicNumerals: { zh: '{kind}号数应使用阿拉伯数字：“{text}”应为 {expected}。', en: '{kind} numbers use Arabic numerals: “{text}” should be {expected}.', ...write },
    hao: { zh: '令号“{text}”缺少“号”字，应为 {expected}。', en: 'Order “{text}” lacks 号; write {expected}.', ...write },
    duplicateHao: { zh: '“{text}”重复了“号”字，应为 {expected}。', en: '“{text}” repeats 号; write {expected}.', ...write },
    spaces: { zh: '令号“{text}”中有空格，应为 {expected}。', en: 'Order “{text}” contains spaces; write {expected}.', ...write },
  },
  check({ items }) {
    return reportProblems(items, orderNumberProblems);
  },
});
