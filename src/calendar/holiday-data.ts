// The chinese-days package's holiday tables, read as JSON through require (Node 20 has no stable
// JSON import). The browser page's bundle puts src/web/shims/holiday-data.ts here instead.
import { createRequire } from 'node:module';

export interface ChineseDaysData {
  /** date → "English,中文,N" for every rest day of a holiday span (weekends inside it included). */
  holidays: Record<string, string>;
  /** date → "English,中文,N" for every weekend make-up working day. */
  workdays: Record<string, string>;
}

export const holidayData = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
