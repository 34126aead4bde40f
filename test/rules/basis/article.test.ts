import { basisArticle } from '../../../src/check/rules/basis/article.js';
import { withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';
import { BASIS_0, DISCLOSURE, withBasis } from './basis-helpers.js';

testRule(basisArticle, {
  valid: [
    { name: 'the clean example', yaml: withItem(() => {}) },
    { name: 'titles and numbers only', yaml: withBasis(DISCLOSURE, '《国务院关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)') },
    { name: '第…次 in legislative history is not an article', yaml: withBasis('《中华人民共和国社会保险法》(2010年10月28日第十一届全国人民代表大会常务委员会第十七次会议通过)') },
  ],
  invalid: [
    // rules.md §4 #5 / R-B6 (Huangshi, h40v): article plus quotation
    {
      name: '国务院令第711号,第二十条第二款:…',
      yaml: withBasis('《中华人民共和国政府信息公开条例》国务院令第711号,第二十条第二款:机关职能、机构设置、办公地址'),
      findings: [{ ...BASIS_0, messageId: 'article', severity: 'warning', messageIncludes: '第二十条第二款:机关职能、机构设置、办公地址' }],
    },
    { name: 'article after a well-formed citation', yaml: withBasis(`${DISCLOSURE}第十九条`), findings: [{ ...BASIS_0, messageId: 'article', messageIncludes: 'cites an article: “第十九条”' }] },
    { name: 'article in parentheses', yaml: withBasis('《中华人民共和国社会保险法》(第五十八条)'), findings: [{ ...BASIS_0, messageId: 'article', messageIncludes: '(第五十八条)' }] },
    { name: 'quoted wording', yaml: withBasis('《中华人民共和国就业促进法》“县级以上人民政府……”'), findings: [{ ...BASIS_0, messageId: 'quote', messageIncludes: '引用了原文' }] },
    // rules.md R-LAW5 (Gongliu)
    {
      name: 'form labels inside the parentheses',
      yaml: withBasis('《城市房地产抵押管理办法》(发文字号住房和城乡建设部令第11号,发布日期2012年05月28日)'),
      findings: [{ ...BASIS_0, messageId: 'wording', severity: 'warning', messageIncludes: '发文字号' }],
    },
    { name: 'stray text after the title', yaml: withBasis('《中华人民共和国社会保险法》全文'), findings: [{ ...BASIS_0, messageId: 'stray', messageIncludes: '“全文”' }] },
  ],
});
