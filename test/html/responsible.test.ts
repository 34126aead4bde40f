// Per-item `responsible` on the site: the public pages show unit and department, never the
// person; the reviewer page (build --allow-errors) shows all three.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepareEntry } from '../../src/engine/build.js';
import { emitSite } from '../../src/emit/html/site.js';
import { loadCatalogueText } from '../../src/load/index.js';
import { cleanCatalogue } from '../helpers.js';
import { en, tempDir } from './helpers.js';

// A name found nowhere else in the catalogue, so that any appearance is the responsible person's.
const PERSON = '欧阳责任';

function entry() {
  const doc = cleanCatalogue();
  doc.items[0].responsible = { unit: '示例县人力资源和社会保障局', department: '就业促进股', person: PERSON };
  doc.items[2].responsible = { person: PERSON };
  const { entry: built } = prepareEntry(loadCatalogueText(stringify(doc), 'traced.yaml'), 'traced');
  return built!;
}

describe('responsible on the site', () => {
  it('public pages list unit and department by item and never name the person', async () => {
    const dir = tempDir();
    await emitSite([entry()], dir, { lang: 'zh', includeFindings: true });
    const page = readFileSync(join(dir, 'traced.html'), 'utf8');
    expect(page).toContain('<h2 id="responsible-title">事项责任单位（科室）</h2>');
    expect(page).toMatch(/<li><a href="#r1">1\.1 就业政策法规咨询<\/a>：示例县人力资源和社会保障局／就业促进股<\/li>/);
    // The item with only a person is not listed at all on the public page.
    expect(page.match(/<li><a href="#r\d+">/g)).toHaveLength(1);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'review.html')) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(PERSON);
    }
  });

  it('the reviewer page shows unit, department and person', async () => {
    const dir = tempDir();
    await emitSite([entry()], dir, { lang: 'zh', includeFindings: true });
    const review = readFileSync(join(dir, 'review.html'), 'utf8');
    expect(review).toContain('事项责任单位、科室和责任人');
    expect(review).toContain(`<tr><td>1.1</td><th scope="row">就业政策法规咨询</th><td>示例县人力资源和社会保障局</td><td>就业促进股</td><td>${PERSON}</td></tr>`);
    expect(review.split(PERSON)).toHaveLength(3);
  });

  it('no section when no item carries unit or department (English pages too)', async () => {
    const dir = tempDir();
    const doc = cleanCatalogue();
    const { entry: plain } = prepareEntry(loadCatalogueText(stringify(doc), 'plain.yaml'), 'plain');
    await emitSite([plain!], dir, en);
    expect(readFileSync(join(dir, 'plain.html'), 'utf8')).not.toContain('responsible-title');
  });
});
