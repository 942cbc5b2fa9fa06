import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { REPO } from './fixtures';

/**
 * A minimal LSP client over stdio: Content-Length framing and JSON-RPC ids, nothing more, so protocol
 * tests exercise the real server binary (dist/server.js) exactly as an editor would.
 */
export class LspClient {
  private readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly notifications: { method: string; params: unknown }[] = [];
  private readonly listeners: ((n: { method: string; params: unknown }) => void)[] = [];
  stderr = '';
  exitCode: number | null = null;

  constructor(args: string[] = []) {
    this.proc = spawn(process.execPath, [path.join(REPO, 'dist', 'server.js'), '--stdio', ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.on('exit', (code) => {
      this.exitCode = code;
      for (const w of this.waiting.values()) w.reject(new Error(`server exited (${code}): ${this.stderr}`));
    });
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that matches. */
  waitFor(method: string, pred: (params: any) => boolean = () => true, timeoutMs = 10000): Promise<any> {
    const seen = this.notifications.find((n) => n.method === method && pred(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} notification within ${timeoutMs} ms`)), timeoutMs);
      this.listeners.push((n) => {
        if (n.method === method && pred(n.params)) {
          clearTimeout(timer);
          resolve(n.params);
        }
      });
    });
  }

  async shutdown(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise<void>((resolve) => (this.exitCode !== null ? resolve() : this.proc.on('exit', () => resolve())));
  }

  kill(): void {
    this.proc.kill();
  }

  private send(msg: unknown): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString());
      if (!m) throw new Error('bad header from server');
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: any): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const w = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      if (!w) return;
      if (msg.error) w.reject(new Error(msg.error.message));
      else w.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // A request from the server (workspace/configuration, codeLens/refresh …): answer neutrally.
      this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params.items ?? []).map(() => null) : null });
    } else {
      const n = { method: msg.method, params: msg.params };
      this.notifications.push(n);
      for (const l of this.listeners) l(n);
    }
  }
}
