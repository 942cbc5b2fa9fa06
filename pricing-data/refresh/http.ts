import * as https from 'https';
import * as http from 'http';
import { Readable } from 'stream';
import { RefreshError, type FetchLike } from './types';

/**
 * Transport for the refresh: Node's built-in fetch, or (with a proxy) node:https through https-proxy-agent, which
 * is already installed as a dependency of the VS Code test tooling. Every request is retried with exponential
 * back-off on transport failures; a bad payload is not retried (it would be bad again).
 */
export function makeFetch(proxy: string | undefined, custom?: FetchLike): FetchLike {
  if (custom) return custom;
  if (!proxy) return (url, init) => fetch(url, init);
  return (url, init) => proxiedGet(url, proxy, init);
}

async function proxiedGet(url: string, proxy: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<Response> {
  // Loaded lazily so the extension bundle only pulls the agent in when a proxy is configured.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HttpsProxyAgent } = require('https-proxy-agent') as { HttpsProxyAgent: new (p: string) => http.Agent };
  const agent = new HttpsProxyAgent(proxy);
  const lib = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.get(url, { agent, headers: init?.headers, signal: init?.signal }, (res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
      resolve(new Response(Readable.toWeb(res) as ReadableStream, { status: res.statusCode ?? 0, headers }));
    });
    req.on('error', reject);
  });
}

export interface RetryPolicy {
  readonly retries: number;
  readonly backoffMs: number;
  readonly signal?: AbortSignal;
  readonly onRetry?: (attempt: number, error: Error) => void;
}

/** Marks an error as worth retrying (network, 5xx, 429, truncated body). */
export class TransientError extends Error {}

/**
 * GETs `url` and hands the response to `consume`; transport failures (including a body cut off half-way, which
 * surfaces inside `consume`) restart the whole attempt, so `consume` must build its result from scratch.
 */
export async function getWithRetry<T>(fetchImpl: FetchLike, url: string, policy: RetryPolicy, consume: (res: Response) => Promise<T>): Promise<T> {
  let last: Error | undefined;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    if (policy.signal?.aborted) throw new RefreshError('refresh cancelled', url);
    if (attempt > 0) await sleep(policy.backoffMs * 2 ** (attempt - 1), policy.signal);
    try {
      let res: Response;
      try {
        res = await fetchImpl(url, { signal: policy.signal });
      } catch (e) {
        throw new TransientError(`cannot reach ${hostOf(url)}: ${(e as Error).message}`);
      }
      if (res.status === 429 || res.status >= 500) throw new TransientError(`${hostOf(url)} answered HTTP ${res.status}`);
      if (!res.ok) throw new RefreshError(`${url} answered HTTP ${res.status}`, url);
      return await consume(res);
    } catch (e) {
      if (policy.signal?.aborted) throw new RefreshError('refresh cancelled', url);
      const err = e as Error;
      const transient = err instanceof TransientError || isBodyFailure(err);
      if (!transient) throw err instanceof RefreshError ? err : new RefreshError(err.message, url);
      last = err;
      policy.onRetry?.(attempt + 1, err);
    }
  }
  throw new RefreshError(`download failed after ${policy.retries + 1} attempts: ${last?.message ?? 'unknown error'} (${url})`, url);
}

/** undici reports a connection closed mid-body as TypeError 'terminated' (cause: SocketError) or an abort-like error. */
function isBodyFailure(e: Error): boolean {
  const code = String((e as { cause?: { code?: unknown } }).cause?.code ?? (e as { code?: unknown }).code ?? '');
  return /terminated|fetch failed|ECONNRESET|socket hang up|premature close|other side closed/i.test(e.message) || /ECONNRESET|UND_ERR_SOCKET|ERR_STREAM_PREMATURE_CLOSE/.test(code);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Streams a response body as text lines (the AWS regional CSV files are hundreds of MB; never buffer them). */
export async function* lines(res: Response): AsyncGenerator<string> {
  if (!res.body) return;
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true });
    let i: number;
    while ((i = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, i).replace(/\r$/, '');
      rest = rest.slice(i + 1);
    }
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}

export async function json<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new RefreshError(`corrupt ${what}: not valid JSON (${text.length} bytes)`, res.url);
  }
}
