// gkml check and gkml import on pages, Word files and addresses, through the built CLI as a user
// runs it (a process of its own: the page server below runs in this one).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/defaults.js';
import { root } from '../helpers.js';
import { expectSameItems, itemsOf, page, positionOf, sourceItems } from './helpers.js';

const bin = join(root, 'bin', 'gkml.js');
const gkml = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });

let origin = '';
let close: () => Promise<void>;
beforeAll(async () => {
  const server = createServer((req, res) => {
    if (req.url === '/gkml/jiuye.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page('cms-jiuye.html')));
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

describe('gkml check', () => {
  it('checks a saved page: 0 errors, exit 0', async () => {
    const result = await gkml(['check', page('cms-jiuye.html')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已检查 1 个文件：错误 0 个');
  });

  it('checks a page with mistakes: exit 1, each at its <td> and table cell', async () => {
    const file = page('cms-jiuye-mistakes.html');
    const { line, column } = positionOf(readFileSync(file, 'utf8'), '<td>就业政策法规资询</td>');
    const result = await gkml(['check', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`cms-jiuye-mistakes\\.html:${line}:${column} \\(表2!C3\\) +错误 +\\[1\\.1 就业政策法规资询\\].*item/name-mismatch`));
  });

  it('checks a page by its address', async () => {
    const result = await gkml(['check', `${origin}/gkml/jiuye.html`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('reports a missing page as trouble: exit 2 and one clear line', async () => {
    const result = await gkml(['check', `${origin}/gone.html`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${origin}/gone.html  错误  服务器返回 404 Not Found，未取回网页。  io/fetch`);
    expect(result.stdout + result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a file: address: exit 2', async () => {
    const result = await gkml(['check', 'file:///etc/passwd']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('不读取 file: 网址，只读取 http:// 和 https:// 网址。  io/url');
  });

  it('checks a Word file', async () => {
    const result = await gkml(['check', page('libreoffice-shebao.docx')]);
    expect(result.code).toBe(0);
  });

  it('does not take pages or Word files from a folder walk', async () => {
    const result = await gkml(['check', join(root, 'test', 'fixtures', 'pages')]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('test/fixtures/pages');
  });
});

describe('gkml import', () => {
  const out = mkdtempSync(join(tmpdir(), 'gkml-page-import-'));
  it.each([
    ['a saved page', () => page('cms-jiuye.html'), 'clean-jiuye.yaml', '青山县'],
    ['an address', () => `${origin}/gkml/jiuye.html`, 'clean-jiuye.yaml', '青山县'],
    ['a Word file', () => page('libreoffice-shebao.docx'), 'clean-shebao.yaml', '黄河县'],
  ])('imports %s into a catalogue that reads back to the table', async (name, source, example, county) => {
    const target = join(out, `${name.replace(/\W+/g, '-')}.yaml`);
    const result = await gkml(['import', source(), '-o', target]);
    expect(result.code, result.stderr).toBeLessThan(2);
    expect(result.stdout).toContain(`已生成 ${target}`);
    const loaded = await loadCatalogue(target);
    expect(loaded.format).toBe('yaml');
    expectSameItems(itemsOf(loaded), sourceItems(example, county));
  });

  it('reports a missing address without writing anything', async () => {
    const target = join(out, 'gone.yaml');
    const result = await gkml(['import', `${origin}/gone.html`, '-o', target]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('服务器返回 404 Not Found');
    expect(existsSync(target)).toBe(false);
  });
});
