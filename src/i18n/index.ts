import type { Lang, LocalizedText } from '../model.js';

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
