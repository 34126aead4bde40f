import { defineRule, type RuleReport } from '../../rule.js';

export const catalogueTraceability = defineRule({
  id: 'catalogue/traceability',
  severity: 'warning',
  clause: '三(一)',
  docs: {
    summary: { zh: '目录应写明公开网址（url）和责任单位、责任人（contact），便于省级汇总和追溯。', en: 'A catalogue should give its published URL and a responsible unit and person, for the province\'s collection and for traceability.' },
    details: {
      zh: '目录编制公开须“可追溯到单位、部门，有条件的可责任具体到人”；省厅汇总各县目录的公开网址（豫人社办函〔2020〕93号 三(一)、四(三)）。',
      en: 'Directories must be traceable to a unit, ideally a person, and the province collects each county\'s published URL (豫人社办函〔2020〕93号 §3(1), §4(3)).',
    },
  },
  messages: {
    url: { zh: '没有写明目录的公开网址（url）。', en: 'The published URL (`url`) is missing.', hint: { zh: '添加 url: 目录在政府网站上的网址。', en: 'Add `url:` with the page on the government website.' } },
    contact: {
      zh: '没有写明责任单位（contact.unit）。',
      en: 'No responsible unit (`contact.unit`).',
      hint: { zh: '添加 contact: { unit: 责任科室全称, person: 责任人, phone: "电话" }。', en: 'Add contact: { unit: ..., person: ..., phone: "..." }.' },
    },
  },
  check({ catalogue }) {
    const reports: RuleReport[] = [];
    if (!catalogue.url) reports.push({ messageId: 'url', path: [] });
    if (!catalogue.contact?.unit) reports.push({ messageId: 'contact', path: catalogue.contact ? ['contact'] : [] });
    return reports;
  },
});
