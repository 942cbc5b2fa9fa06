import * as fs from 'fs';
import * as path from 'path';
import {
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { suggest } from './advice/advisor';
import { codeActions } from './features/code-actions';
import { alternativesMarkdown } from './report/alternatives-markdown';
import { hoverExtras } from './report/hover-extras';
import { codeLenses } from './features/code-lens';
import { diagnostics } from './features/diagnostics';
import { PolicyDiagnostics } from './features/policy-diagnostics';
import { hover } from './features/hover';
import { inlayHints } from './features/inlay-hints';
import { toDiagnostic, URI } from './features/lsp-convert';
import { readCostlensFile } from './config/costlens-file';
import { summary } from './features/summary';
import { groupByDeclaration } from './features/group';
import { AnalysisChangedNotification, BreakdownRequest, CostOfChangesRequest, SetSnapshotRequest, SETTINGS_SECTION, StatsRequest, SummaryRequest } from './protocol';
import { breakdownMarkdown } from './report/breakdown-markdown';
import { Snapshot } from './pricing/snapshot';
import { parseUsageFile } from './pricing/usage-file';
import type { UsageData } from './pricing/usage';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
import { AnalysisCache, type CacheOptions, type FileView } from './workspace/analysis-cache';
import { pricingEnv, rootModules, workspaceReport, type WorkspaceReport } from './workspace/analyze';
import { costOfChanges } from './report/diff-changes';
import { baseCosts, deltaSuffix, relativeUnit, type BaseCosts } from './report/base-costs';
import { discover, type DiscoveredFiles } from './workspace/discover';
import { overlayFs } from './workspace/disk-fs';
import type { SourceFs } from './workspace/source-fs';
import type { ResourceCost } from './pricing/cost';

export interface SessionOptions {
  /** Snapshot folder given on the command line (--snapshot); otherwise initializationOptions or the bundled one. */
  readonly snapshotDir?: string;
}

/**
 * The language server's state and routing: documents, settings, the analysis cache, and thin handlers
 * that call one feature each. Only this file and features/ know LSP types.
 */
export class Session {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly openText = new Map<string, string>();
  private readonly cache = new AnalysisCache();
  private readonly settingsByRoot = new Map<string, Promise<Settings>>();
  private readonly usageByRoot = new Map<string, { text: string | undefined; usage?: UsageData }>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly baseByRoot = new Map<string, { at: number; base: BaseCosts | undefined }>();
  /** Workspace walks, per root, until a file is created or deleted. */
  private readonly discovered = new Map<string, DiscoveredFiles>();
  private snapshot!: Snapshot;
  private roots: string[] = [];
  private configurationSupported = false;
  private lensRefreshSupported = false;
  private inlayRefreshSupported = false;
  private initSettings: unknown;
  private readonly fs: SourceFs = overlayFs(this.openText);
  private readonly policy = new PolicyDiagnostics({
    readFile: (p) => this.fs.readFile(p),
    settingsFor: (f) => this.settingsFor(f),
    rootOf: (f) => this.rootOf(f),
    workspaceCosts: (root) => this.rootCosts(root),
  });

  constructor(
    private readonly connection: Connection,
    private readonly options: SessionOptions = {},
  ) {}

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => undefined);
    this.documents.onDidChangeContent((e) => this.changed(e.document.uri, e.document.getText()));
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    c.onDidChangeWatchedFiles((p) =>
      p.changes.forEach((ch) => {
        // Created (1) or deleted (3) files change what a workspace walk finds; edits (2) do not.
        if (ch.type !== 2) this.discovered.clear();
        this.invalidate(URI.toPath(ch.uri), ch.type === 3);
      }),
    );
    c.onDidChangeConfiguration(() => this.configurationChanged());
    c.onCodeLens(async (p) => this.guard([], async () => {
      const file = URI.toPath(p.textDocument.uri);
      if (!file) return [];
      const [view, settings] = [await this.view(file), await this.settingsFor(file)];
      const base = settings.diff.showInLens ? await this.baseCostsFor(file) : undefined;
      const unit = base && view.unit ? relativeUnit(this.rootOf(file), view.unit.id) : undefined;
      return codeLenses(p.textDocument.uri, file, view, settings, base ? (decl, m) => deltaSuffix(base, `${unit}#${decl}`, m) : undefined);
    }));
    c.onHover(async (p) => this.guard(null, async () => {
      const file = URI.toPath(p.textDocument.uri);
      if (!file) return null;
      const env = pricingEnv(await this.engineOptions(file));
      const view = await this.view(file);
      return hover(view, p.position, this.snapshot, (g) => [...hoverExtras(g, view.unit?.costs ?? []), ...alternativesMarkdown(suggest(g, env))]);
    }));
    c.onCodeAction(async (p: CodeActionParams) => this.guard<CodeAction[]>([], async () => {
      const file = URI.toPath(p.textDocument.uri);
      if (!file) return [];
      const opts = await this.engineOptions(file);
      return codeActions(p, await this.view(file), this.fs.readFile(file) ?? '', pricingEnv(opts));
    }));
    c.languages.inlayHint.on(async (p) => this.guard([], async () => {
      const file = URI.toPath(p.textDocument.uri);
      const doc = this.documents.get(p.textDocument.uri);
      if (!file || !doc) return [];
      const lines = doc.getText().split('\n');
      return inlayHints(await this.view(file), p.range, await this.settingsFor(file), (l) => (lines[l] ?? '').replace(/\r$/, '').length);
    }));
    c.onRequest(SummaryRequest.method, (p: SummaryRequest.Params) => this.guard(null, () => this.summary(p)));
    c.onRequest(CostOfChangesRequest.method, (p: CostOfChangesRequest.Params) => this.guard(null, () => this.costOfChanges(p)));
    c.onRequest(BreakdownRequest.method, (p: BreakdownRequest.Params) => this.guard(null, () => this.breakdown(p)));
    c.onRequest(SetSnapshotRequest.method, (p: SetSnapshotRequest.Params) => this.guard(null, async () => this.setSnapshot(p)));
    c.onRequest(StatsRequest.method, (): StatsRequest.Result => {
      const m = process.memoryUsage();
      return { rssBytes: m.rss, heapUsedBytes: m.heapUsed, cachedUnits: this.cache.size, pricesAsOf: this.snapshot.pricesAsOf, snapshotOrigin: this.snapshot.origin };
    });
    this.documents.listen(c);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const init = (params.initializationOptions ?? {}) as { snapshotDir?: string; snapshotOrigin?: string; settings?: unknown };
    this.initSettings = init.settings;
    this.configurationSupported = !!params.capabilities.workspace?.configuration;
    this.lensRefreshSupported = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    this.inlayRefreshSupported = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    this.roots = (params.workspaceFolders ?? []).map((f) => URI.toPath(f.uri)).filter((p): p is string => !!p);
    if (this.roots.length === 0 && params.rootUri) {
      const r = URI.toPath(params.rootUri);
      if (r) this.roots.push(r);
    }
    const dir = this.options.snapshotDir ?? init.snapshotDir ?? path.join(__dirname, '..', 'pricing-data');
    this.snapshot = this.loadSnapshot(dir, init.snapshotOrigin ?? (this.options.snapshotDir || init.snapshotDir ? `snapshot at ${dir}` : 'bundled'));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeLensProvider: { resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
        inlayHintProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'costlens', version: '0.1.0' },
    };
  }

  /** A refreshed snapshot that fails to load (deleted, corrupt) falls back to the bundled one, with a message. */
  private loadSnapshot(dir: string, origin: string): Snapshot {
    try {
      return Snapshot.load(dir, origin);
    } catch (e) {
      const bundled = path.join(__dirname, '..', 'pricing-data');
      if (dir === bundled) throw e;
      this.connection.console.error(`costlens: cannot load the price snapshot at ${dir} (${(e as Error).message}); using the bundled one`);
      return Snapshot.load(bundled, 'bundled');
    }
  }

  /** Runs a handler; whatever it throws is logged and answered with a neutral value: the server never dies of bad input. */
  private async guard<T>(fallback: T, fn: () => Promise<T> | T): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      this.connection.console.error(`costlens: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  }

  private changed(uri: string, text: string): void {
    const file = URI.toPath(uri);
    if (!file) return;
    if (!this.openText.has(file)) this.discovered.clear();
    this.openText.set(file, text);
    this.invalidate(file);
  }

  private closed(uri: string): void {
    const file = URI.toPath(uri);
    if (!file) return;
    this.openText.delete(file);
    this.invalidate(file);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private invalidate(file: string | undefined, deleted = false): void {
    if (!file) return;
    const root = this.rootOf(file);
    const usage = this.usageByRoot.get(root);
    if (usage && path.dirname(file) === root) this.usageByRoot.delete(root);
    this.cache.invalidate(file, deleted);
    this.scheduleDiagnostics();
  }

  private configurationChanged(): void {
    this.settingsByRoot.clear();
    this.baseByRoot.clear();
    this.usageByRoot.clear();
    this.cache.clear();
    this.scheduleDiagnostics();
    this.refreshViews();
  }

  /** Asks the client to re-query lenses and inlay hints (settings or prices changed under them). */
  private refreshViews(): void {
    if (this.lensRefreshSupported) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (this.inlayRefreshSupported) void this.connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  }

  /** Diagnostics are pushed shortly after typing stops, for every open document (a module spans files). */
  private scheduleDiagnostics(): void {
    const key = 'all';
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => void this.publishAll(), 150));
  }

  private async publishAll(): Promise<void> {
    this.policy.reset();
    for (const doc of this.documents.all()) {
      await this.guard(undefined, async () => {
        const file = URI.toPath(doc.uri);
        if (!file) return;
        const view = await this.view(file);
        const policy = await this.policy.forFile(file, view.costs);
        // .costlens.yml's cluster section is read by the Kubernetes format; its mistakes belong on the file itself.
        const config = path.basename(file) === '.costlens.yml' ? readCostlensFile(file, doc.getText()).problems.map(toDiagnostic) : [];
        await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [...diagnostics(view), ...policy, ...config] });
        const total = view.costs.reduce((s, c) => s + (c.monthlyCost ?? 0), 0);
        await this.connection.sendNotification(AnalysisChangedNotification.method, { uri: doc.uri, totalMonthlyCost: total });
      });
    }
  }

  private rootOf(file: string): string {
    let best: string | undefined;
    for (const r of this.roots) if ((file === r || file.startsWith(r + path.sep)) && (!best || r.length > best.length)) best = r;
    return best ?? path.dirname(file);
  }

  private settingsFor(file: string): Promise<Settings> {
    const root = this.rootOf(file);
    let s = this.settingsByRoot.get(root);
    if (!s) {
      s = this.configurationSupported
        ? this.connection.workspace
            .getConfiguration({ scopeUri: URI.fromPath(root), section: SETTINGS_SECTION })
            .then(resolveSettings, () => resolveSettings(this.initSettings))
        : Promise.resolve(this.initSettings ? resolveSettings(this.initSettings) : DEFAULT_SETTINGS);
      this.settingsByRoot.set(root, s);
    }
    return s;
  }

  private async engineOptions(file: string): Promise<CacheOptions> {
    const root = this.rootOf(file);
    const settings = await this.settingsFor(file);
    const usageFile = settings.usageFile ? path.resolve(root, settings.usageFile) : undefined;
    let entry = this.usageByRoot.get(root);
    if (!entry) {
      const text = usageFile ? this.fs.readFile(usageFile) : undefined;
      entry = { text, usage: text === undefined ? undefined : parseUsageFile(text, path.basename(usageFile ?? '')).usage };
      this.usageByRoot.set(root, entry);
    }
    return { snapshot: this.snapshot, settings, usage: entry.usage, workspaceRoot: root, usageFile };
  }

  private async view(file: string): Promise<FileView> {
    return this.cache.get(file, this.fs, await this.engineOptions(file));
  }

  private async summary(p: SummaryRequest.Params): Promise<SummaryRequest.Result> {
    if (p.scope === 'file') {
      const file = p.uri ? URI.toPath(p.uri) : undefined;
      const costs = file ? (await this.view(file)).costs : [];
      return summary('file', costs, this.snapshot.pricesAsOf, this.snapshot.origin);
    }
    const costs: ResourceCost[] = [];
    for (const root of this.roots.length ? this.roots : [...new Set([...this.openText.keys()].map((f) => path.dirname(f)))]) {
      costs.push(...(await this.rootCosts(root)));
    }
    return summary('workspace', costs, this.snapshot.pricesAsOf, this.snapshot.origin);
  }

  /** Every resource under a workspace root, from the analysis cache (the workspace summary and guardrails share it). */
  private async rootCosts(root: string): Promise<readonly ResourceCost[]> {
    return (await this.rootReport(root)).costs;
  }

  private async rootReport(root: string): Promise<WorkspaceReport> {
    const opts = await this.engineOptions(path.join(root, '.'));
    let found = this.discovered.get(root);
    if (!found) this.discovered.set(root, (found = discover([root], this.fs)));
    const tf = found.terraformDirs.map((d) => this.cache.unit(d, true, this.fs, opts)).filter((u) => u !== undefined);
    const units = [...rootModules(tf, []), ...found.otherFiles.map((f) => this.cache.unit(f, false, this.fs, opts)).filter((u) => u !== undefined)];
    return workspaceReport(units, this.snapshot.pricesAsOf);
  }

  /** Base-branch costs for the lens suffix; the merge base is re-read at most once a minute, the base priced once per commit. */
  private async baseCostsFor(file: string): Promise<BaseCosts | undefined> {
    const root = this.rootOf(file);
    const cached = this.baseByRoot.get(root);
    if (cached && Date.now() - cached.at < 60_000) return cached.base;
    const settings = await this.settingsFor(file);
    let base: BaseCosts | undefined;
    try {
      base = baseCosts(root, await this.engineOptions(path.join(root, '.')), settings.diff.baseBranch);
    } catch {
      base = undefined; // not a git repository, or no base branch: lenses go without the suffix
    }
    this.baseByRoot.set(root, { at: Date.now(), base });
    return base;
  }

  private async costOfChanges(p: CostOfChangesRequest.Params): Promise<CostOfChangesRequest.Result> {
    const file = p.uri ? URI.toPath(p.uri) : undefined;
    const root = file ? this.rootOf(file) : this.roots[0];
    if (!root) return { error: 'open a folder to compare its cost with the default branch' };
    const settings = await this.settingsFor(path.join(root, '.'));
    const r = costOfChanges(root, await this.rootReport(root), await this.engineOptions(path.join(root, '.')), settings.diff.baseBranch);
    return 'error' in r ? { error: r.error } : { base: r.base, markdown: r.markdown, monthlyDelta: r.diff.delta };
  }

  private async breakdown(p: BreakdownRequest.Params): Promise<BreakdownRequest.Result | null> {
    const file = URI.toPath(p.uri);
    if (!file) return null;
    const group = groupByDeclaration((await this.view(file)).costs).find((g) => g[0].resource.declaration === p.declaration);
    if (!group) return null;
    return { title: p.declaration, markdown: breakdownMarkdown(group, this.snapshot) };
  }

  private setSnapshot(p: SetSnapshotRequest.Params): SetSnapshotRequest.Result {
    if (!fs.existsSync(path.join(p.dir, 'manifest.json'))) throw new Error(`no snapshot at ${p.dir}`);
    this.snapshot = Snapshot.load(p.dir, p.origin);
    this.cache.clear();
    this.scheduleDiagnostics();
    this.refreshViews();
    return { pricesAsOf: this.snapshot.pricesAsOf };
  }
}
