// A directory sheet of any number of item rows, made from the writer's own sheet for the clean
// example: its title and two header rows, then `items` rows (additions 补充1 … with their own
// names and contents, the long cells shared), the first-level cell merged down all of them, and the footer.
import { writeWorkbook } from '../../src/emit/xlsx/workbook.js';
import { layoutWorkbook } from '../../src/emit/xlsx/emit.js';
import { entryFromExample } from './helpers.js';
import { editParts } from './zip-writer.js';

/**
 * A distinct made-up name per row: three CJK characters spread over the unified block, so no two
 * rows read as near-duplicates (100,000 names like 事项1, 事项2 … would all be flagged as repeats).
 */
function itemName(i: number): string {
  // Co-prime periods: the triple repeats only after billions of rows.
  const ch = (k: number, period: number) => String.fromCodePoint(0x4e00 + (k % period));
  return `${ch(i * 7919, 20000)}${ch(i * 104729 + 4001, 19997)}${ch(i * 1299709 + 9001, 19991)}服务`;
}

export async function bigDirectorySheet(items: number): Promise<Uint8Array> {
  const clean = await writeWorkbook(layoutWorkbook(entryFromExample(), { lang: 'zh', includeFindings: false }));
  return editParts(clean, {
    'xl/worksheets/sheet1.xml': (xml) => {
      const rowXml = (r: number) => new RegExp(`<row r="${r}"[^>]*>[\\s\\S]*?</row>`).exec(xml)![0];
      const template = rowXml(4);
      const footer = rowXml(9);
      const body: string[] = [];
      for (let i = 0; i < items; i++) {
        const r = 4 + i;
        body.push(
          template
            .replace(/(<row r=")4"/, `$1${r}"`)
            .replace(/(<c r="[A-Z]+)4"/g, `$1${r}"`)
            .replace(/<c r="A\d+" s="3" t="s"><v>\d+<\/v><\/c>/, `<c r="A${r}" s="3" t="inlineStr"><is><t>补充${i + 1}</t></is></c>`)
            .replace(/<c r="C\d+" s="5" t="s"><v>\d+<\/v><\/c>/, `<c r="C${r}" s="5" t="inlineStr"><is><t>${itemName(i)}</t></is></c>`)
            .replace(/<c r="D\d+" s="5" t="s"><v>\d+<\/v><\/c>/, `<c r="D${r}" s="5" t="inlineStr"><is><t xml:space="preserve">1.第${i + 1}项事项的办理条件
2.办理流程</t></is></c>`)
            .replace(i === 0 ? /^$/ : /<c r="B\d+" s="4" t="s"><v>\d+<\/v><\/c>/, `<c r="B${r}" s="4"/>`),
        );
      }
      const last = 4 + items;
      const start = xml.indexOf('<row r="4"');
      const end = xml.indexOf('</sheetData>');
      return (
        xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:N${last}"/>`) +
        body.join('') +
        footer.replace(/(<row r=")9"/, `$1${last}"`).replace(/(<c r="[A-Z]+)9"/g, `$1${last}"`) +
        xml.slice(end)
          // The writer merges the first-level cell page by page: one merge down all the rows instead.
          .replace(/<mergeCell ref="B4:B\d+"\/>/, `<mergeCell ref="B4:B${last - 1}"/>`)
          .replace(/<mergeCell ref="B(?!4:)\d+:B\d+"\/>/g, '').replace('<mergeCell ref="A9:N9"/>', `<mergeCell ref="A${last}:N${last}"/>`)
      );
    },
  });
}
