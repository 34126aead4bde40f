import { defineRule, type RuleReport } from '../../rule.js';

/** A real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const catalogueChanges = defineRule({
  id: 'catalogue/changes',
  severity: 'warning',
  clause: '三(一)',
  docs: {
    summary: {
      zh: '调整记录（changes）的日期须是真实日期，所列事项编号须是本目录或省级目录中的事项。',
      en: 'Change-log (`changes`) dates must be real dates and its item codes items of the catalogue or the baseline.',
    },
    details: {
      zh: '目录须“做好日常维护和动态调整”（豫人社办函〔2020〕93号 三(一)）。changes 记录每次调整的日期、事项和原因，gkml diff 据此写《调整情况说明》；日期写错或编号对不上，说明就无从追溯。已删去的标准事项可用省级目录中的编号记录。日期格式由模式检查，本规则查日期是否真实存在（如 2024-02-30 不存在）。',
      en: 'Directories are “maintained and adjusted as policies change” (豫人社办函〔2020〕93号 §3(1)). `changes` records each adjustment’s date, items and reason, and gkml diff writes the adjustment note from it; a wrong date or an unknown code breaks the trail. A removed standard item may be logged by its baseline code. The schema checks the date’s form; this rule checks that the date exists (2024-02-30 does not).',
    },
  },
  messages: {
    date: {
      zh: '调整记录的日期“{date}”不是真实的日期。',
      en: 'Change-log date "{date}" is not a real date.',
      hint: { zh: '写成实际调整的日期，如 "2026-10-15"（加引号）。', en: 'Write the real date of the adjustment, e.g. "2026-10-15" (quoted).' },
    },
    unknownItem: {
      zh: '调整记录中的事项编号“{code}”既不是本目录的事项，也不在省级目录中。',
      en: 'Change-log item "{code}" is neither an item of this catalogue nor in the baseline.',
      hint: { zh: '核对编号：写本目录事项的 code（细化事项写其序号 seq），已删去的标准事项写省级目录编号。', en: 'Check the code: an item’s code (a refinement’s seq), or the baseline code of a removed standard item.' },
    },
  },
  check({ catalogue, items, baseline }) {
    const reports: RuleReport[] = [];
    const changes = catalogue.changes;
    if (!changes || changes.length === 0) return reports;
    const known = new Set<string>();
    for (const { item } of items) {
      if (item.code) known.add(item.code.trim());
      if (item.seq) known.add(item.seq.trim());
    }
    for (let n = 0; n < changes.length; n++) {
      const entry = changes[n]!;
      // A malformed date is the schema's (schema/format); only a well-formed impossible one is ours.
      if (/^\d{4}-\d{2}-\d{2}$/.test(entry.date) && !isRealDate(entry.date)) {
        reports.push({ messageId: 'date', path: ['changes', n, 'date'], data: { date: entry.date } });
      }
      for (let k = 0; k < entry.items.length; k++) {
        const code = entry.items[k]!.trim();
        if (code === '' || known.has(code) || baseline.secondByCode.has(code)) continue;
        reports.push({ messageId: 'unknownItem', path: ['changes', n, 'items', k], data: { code } });
      }
    }
    return reports;
  },
});
