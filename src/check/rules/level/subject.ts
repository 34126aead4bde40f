import { defineRule, type RuleReport } from '../../rule.js';
import { splitSubjects, subjectTier } from '../../subjects.js';

export const levelSubject = defineRule({
  id: 'level/subject',
  severity: 'error',
  clause: '二(九)',
  docs: {
    summary: { zh: '公开层级须与公开主体一致：乡镇（街道）单位对应乡级，县级单位对应县级。', en: 'Levels must match the subject: township (street) units are 乡级, county units 县级.' },
    details: {
      zh: '“按照该事项的公开主体选择对应的公开层级，包括县级和乡级”（豫人社办函〔2020〕93号 二(九)）。主体是乡镇人民政府或街道办事处却只勾县级（或反之），层级就与主体矛盾。单位类型按基线目录 subjects.countySuffixes / townshipSuffixes 判断。',
      en: 'The level follows the subject (豫人社办函〔2020〕93号 §2(9)): a township subject with only 县级, or a county subject with only 乡级, contradicts it. Unit types come from the baseline\'s suffix lists.',
    },
  },
  messages: {
    townshipOnlyCounty: {
      zh: '公开主体“{unit}”是乡镇（街道）单位，但公开层级只有县级。',
      en: 'Subject "{unit}" is a township unit but the only level is 县级.',
      hint: { zh: '在 levels 中加入 乡级，或把主体改为县级单位。', en: 'Add 乡级 to levels, or make the subject a county unit.' },
    },
    countyOnlyTownship: {
      zh: '公开主体“{unit}”是县级单位，但公开层级只有乡级。',
      en: 'Subject "{unit}" is a county unit but the only level is 乡级.',
      hint: { zh: '在 levels 中加入 县级，或把主体改为乡镇（街道）单位。', en: 'Add 县级 to levels, or make the subject a township unit.' },
    },
  },
  check({ items, baseline }) {
    const reports: RuleReport[] = [];
    for (let n = 0; n < items.length; n++) {
      const { index, item, path } = items[n]!;
      if (!item.subject || !item.levels || item.levels.length === 0) continue;
      const county = item.levels.includes('县级');
      const township = item.levels.includes('乡级');
      const units = splitSubjects(item.subject);
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        const tier = subjectTier(unit, baseline);
        if (tier === 'township' && !township) reports.push({ messageId: 'townshipOnlyCounty', item: index, path: [...path, 'levels'], data: { unit } });
        if (tier === 'county' && !county) reports.push({ messageId: 'countyOnlyTownship', item: index, path: [...path, 'levels'], data: { unit } });
      }
    }
    return reports;
  },
});
