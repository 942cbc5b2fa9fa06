import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

/**
 * Serves the recorded price-API fixtures (test/fixtures/price-api) from 127.0.0.1 the way the real APIs answer:
 * AWS Bulk API files by path, Azure Retail Prices pages by $skip, Google Catalog pages by pageToken. A test can
 * replace the answer for one path to simulate a failed page, a corrupt file or a connection cut mid-body.
 */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'price-api');

/** Return true when the override answered; `hit` counts requests to that path, starting at 1. */
export type Override = (res: http.ServerResponse, hit: number, body: string) => boolean;

export class PriceApiServer {
  readonly hits = new Map<string, number>();
  readonly overrides = new Map<string, Override>();
  private server?: http.Server;
  base = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const hit = (this.hits.get(url.pathname) ?? 0) + 1;
    this.hits.set(url.pathname, hit);
    const file = this.fileFor(url);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = fs.readFileSync(file, 'utf8').replace(/\{\{base\}\}/g, this.base);
    const override = this.overrides.get(url.pathname);
    if (override && override(res, hit, body)) return;
    res.writeHead(200, { 'content-type': file.endsWith('.csv') ? 'text/csv' : 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  private fileFor(url: URL): string | undefined {
    const p = url.pathname;
    if (p.startsWith('/aws/')) return path.join(FIXTURES, p);
    if (p === '/azure/prices') {
      const filter = url.searchParams.get('$filter') ?? '';
      if (!filter.includes("armRegionName eq 'westeurope'") || !filter.includes("serviceName eq 'Virtual Machines'")) return undefined;
      return path.join(FIXTURES, 'azure', url.searchParams.get('$skip') === '1000' ? 'vm-westeurope-page-2.json' : 'vm-westeurope-page-1.json');
    }
    if (p === '/google/pricing.yml') return path.join(FIXTURES, 'google', 'pricing.yml');
    if (p === '/google/v1/services/6F81-5844-456A/skus') {
      if (!url.searchParams.get('key')) return undefined;
      return path.join(FIXTURES, 'google', url.searchParams.get('pageToken') === 'page-2' ? 'skus-page-2.json' : 'skus-page-1.json');
    }
    return undefined;
  }
}

/** Answers with the full Content-Length but only half the body, then drops the connection. */
export function cutHalfway(res: http.ServerResponse, body: string): true {
  res.writeHead(200, { 'content-length': Buffer.byteLength(body) });
  res.write(body.slice(0, Math.floor(body.length / 2)));
  setImmediate(() => res.socket?.destroy());
  return true;
}
