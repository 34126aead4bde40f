import { ITEM_LIST_FIELDS, ITEM_TEXT_FIELDS, quotedValue } from './text-fields.js';
import type { JsonPath } from '../../../model/index.js';
import { isDangerousScheme, looksLikeUrl, mayHaveScheme, safeHttpUrl, urlScheme } from '../../../text/url.js';
import { defineRule, type RuleReport } from '../../rule.js';

// The site links the catalogue's `url` and channel names that are web addresses. The schema only
// asks `url` to start with http(s)://; it cannot see ` JavaScript:` hidden in a channel name, a
// `data:` element, or an http URL broken by spaces. A value that a browser would run must never
// reach a government page, even as text someone might copy into the address bar.


const TOP_FIELDS = ['region', 'publisher', 'updated'] as const;

export const catalogueUrlScheme = defineRule({
  id: 'catalogue/url-scheme',
  severity: 'error',
  clause: '三(一)',
  docs: {
    summary: {
      zh: '网址只能是 http 或 https，任何字段都不得含 javascript:、data: 等可执行链接。',
      en: 'Web addresses must be http or https; no field may hold a javascript:, data: or similar link.',
    },
    details: {
      zh: '目录发布在政府网站上（豫人社办函〔2020〕93号 三），生成的网页会把公开网址和写成网址的渠道全称做成链接。javascript:、vbscript:、data:、file: 等协议的“链接”会在群众的浏览器里执行代码或冒充内容，大小写变化、前导空格、夹带换行都骗不过本规则。',
      en: 'Directories are published on government websites; the generated site links the catalogue url and channel names that are web addresses. javascript:, vbscript:, data:, file: and similar schemes run code or spoof content in a citizen\'s browser; case changes, leading spaces and embedded newlines do not hide them from this rule.',
    },
  },
  messages: {
    unsafe: {
      zh: '“{value}”使用了不安全的 {scheme}: 协议。',
      en: '"{value}" uses the unsafe {scheme}: scheme.',
      hint: { zh: '删除该链接，或改为以 https:// 开头的网址。', en: 'Remove the link, or use an address starting with https://.' },
    },
    malformed: {
      zh: '网址“{value}”不是有效的 http(s) 网址（含空白字符或缺少域名）。',
      en: '"{value}" is not a well-formed http(s) address (it has whitespace or no host).',
      hint: { zh: '从浏览器地址栏复制完整网址。', en: 'Copy the full address from the browser\'s address bar.' },
    },
    notHttp: {
      zh: '渠道全称“{value}”是 {scheme}: 网址，网页不会把它做成链接。',
      en: 'The channel name "{value}" is a {scheme}: address; the site will not link it.',
      hint: { zh: '写出渠道的名称，或给出 https:// 网址。', en: 'Name the channel, or give an https:// address.' },
    },
  },
  check({ catalogue, items }) {
    const reports: RuleReport[] = [];
    // Paths are built only for a value that is reported: checking is per scalar of the whole
    // catalogue, and almost every scalar is fine.
    const unsafe = (value: string, path: JsonPath, item?: number): RuleReport => ({
      messageId: 'unsafe',
      path,
      ...(item !== undefined ? { item } : {}),
      data: { value: quotedValue(value, 60), scheme: urlScheme(value)! },
    });
    const channel = (value: string, path: JsonPath, box: string, i: number | undefined, item: number): RuleReport | undefined => {
      // Both tests below start with this one; nearly every channel name fails it.
      if (!mayHaveScheme(value)) return undefined;
      const dangerous = isDangerousScheme(value);
      if (!dangerous && !(looksLikeUrl(value) && !safeHttpUrl(value.trim()))) return undefined;
      const at = i === undefined ? [...path, 'channels', box] : [...path, 'channels', box, i];
      if (dangerous) return unsafe(value, at, item);
      const scheme = urlScheme(value) ?? '?';
      if (scheme === 'http' || scheme === 'https') return { messageId: 'malformed', path: at, item, data: { value: quotedValue(value, 60) } };
      return { messageId: 'notHttp', path: at, item, severity: 'warning' as const, data: { value: quotedValue(value, 60), scheme } };
    };

    if (catalogue.url !== undefined) {
      if (isDangerousScheme(catalogue.url)) reports.push(unsafe(catalogue.url, ['url']));
      // A url that fails the schema's ^https?:// is already reported there; here only the subtler breakage.
      else if (/^https?:\/\//.test(catalogue.url) && !safeHttpUrl(catalogue.url)) reports.push({ messageId: 'malformed', path: ['url'], data: { value: quotedValue(catalogue.url, 60) } });
    }
    for (let k = 0; k < TOP_FIELDS.length; k++) {
      const value = catalogue[TOP_FIELDS[k]!];
      if (value !== undefined && isDangerousScheme(value)) reports.push(unsafe(value, [TOP_FIELDS[k]!]));
    }
    const contact = catalogue.contact ?? {};
    const contactKeys = Object.keys(contact) as Array<keyof typeof contact>;
    for (let k = 0; k < contactKeys.length; k++) {
      const value = contact[contactKeys[k]!];
      if (value !== undefined && isDangerousScheme(value)) reports.push(unsafe(value, ['contact', contactKeys[k]!]));
    }

    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      for (let k = 0; k < ITEM_TEXT_FIELDS.length; k++) {
        const value = item[ITEM_TEXT_FIELDS[k]!];
        if (typeof value === 'string' && isDangerousScheme(value)) reports.push(unsafe(value, [...path, ITEM_TEXT_FIELDS[k]!], index));
      }
      for (let k = 0; k < ITEM_LIST_FIELDS.length; k++) {
        const key = ITEM_LIST_FIELDS[k]!;
        const values = item[key];
        if (!values) continue;
        for (let i = 0; i < values.length; i++) {
          if (isDangerousScheme(values[i]!)) reports.push(unsafe(values[i]!, [...path, key, i], index));
        }
      }
      const channels = item.channels;
      if (!channels) continue;
      const boxes = Object.keys(channels);
      for (let k = 0; k < boxes.length; k++) {
        const box = boxes[k]!;
        const names = channels[box];
        if (typeof names === 'string') {
          const report = channel(names, path, box, undefined, index);
          if (report) reports.push(report);
        } else if (Array.isArray(names)) {
          for (let i = 0; i < names.length; i++) {
            const report = channel(names[i]!, path, box, i, index);
            if (report) reports.push(report);
          }
        }
      }
    }
    return reports;
  },
});
