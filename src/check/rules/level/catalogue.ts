import { defineRule, type RuleReport } from '../../rule.js';
import { splitSubjects, subjectTier } from '../../subjects.js';

export const levelCatalogue = defineRule({
  id: 'level/catalogue',
  severity: 'error',
  clause: '二(九)',
  docs: {
    summary: { zh: '乡级（乡镇、街道）目录中不能列只在县级公开、由县级单位负责的事项。', en: 'A township (乡级) directory must not list items published only at county level by county units.' },
    details: {
      zh: '“按照该事项的公开主体选择对应的公开层级，包括县级和乡级”（豫人社办函〔2020〕93号 二(九)）。乡镇（街道）目录列的是本乡镇公开的事项；一行只勾县级、主体也只有县级单位，说明它是县级目录的事项，误抄进了乡级目录。单位类型按基线 subjects 的词表判断。',
      en: 'The level follows the subject (豫人社办函〔2020〕93号 §2(9)). A township directory lists what the township publishes; a row ticked 县级 only, with county units only as subject, belongs to the county’s directory and was copied into the township’s.',
    },
  },
  messages: {
    countyItem: {
      zh: '乡级目录中的事项“{name}”只勾了县级，主体“{subject}”也是县级单位。',
      en: 'Item "{name}" in a township directory is 县级 only, and its subject "{subject}" is a county unit.',
      hint: { zh: '若本乡镇（街道）也公开该事项，勾选乡级并写明乡镇（街道）主体；否则从乡级目录中删除。', en: 'If the township publishes it too, tick 乡级 and name the township unit; otherwise remove it from the township directory.' },
    },
  },
  check({ catalogue, items, baseline }) {
    const reports: RuleReport[] = [];
    if (catalogue.level !== '乡级') return reports;
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.levels || item.levels.length === 0 || item.levels.includes('乡级') || !item.subject) continue;
      const units = splitSubjects(item.subject);
      if (units.length === 0 || !units.every((u) => subjectTier(u, baseline) === 'county')) continue;
      reports.push({ messageId: 'countyItem', item: index, path: [...path, 'levels'], data: { name: item.name ?? '', subject: item.subject } });
    }
    return reports;
  },
});
