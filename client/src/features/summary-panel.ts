import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { SummaryRequest } from '../../../server/src/protocol';

/**
 * The sortable cost explorer: a webview with every resource of the workspace (click a column to sort),
 * totals by file, type and GPU spend, and Export buttons. Data comes from costlens/summary; the page
 * only renders it (no network, strict CSP with a nonce).
 */
export class SummaryPanel {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly load: () => Promise<SummaryRequest.Result | undefined>,
    private readonly exportAs: (format: 'csv' | 'markdown') => Thenable<unknown>,
  ) {}

  async show(): Promise<void> {
    const data = await this.load();
    if (!data) return;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('costlens.explorer', 'Cost explorer', vscode.ViewColumn.Beside, { enableScripts: true });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { export?: 'csv' | 'markdown'; open?: { uri: string; line: number } }) => {
        if (m.export) void this.exportAs(m.export);
        if (m.open) void vscode.window.showTextDocument(vscode.Uri.parse(m.open.uri), { selection: new vscode.Range(m.open.line, 0, m.open.line, 0) });
      });
    }
    this.panel.webview.html = html(data, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    this.panel.reveal();
  }

  async refresh(): Promise<void> {
    if (this.panel) await this.show();
  }
}

function html(s: SummaryRequest.Result, rel: (uri: string) => string): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const rows = s.resources.map((r) => ({ a: r.address, t: r.type, f: `${rel(r.uri)}:${r.range.start.line + 1}`, u: r.uri, l: r.range.start.line, m: r.monthlyCost, s: r.status, g: r.gpuCount ?? 0, lens: r.lens }));
  const money = (n: number) => '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const gpu = rows.filter((r) => r.g > 0).reduce((a, r) => a + (r.m ?? 0), 0);
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} table{border-collapse:collapse;width:100%}
th,td{padding:3px 8px;border-bottom:1px solid var(--vscode-panel-border);text-align:left} th{cursor:pointer;user-select:none}
td.num,th.num{text-align:right} a{color:var(--vscode-textLink-foreground);cursor:pointer} button{margin-right:6px}
</style></head><body>
<h2 id="total">Workspace total: ${money(s.totalMonthlyCost)}/mo</h2>
<p>${rows.length} resources · GPU spend ${money(gpu)}/mo · prices as of ${s.pricesAsOf} (${s.snapshotOrigin} snapshot)</p>
<p><button id="csv">Export CSV</button><button id="md">Export Markdown</button></p>
<table><thead><tr><th data-k="a">Resource</th><th data-k="t">Type</th><th data-k="f">File</th><th data-k="s">Status</th><th data-k="g" class="num">GPUs</th><th data-k="m" class="num">Monthly ▼</th></tr></thead><tbody id="rows"></tbody></table>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const rows = ${JSON.stringify(rows).replace(/</g, '\\u003c')};
let key = 'm', desc = true;
const fmt = (n) => n === null ? '—' : '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function render() {
  const sorted = [...rows].sort((x, y) => { const a = x[key] ?? -1, b = y[key] ?? -1; return (a < b ? -1 : a > b ? 1 : 0) * (desc ? -1 : 1); });
  const body = document.getElementById('rows');
  body.textContent = '';
  for (const r of sorted) {
    const tr = document.createElement('tr');
    const cells = [r.a, r.t, r.f, r.s, r.g || '', fmt(r.m)];
    cells.forEach((c, i) => { const td = document.createElement('td'); if (i >= 4) td.className = 'num'; if (i === 0) { const a = document.createElement('a'); a.textContent = c; a.onclick = () => vscode.postMessage({ open: { uri: r.u, line: r.l } }); td.appendChild(a); } else td.textContent = String(c); td.title = r.lens; tr.appendChild(td); });
    body.appendChild(tr);
  }
  document.querySelectorAll('th').forEach((th) => { th.textContent = th.textContent.replace(/ [▲▼]$/, '') + (th.dataset.k === key ? (desc ? ' ▼' : ' ▲') : ''); });
}
document.querySelectorAll('th').forEach((th) => th.addEventListener('click', () => { if (key === th.dataset.k) desc = !desc; else { key = th.dataset.k; desc = key === 'm' || key === 'g'; } render(); }));
document.getElementById('csv').onclick = () => vscode.postMessage({ export: 'csv' });
document.getElementById('md').onclick = () => vscode.postMessage({ export: 'markdown' });
render();
</script></body></html>`;
}
