import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import zlib from 'node:zlib';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { AppError } from '@/lib/errors';
import { isAllowed, isIpLiteral, parseAllowList, refusedAddressReason, type AllowList } from './address-policy';
import packageJson from '../../package.json';

/**
 * The one way Claimdesk fetches a page from the outside world, built so that a link pasted by a
 * user can never reach into the newsroom's network (SSRF):
 * - http and https only, no credentials in the URL;
 * - the name is resolved here and every address it has is checked (lib/ingest/address-policy.ts);
 *   the connection then goes to exactly the address that was checked, through a `lookup` that
 *   answers with it — no second DNS query that could answer differently;
 * - redirects are followed by hand (at most 5), each target checked again the same way;
 * - at most 5 MB (counted after decompression, streamed and aborted), 15 s in total, HTML or plain
 *   text only, with an honest User-Agent.
 * Hosts on CLAIMDESK_FETCH_ALLOW may be private (tests, private deployments).
 */

export const USER_AGENT = `Claimdesk/${packageJson.version} (+fact-checking workbench)`;
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

export type FetchFailure = 'bad_url' | 'refused_address' | 'unreachable' | 'timeout' | 'too_large' | 'not_article' | 'http_error' | 'too_many_redirects';

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type SafeFetchOptions = {
  /** Name resolution; tests inject one. Default: the system resolver, every address. */
  resolve?: Resolver;
  /** Default: CLAIMDESK_FETCH_ALLOW. */
  allow?: AllowList;
  maxBytes?: number;
  timeoutMs?: number;
  /** Content types accepted (lower case, without parameters). Default: HTML and plain text. */
  accept?: string[];
  /** Aborts the fetch early (e.g. the request that asked for it went away). */
  signal?: AbortSignal;
};

export type FetchedPage = {
  /** The URL the content came from, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** Decoded with the charset the response or the page names (UTF-8 when none). */
  text: string;
};

const HTML_AND_TEXT = ['text/html', 'application/xhtml+xml', 'text/plain'];

export function fetchFailure(reason: FetchFailure, message: string): AppError {
  if (reason === 'bad_url') return new AppError('INVALID', message, { fields: { url: [message] }, details: { reason } });
  return new AppError('FETCH_FAILED', message, { details: { reason } });
}

/** The reason of a fetch error, for tests and the UI. */
export function failureReason(error: unknown): FetchFailure | null {
  if (!(error instanceof AppError)) return null;
  const reason = (error.details as { reason?: FetchFailure } | undefined)?.reason;
  return reason ?? null;
}

const systemResolver: Resolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Checks a URL's form: http(s), no user or password, a host. */
export function checkUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw fetchFailure('bad_url', 'This is not a web address. Enter a full http:// or https:// link.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fetchFailure('bad_url', 'Only http:// and https:// links can be fetched.');
  if (url.username || url.password) throw fetchFailure('bad_url', 'Links with a user name or password in them are not fetched.');
  if (!url.hostname) throw fetchFailure('bad_url', 'This link has no host name.');
  url.hash = '';
  return url;
}

/** Resolves the URL's host and returns the one address to connect to, or refuses. */
async function checkedAddress(url: URL, resolve: Resolver, allow: AllowList): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  if (isIpLiteral(host)) addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw fetchFailure('unreachable', `The site ${host} could not be found (its name does not resolve).`);
    }
  }
  if (addresses.length === 0) throw fetchFailure('unreachable', `The site ${host} could not be found (its name does not resolve).`);
  if (isAllowed(url, allow)) return addresses[0];
  // Every address must be public: a name that answers with one public and one private address could
  // otherwise be steered to the private one.
  for (const a of addresses) {
    const reason = refusedAddressReason(a.address);
    if (reason) throw fetchFailure('refused_address', `Refused: ${host} points to ${reason}, which Claimdesk does not fetch from.`);
  }
  return addresses[0];
}

/** A `lookup` that answers every query with the address already checked. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}

type Response = { status: number; headers: http.IncomingHttpHeaders; stream: http.IncomingMessage };

function request(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<Response> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: pinnedLookup(pinned),
        signal,
        headers: {
          'User-Agent': USER_AGENT,
          Accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
          'Accept-Encoding': 'gzip, deflate, br',
          'Accept-Language': 'en;q=0.9, *;q=0.5',
        },
        // no agent: a kept-alive socket to a name could outlive the check of its address
        agent: false,
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, stream: res }),
    );
    req.on('error', reject);
    req.end();
  });
}

function describeNetworkError(error: unknown, url: URL, signal: AbortSignal, timedOut: () => boolean): AppError {
  if (error instanceof AppError) return error;
  if (timedOut()) return fetchFailure('timeout', `The site ${url.hostname} did not answer within ${FETCH_TIMEOUT_MS / 1000} s.`);
  if (signal.aborted) return fetchFailure('unreachable', 'The fetch was cancelled.');
  const code = (error as { code?: string })?.code ?? '';
  if (code === 'ECONNREFUSED') return fetchFailure('unreachable', `The site ${url.hostname} refused the connection.`);
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return fetchFailure('unreachable', `The site ${url.hostname} has no valid HTTPS certificate.`);
  return fetchFailure('unreachable', `The site ${url.hostname} could not be reached${code ? ` (${code})` : ''}.`);
}

/** Fetches an HTML or plain-text page under the rules above. Throws AppError with a plain message. */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const resolve = options.resolve ?? systemResolver;
  const allow = options.allow ?? parseAllowList(process.env.CLAIMDESK_FETCH_ALLOW);
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const accept = options.accept ?? HTML_AND_TEXT;
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort);
  const timedOut = () => expired;
  let url = checkUrl(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const pinned = await checkedAddress(url, resolve, allow);
      if (expired) throw fetchFailure('timeout', `The site ${url.hostname} did not answer within ${timeoutMs / 1000} s.`);
      let res: Response;
      try {
        res = await request(url, pinned, controller.signal);
      } catch (error) {
        throw describeNetworkError(error, url, controller.signal, timedOut);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        res.stream.resume();
        if (hop >= MAX_REDIRECTS) throw fetchFailure('too_many_redirects', `The link redirects more than ${MAX_REDIRECTS} times; Claimdesk stopped following it.`);
        url = checkUrl(res.headers.location, url.href);
        continue;
      }
      if (res.status >= 400) {
        res.stream.resume();
        const what = res.status === 404 || res.status === 410 ? 'no page at this address' : res.status === 401 || res.status === 403 ? 'it does not let Claimdesk read the page' : `error ${res.status}`;
        throw fetchFailure('http_error', `The site answered ${res.status}: ${what}.`);
      }
      const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
      const mediaType = contentType.split(';')[0].trim() || 'text/html';
      if (!accept.includes(mediaType)) {
        res.stream.resume();
        throw fetchFailure('not_article', `This link is not a web page or text (it is ${mediaType}); Claimdesk reads HTML and plain-text articles.`);
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase().trim();
      if (Number.isFinite(declared) && declared > maxBytes && !encoding) {
        res.stream.destroy();
        throw fetchFailure('too_large', tooLargeMessage(maxBytes));
      }
      let bytes: Buffer;
      try {
        bytes = await readLimited(decoded(res.stream, encoding), maxBytes);
      } catch (error) {
        res.stream.destroy();
        if (error instanceof AppError) throw error;
        throw describeNetworkError(error, url, controller.signal, timedOut);
      }
      return { url: url.href, status: res.status, contentType: mediaType, text: decodeText(bytes, contentType) };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function tooLargeMessage(maxBytes: number): string {
  return `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; Claimdesk stopped reading it.`;
}

function decoded(stream: Readable, encoding: string): Readable {
  if (encoding === 'gzip' || encoding === 'x-gzip') return stream.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return stream.pipe(zlib.createInflate());
  if (encoding === 'br') return stream.pipe(zlib.createBrotliDecompress());
  return stream;
}

async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw fetchFailure('too_large', tooLargeMessage(maxBytes));
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset of the Content-Type, else of a <meta charset> early in the page, else UTF-8. */
function decodeText(bytes: Buffer, contentType: string): string {
  const fromHeader = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = bytes.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(bytes);
    } catch {
      // an unknown charset label: try the next
    }
  }
  return bytes.toString('utf8');
}
