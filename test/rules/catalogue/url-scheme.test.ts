import { stringify } from 'yaml';
import { catalogueUrlScheme } from '../../../src/check/rules/catalogue/url-scheme.js';
import { cleanCatalogue, withItem } from '../../helpers.js';
import { testRule } from '../../rule-tester.js';

function withTop(edit: (doc: Record<string, any>) => void): string {
  const doc = cleanCatalogue();
  edit(doc);
  return stringify(doc);
}

// Positions in the stringified example: `url: …` is line 8 (value at column 6, a quote or a block
// scalar's `|-` included), `  unit: …` line 10 (column 9). In the first item, content entries are
// `      - …` from line 18 (column 9), and the channel boxes start on line 33: `      政府网站: ` puts
// the value at column 13, `      其他: ` (line 35) at column 11.
testRule(catalogueUrlScheme, {
  valid: [
    { name: 'the clean example', yaml: withTop(() => {}) },
    { name: 'no url at all', yaml: withTop((d) => delete d.url) },
    { name: 'a channel named by its https address', yaml: withItem((i) => (i.channels['政府网站'] = 'https://www.example.gov.cn/rsj/')) },
    { name: 'a list of channel names with an http address', yaml: withItem((i) => (i.channels['其他'] = ['乡镇公共服务平台', 'http://example.gov.cn/a?b=1'])) },
    { name: 'ordinary text with a colon', yaml: withItem((i) => (i.content = ['咨询电话: 0371-12345678', 'QQ:12345'])) },
    // A scheme is where a browser starts reading: one after Chinese text is no link.
    { name: 'a scheme after Chinese text', yaml: withItem((i) => (i.content = ['链接：javascript:alert(1)', '网址 data:text/html,x'])) },
    // The schema reports a url without http(s)://; this rule stays quiet so nobody gets two findings.
    { name: 'an ftp url (the schema reports it)', yaml: withTop((d) => (d.url = 'ftp://example.gov.cn/gkml')) },
  ],
  invalid: [
    { name: 'javascript: url', yaml: withTop((d) => (d.url = 'javascript:alert(1)')), findings: [{ line: 8, column: 6, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'mixed case with a leading space', yaml: withTop((d) => (d.url = ' JavaScript:alert(1)')), findings: [{ line: 8, column: 6, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'a newline inside the scheme', yaml: withTop((d) => (d.url = 'java\nscript:alert(1)')), findings: [{ line: 8, column: 6, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'http url with a space', yaml: withTop((d) => (d.url = 'https://www.example.gov.cn/gk ml.html')), findings: [{ line: 8, column: 6, messageId: 'malformed', messageIncludes: 'http(s)' }] },
    { name: 'http url without a host', yaml: withTop((d) => (d.url = 'https://')), findings: [{ line: 8, column: 6, messageId: 'malformed', messageIncludes: 'http(s)' }] },
    { name: 'data: channel name', yaml: withItem((i) => (i.channels['政府网站'] = 'data:text/html;base64,PHNjcmlwdD4=')), findings: [{ line: 33, column: 13, messageId: 'unsafe', messageIncludes: 'data:', severity: 'error' }] },
    {
      name: 'javascript: inside a channel list, located on its line',
      yaml: 'gkml: 1\ndomain: 就业\nregion: 示例县\nitems:\n  - code: "1.1"\n    channels:\n      其他:\n        - 乡镇平台\n        - "  VBScript:msgbox(1)"\n',
      findings: [{ line: 9, column: 11, messageId: 'unsafe', messageIncludes: 'vbscript:' }],
    },
    { name: 'full-width scheme after blanks and a newline', yaml: withItem((i) => i.content.push('\n \tｊａｖａｓｃｒｉｐｔ：void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript' }] },
    { name: 'javascript: as a content element', yaml: withItem((i) => i.content.push('JAVASCRIPT:void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'file: in the contact', yaml: withTop((d) => (d.contact.unit = 'file:///etc/passwd')), findings: [{ line: 10, column: 9, messageId: 'unsafe', messageIncludes: 'file:' }] },
    { name: 'a non-web channel address is a warning', yaml: withItem((i) => (i.channels['其他'] = 'weixin://dl/chat')), findings: [{ line: 35, column: 11, messageId: 'notHttp', messageIncludes: 'weixin:', severity: 'warning' }] },
    { name: 'a broken http channel address', yaml: withItem((i) => (i.channels['政府网站'] = 'https://exa mple.gov.cn')), findings: [{ line: 33, column: 13, messageId: 'malformed', messageIncludes: 'http(s)' }] },
    // Every character NFKC turns into a colon, so the fast "no colon, no scheme" test misses none.
    { name: 'a full-width colon', yaml: withItem((i) => i.content.push('javascript：void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'a small colon', yaml: withItem((i) => i.content.push('javascript﹕void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'a vertical colon', yaml: withItem((i) => i.content.push('javascript︓void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
    { name: 'a double colon equal sign', yaml: withItem((i) => i.content.push('javascript⩴void(0)')), findings: [{ line: 25, column: 9, messageId: 'unsafe', messageIncludes: 'javascript:' }] },
  ],
});
