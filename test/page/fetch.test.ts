// Fetching a published page from a server on 127.0.0.1: what a county site serves (UTF-8 and
// GB2312 pages), and what must end in one clear finding rather than a hang or a crash.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/load/index.js';
import { defaultConfig } from '../../src/config/resolve.js';
import { sheetBaselineLookup } from '../../src/config/baseline.js';
import { fetchPage } from '../../src/load/fetch.js';
import { expectSameItems, itemsOf, page, sourceItems } from './helpers.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let origin = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const server = createServer((req, res) => {
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404, 'Not Found').end('<h1>404</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () =>
    new Promise((resolve) => {
      // The slow response never ends: its socket would hold close() open.
      server.closeAllConnections();
      server.close(() => resolve());
    });
});
afterAll(() => close());

const serve = (path: string, handler: Handler) => routes.set(path, handler);
const load = (url: string, limits: Record<string, number> = {}) =>
  loadCatalogue(url, { baselineFor: sheetBaselineLookup(url, defaultConfig().baseline), limits });

describe('fetching a page over http', () => {
  it('reads a UTF-8 page', async () => {
    serve('/gkml/jiuye.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page('cms-jiuye.html'))));
    const loaded = await load(`${origin}/gkml/jiuye.html`);
    expect(loaded).toMatchObject({ ok: true, format: 'html', file: `${origin}/gkml/jiuye.html` });
    expectSameItems(itemsOf(loaded), sourceItems('clean-jiuye.yaml', '青山县'));
  });

  it('decodes a GB2312 page by its Content-Type, over a meta that says otherwise', async () => {
    // The header wins over the meta (as in browsers): the meta here lies.
    const bytes = Buffer.from(readFileSync(page('cms-shebao-gb2312.html')).toString('latin1').replace('charset=gb2312', 'charset=utf-8'), 'latin1');
    serve('/gb.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=GB2312' }).end(bytes));
    const loaded = await load(`${origin}/gb.html`);
    expect(loaded.data).toMatchObject({ region: '白云县', domain: '社会保险' });
    expectSameItems(itemsOf(loaded), sourceItems('clean-shebao.yaml', '白云县'));
  });

  it('follows a few redirects, and stops past the limit', async () => {
    for (let i = 0; i < 8; i++) serve(`/r${i}`, (_req, res) => res.writeHead(302, { location: i === 7 ? '/gkml/jiuye.html' : `/r${i + 1}` }).end());
    const near = await load(`${origin}/r3`);
    expect(near.ok).toBe(true);
    const far = await load(`${origin}/r0`);
    expect(far.ok).toBe(false);
    expect(far.findings).toEqual([expect.objectContaining({ ruleId: 'io/fetch', severity: 'error', fatal: true })]);
    expect(far.findings[0]!.message.zh).toBe('重定向次数过多（超过 5 次），未读取。');
  });

  it('never follows a redirect to another scheme', async () => {
    serve('/to-file', (_req, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end());
    const loaded = await load(`${origin}/to-file`);
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'io/url' })]);
    expect(loaded.findings[0]!.message.zh).toContain('重定向到 file: 网址，未跟随');
  });

  it('stops reading a body over the size cap, whatever the Content-Length says', async () => {
    serve('/big.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      // Chunked, no length: the cap must be met while streaming.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', push);
        else res.end();
      };
      push();
    });
    const started = Date.now();
    const loaded = await load(`${origin}/big.html`, { maxFileBytes: 1024 * 1024 });
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'io/too-large', fatal: true })]);
    expect(loaded.findings[0]!.message.zh).toMatch(/^文件过大（至少 1(\.\d+)? MB，上限 1 MB）/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    serve('/declared.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) }).end(Buffer.alloc(5 * 1024 * 1024, 'b')));
    const loaded = await load(`${origin}/declared.html`, { maxFileBytes: 1024 * 1024 });
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'io/too-large' });
    expect(loaded.findings[0]!.message.zh).toContain('5 MB，上限 1 MB');
  });

  it('gives up on a slow server after the timeout', async () => {
    serve('/slow.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><table>');
      // Never ends: the timeout covers the body, not only the headers.
    });
    const started = Date.now();
    const loaded = await load(`${origin}/slow.html`, { fetchTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'io/fetch', fatal: true })]);
    expect(loaded.findings[0]!.message.zh).toBe('取回网页超时（0.3 秒内未完成）。');
  });

  it('reports a 404 with the status', async () => {
    const loaded = await load(`${origin}/gone.html`);
    expect(loaded.findings).toEqual([expect.objectContaining({ ruleId: 'io/fetch', file: `${origin}/gone.html` })]);
    expect(loaded.findings[0]!.message.zh).toBe('服务器返回 404 Not Found，未取回网页。');
  });

  it('says in Chinese why a connection failed: refused, or a port fetch will not open', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const limits = { maxFileBytes: 1024, fetchTimeoutMs: 5000, maxRedirects: 5 };
    const refused = await fetchPage(`http://127.0.0.1:${port}/x.html`, limits);
    expect('finding' in refused && refused.finding.message.zh).toBe(`无法连接 127.0.0.1:${port}：连接被拒绝。`);
    const blocked = await fetchPage('http://127.0.0.1:9/x.html', limits);
    expect('finding' in blocked && blocked.finding).toMatchObject({ ruleId: 'io/fetch', message: { zh: '无法连接 127.0.0.1:9：这个端口不允许用网址访问（浏览器和 Node 都拒绝连接它）。' } });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://127.0.0.1/x.html', 'data:text/html,<table>'])('refuses %s without touching it', async (address) => {
    const outcome = await fetchPage(address, { maxFileBytes: 1024, fetchTimeoutMs: 1000, maxRedirects: 5 });
    expect(outcome).toEqual({ finding: expect.objectContaining({ ruleId: 'io/url', severity: 'error', fatal: true, file: address }) });
    expect('finding' in outcome && outcome.finding.message.zh).toMatch(/^不读取 \w+: 网址，只读取 http:\/\/ 和 https:\/\/ 网址。$/);
  });
});
