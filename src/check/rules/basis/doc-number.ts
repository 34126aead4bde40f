import { docNumberProblems } from '../../../basis/problems.js';
import { defineRule } from '../../rule.js';
import { reportProblems } from './shared.js';

const write = { hint: { zh: '改为：{corrected}', en: 'Write: {corrected}' } };

export const basisDocNumber = defineRule({
  id: 'basis/doc-number',
  severity: 'error',
  clause: '二(三)2',
  fixable: true,
  docs: {
    summary: { zh: '发文字号须符合 GB/T 9704-2012：机关代字〔年份〕序号号。', en: 'Document numbers follow GB/T 9704-2012: organ〔year〕sequence号.' },
    details: {
      zh: 'GB/T 9704-2012 §7.2.5：年份标全称，用六角括号〔〕括入；发文顺序号不加“第”字，不编虚位（1 不编为 01），在阿拉伯数字后加“号”字。文号放在标题后的圆括号里，所以年份不能再用圆括号或方括号。可自动修复：括号形近字（[] ［］ () （） 【】 ﹝﹞ 〖〗）、多余的“第”、序号前的 0、号码内的空格（空格仅为警告）。丢失的〕、缺“号”只给建议。',
      en: 'GB/T 9704-2012 §7.2.5: the full year in tortoise-shell brackets 〔〕, no 第 before the sequence, no leading zeros, 号 after the digits. The number sits in round parentheses after the title, so the year cannot use round or square brackets. Fixable: bracket look-alikes ([] ［］ () （） 【】 ﹝﹞ 〖〗), a 第, leading zeros, spaces (spaces are a warning). A lost 〕 or a missing 号 is only suggested.',
    },
  },
  messages: {
    brackets: { zh: '发文字号“{text}”的年份用了{bracketsZh}，应使用六角括号〔〕：{expected}。', en: 'Document number “{text}” puts the year in {bracketsEn} instead of 〔〕: {expected}.', ...write },
    lostClose: {
      zh: '发文字号“{text}”缺少后六角括号〕，年份和序号连在一起，可能应为 {expected}。',
      en: 'Document number “{text}” lost its closing 〕 (year and sequence run together); probably {expected}.',
      hint: { zh: '核对原文后改为：{corrected}', en: 'Check the original document, then write: {corrected}' },
    },
    year: {
      zh: '发文字号“{text}”的年份“{year}”不是四位全称。',
      en: 'Document number “{text}” has year “{year}”, not the full four-digit year.',
      hint: { zh: '年份写全称，如〔2019〕。', en: 'Write the full year, e.g. 〔2019〕.' },
    },
    seqMissing: {
      zh: '发文字号“{text}”缺少发文顺序号。',
      en: 'Document number “{text}” has no sequence number.',
      hint: { zh: '核对原文，写成 机关代字〔年份〕序号号。', en: 'Check the original: organ〔year〕sequence号.' },
    },
    di: { zh: '发文字号“{text}”的顺序号前不加“第”字：{expected}。', en: 'Document number “{text}”: no 第 before the sequence: {expected}.', ...write },
    zeros: { zh: '发文字号“{text}”的顺序号“{seq}”编了虚位：{expected}。', en: 'Document number “{text}” pads the sequence “{seq}” with zeros: {expected}.', ...write },
    hao: { zh: '发文字号“{text}”缺少“号”字：{expected}。', en: 'Document number “{text}” lacks 号: {expected}.', ...write },
    spaces: { zh: '发文字号“{text}”中有空格：{expected}。', en: 'Document number “{text}” contains spaces: {expected}.', ...write },
    duplicateHao: { zh: '发文字号“{text}”后多了一个“号”字。', en: 'An extra 号 follows document number “{text}”.', ...write },
  },
  check({ items }) {
    return reportProblems(items, docNumberProblems);
  },
});
