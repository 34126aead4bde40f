// The findings list: grouped by item (the file's own findings first), in the order the check
// reports them. Each finding is a button carrying its rule id and place (data-line/data-column for
// YAML, data-sheet/data-cell for a sheet), so a test, a screen reader and a keyboard reach it alike.
import { pick } from '../i18n/index.js';
import type { Finding, Lang } from '../model/index.js';
import { el } from './dom.js';
import { strings } from './strings.js';

export function placeText(f: Finding, lang: Lang): string | undefined {
  const t = strings(lang);
  const loc = f.location;
  if (!loc) return undefined;
  return loc.cell ? t.cell(loc.sheet, loc.cell) : t.line(loc.line, loc.column);
}

export function itemText(f: Finding): string | undefined {
  return f.item ? [f.item.code, f.item.name].filter(Boolean).join(' ') || `#${f.item.index + 1}` : undefined;
}

interface Group {
  key: number;
  label: string | undefined;
  findings: Array<{ finding: Finding; index: number }>;
}

function groups(findings: readonly Finding[]): Group[] {
  const byKey = new Map<number, Group>();
  findings.forEach((finding, index) => {
    const key = finding.item?.index ?? -1;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { key, label: itemText(finding), findings: [] }));
    group.findings.push({ finding, index });
  });
  return [...byKey.values()].sort((a, b) => (a.key === -1 ? -1 : b.key === -1 ? 1 : 0));
}

/** The list of findings as elements; `choose` is called with a finding's index in `findings`. */
export function findingsList(findings: readonly Finding[], lang: Lang, choose: (index: number) => void): HTMLElement {
  const t = strings(lang);
  const list = el('div', { class: 'groups' });
  for (const group of groups(findings)) {
    const headingId = `group-${group.key + 1}`;
    const section = el('section', { class: 'group', 'aria-labelledby': headingId });
    section.append(el('h3', { id: headingId }, group.label ? t.item(group.label) : t.wholeFile));
    const ul = el('ul', { class: 'findings' });
    for (const { finding: f, index } of group.findings) {
      const loc = f.location;
      const place = placeText(f, lang);
      const button = el(
        'button',
        {
          type: 'button',
          class: `finding ${f.severity}${f.suppressed ? ' suppressed' : ''}`,
          'data-index': String(index),
          'data-rule-id': f.ruleId,
          'data-severity': f.severity,
          ...(loc && !loc.cell ? { 'data-line': String(loc.line), 'data-column': String(loc.column) } : {}),
          ...(loc?.cell ? { 'data-cell': loc.cell, 'data-sheet': loc.sheet } : {}),
          ...(f.suppressed ? { 'data-suppressed': 'true' } : {}),
        },
        el('span', { class: 'severity' }, t.severity[f.severity] ?? f.severity),
        f.suppressed ? el('span', { class: 'severity' }, t.suppressed) : undefined,
        el('span', { class: 'message' }, pick(f.message, lang)),
        el('span', { class: 'meta' }, [place, f.ruleId].filter(Boolean).join(' · ')),
      );
      button.addEventListener('click', () => choose(index));
      ul.append(el('li', {}, button));
    }
    section.append(ul);
    list.append(section);
  }
  return list;
}
