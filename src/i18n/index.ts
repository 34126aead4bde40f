import type { Domain, Lang, LocalizedText } from '../model/index.js';

export function pick(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

export function parseLang(value: string | undefined): Lang {
  if (!value) return 'zh';
  const v = value.toLowerCase();
  return v === 'en' || v.startsWith('en-') || v.startsWith('en_') ? 'en' : 'zh';
}

export const severityNames: Record<string, LocalizedText> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

const domainNames: Record<Domain, LocalizedText> = {
  就业: { zh: '就业', en: 'employment' },
  社会保险: { zh: '社会保险', en: 'social insurance' },
};

/** The domain's name in the message language, as it reads mid-sentence; unknown domains as written. */
export function domainName(domain: string | undefined, lang: Lang): string {
  const known = domain === '就业' || domain === '社会保险' ? domainNames[domain] : undefined;
  return known ? pick(known, lang) : (domain ?? '');
}
