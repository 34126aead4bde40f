// src/calendar/holiday-data.ts for the browser bundle: the same JSON, imported by esbuild.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { ChineseDaysData } from '../../calendar/holiday-data.js';

export type { ChineseDaysData };
export const holidayData = data as ChineseDaysData;
