// Calendar dates as catalogues write them (YYYY-MM-DD). JavaScript's Date rolls an impossible
// date over (2026-02-30 becomes 2 March) or gives up on it (2026-13-45 is an Invalid Date that
// throws in toISOString): a date is real only when its parts come back unchanged.

/** Parses a strict YYYY-MM-DD calendar date (also YYYY/MM/DD and YYYYMMDD); undefined when it is no real date. */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: that one reads years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
}

/** True for a YYYY-MM-DD text that names a day on the calendar. */
export function isCalendarDate(text: string | undefined): text is string {
  return text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) === text;
}

/** Midnight UTC of a YYYY-MM-DD date, for files stamped with a catalogue's date; `fallback` when it is no real date. */
export function stampDate(text: string | undefined, fallback = '2000-01-01'): Date {
  return new Date(`${isCalendarDate(text) ? text : fallback}T00:00:00Z`);
}
