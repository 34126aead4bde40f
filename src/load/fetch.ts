// Fetching a published page: `gkml check https://…`, `gkml import https://…`. Only http and
// https; the whole fetch (every redirect and the body) within a timeout; at most a few redirects,
// never to another scheme; the body streamed and dropped the moment it passes the size cap (the
// Content-Length is not trusted, and a gzip body counts by its inflated size). Every failure is
// one located Chinese finding on the address, never an exception.
import type { Finding, LocalizedText } from '../model/index.js';
import type { FetchLimits, ReadLimits } from './limits.js';
import { ioFinding, tooLarge } from './io-findings.js';

/** The fetch's limits: the body's cap is the file cap. */
export type FetchPageLimits = FetchLimits & ReadLimits;

export type FetchOutcome = { bytes: Uint8Array; contentType?: string; url: string } | { finding: Finding };

/**
 * True when a command-line operand is an address rather than a path: a scheme of two letters or
 * more and a colon (`https:`, `file:`, `javascript:`). `C:\dir` is a path; a file whose name has
 * a colon can be named ./a:b.html.
 */
export function isUrlOperand(operand: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(operand);
}

const urlHint: LocalizedText = {
  zh: '只能读取 http:// 或 https:// 开头的网址；本地文件请直接写文件路径。',
  en: 'Only http:// and https:// addresses can be read; name a local file by its path.',
};

function refused(address: string, message: LocalizedText): Finding {
  return ioFinding(address, 'io/url', message, urlHint);
}

function failed(address: string, message: LocalizedText, hint?: LocalizedText): Finding {
  return ioFinding(address, 'io/fetch', message, hint);
}

/** The address as a URL when it is http(s); otherwise the finding that refuses it. */
export function httpUrl(address: string): URL | Finding {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return refused(address, { zh: `网址写法不对：“${address}”。`, en: `Malformed address: "${address}".` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/:$/, '');
    return refused(address, { zh: `不读取 ${scheme}: 网址，只读取 http:// 和 https:// 网址。`, en: `${scheme}: addresses are not read; only http:// and https:// addresses are.` });
  }
  if (url.username || url.password) {
    return refused(address, { zh: '网址中不应包含用户名或密码。', en: 'The address must not carry a user name or password.' });
  }
  return url;
}

/** Why a connection failed, in the clerk's words. */
function networkReason(error: unknown): LocalizedText {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code ?? '';
  const reasons: Record<string, LocalizedText> = {
    ECONNREFUSED: { zh: '连接被拒绝', en: 'connection refused' },
    ECONNRESET: { zh: '连接被重置', en: 'connection reset' },
    ENOTFOUND: { zh: '找不到该主机（域名无法解析）', en: 'host not found' },
    EAI_AGAIN: { zh: '域名暂时无法解析', en: 'host name lookup failed' },
    ETIMEDOUT: { zh: '连接超时', en: 'connection timed out' },
    EHOSTUNREACH: { zh: '主机不可达', en: 'host unreachable' },
    ENETUNREACH: { zh: '网络不可达', en: 'network unreachable' },
    UND_ERR_SOCKET: { zh: '连接中断', en: 'connection closed' },
    CERT_HAS_EXPIRED: { zh: '网站证书已过期', en: 'the site certificate has expired' },
    DEPTH_ZERO_SELF_SIGNED_CERT: { zh: '网站使用自签名证书', en: 'the site uses a self-signed certificate' },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: { zh: '无法验证网站证书', en: 'the site certificate cannot be verified' },
    ERR_TLS_CERT_ALTNAME_INVALID: { zh: '网站证书与域名不符', en: 'the site certificate does not match the host' },
  };
  const known = reasons[code];
  if (known) return known;
  const text = cause?.message ?? (error as Error).message ?? String(error);
  // fetch refuses the ports browsers block (9, 25, 6000 …) with this bare message.
  if (text === 'bad port') return { zh: '这个端口不允许用网址访问（浏览器和 Node 都拒绝连接它）', en: 'that port is blocked for web addresses (browsers and Node refuse it)' };
  // Anything else is the network library's own words: say in Chinese what kind of trouble it is.
  return { zh: `网络错误（${text}）`, en: text };
}

const seconds = (ms: number) => (ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(1));

/** Fetches a page or a Word file over http(s), within the limits. Never throws. */
export async function fetchPage(address: string, limits: FetchPageLimits): Promise<FetchOutcome> {
  const first = httpUrl(address);
  if (!(first instanceof URL)) return { finding: first };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.fetchTimeoutMs);
  const timeout = () =>
    failed(address, { zh: `取回网页超时（${seconds(limits.fetchTimeoutMs)} 秒内未完成）。`, en: `Fetching the page timed out (not done within ${seconds(limits.fetchTimeoutMs)} s).` }, {
      zh: '稍后重试，或在浏览器中“另存为”网页后检查保存的文件。',
      en: 'Try again later, or save the page from a browser and check the saved file.',
    });
  try {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': 'gkml (government disclosure directory checker)', accept: 'text/html,application/xhtml+xml,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,*/*;q=0.5' },
        });
      } catch (error) {
        if (timedOut) return { finding: timeout() };
        const reason = networkReason(error);
        return { finding: failed(address, { zh: `无法连接 ${url.host}：${reason.zh}。`, en: `Cannot connect to ${url.host}: ${reason.en}.` }) };
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= limits.maxRedirects) {
          return { finding: failed(address, { zh: `重定向次数过多（超过 ${limits.maxRedirects} 次），未读取。`, en: `Too many redirects (more than ${limits.maxRedirects}); not read.` }, { zh: '在浏览器中打开该网址，使用最终的网址重试。', en: 'Open the address in a browser and use the address it ends at.' }) };
        }
        let next: URL;
        try {
          next = new URL(response.headers.get('location')!, url);
        } catch {
          return { finding: failed(address, { zh: `服务器重定向到无效网址“${response.headers.get('location')}”。`, en: `The server redirected to an invalid address "${response.headers.get('location')}".` }) };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return { finding: refused(address, { zh: `服务器重定向到 ${next.protocol} 网址，未跟随：只读取 http:// 和 https:// 网址。`, en: `The server redirected to a ${next.protocol} address, which was not followed: only http:// and https:// are read.` }) };
        }
        url = next;
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return {
          finding: failed(address, { zh: `服务器返回 ${status}，未取回网页。`, en: `The server answered ${status}; the page was not fetched.` }, {
            zh: response.status === 404 ? '网址可能已失效，请在网站上找到目录的当前网址。' : '稍后重试，或在浏览器中打开该网址核对。',
            en: response.status === 404 ? 'The address may be gone; find the directory\'s current address on the site.' : 'Try again later, or open the address in a browser.',
          }),
        };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxFileBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { finding: tooLarge(address, declared, limits.maxFileBytes) };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        if (response.body) {
          const reader = response.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            size += value.byteLength;
            if (size > limits.maxFileBytes) {
              await reader.cancel().catch(() => undefined);
              return { finding: tooLarge(address, size, limits.maxFileBytes, true) };
            }
            chunks.push(value);
          }
        }
      } catch (error) {
        if (timedOut) return { finding: timeout() };
        const reason = networkReason(error);
        return { finding: failed(address, { zh: `读取网页时连接中断：${reason.zh}。`, en: `The connection broke while reading the page: ${reason.en}.` }) };
      }
      const bytes = Buffer.concat(chunks, size);
      const contentType = response.headers.get('content-type') ?? undefined;
      return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), url: url.href, ...(contentType ? { contentType } : {}) };
    }
  } finally {
    clearTimeout(timer);
  }
}
