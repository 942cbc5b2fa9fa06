/**
 * The wire contract between the client and the server: the only server folder the client imports.
 * Plain types only (no vscode, no server internals), so both bundles can include it.
 */

export interface WireRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** Client → server: totals for the workspace or one file, for the summary views and the status bar. */
export namespace SummaryRequest {
  export const method = 'costlens/summary';
  export interface Params {
    readonly scope: 'workspace' | 'file';
    /** Required when scope is 'file'. */
    readonly uri?: string;
  }
  export interface ResourceRow {
    readonly address: string;
    readonly declaration: string;
    readonly type: string;
    readonly uri: string;
    readonly range: WireRange;
    readonly status: 'priced' | 'free' | 'usage' | 'unknown' | 'unsupported';
    readonly reason?: string;
    readonly monthlyCost: number | null;
    readonly lens: string;
    readonly cloud?: string;
    readonly region?: string;
    readonly gpuCount?: number;
    readonly usageBased: boolean;
    /** Functions without usage: ≈ USD per 1M requests, with their API and table. */
    readonly perMillionRequests?: number;
  }
  export interface FileRow {
    readonly uri: string;
    readonly monthlyCost: number;
    readonly resources: number;
  }
  export interface Result {
    readonly scope: 'workspace' | 'file';
    readonly totalMonthlyCost: number;
    readonly pricesAsOf: string;
    readonly snapshotOrigin: string;
    readonly counts: Readonly<Record<string, number>>;
    readonly files: readonly FileRow[];
    readonly resources: readonly ResourceRow[];
  }
}

/** Client → server: the Markdown breakdown of one declaration (what the lens click opens). */
export namespace BreakdownRequest {
  export const method = 'costlens/breakdown';
  export interface Params {
    readonly uri: string;
    readonly declaration: string;
  }
  export interface Result {
    readonly title: string;
    readonly markdown: string;
  }
}

/** Server → client: a file's analysis changed (the status bar and the tree view refresh). */
export namespace AnalysisChangedNotification {
  export const method = 'costlens/analysisChanged';
  export interface Params {
    readonly uri: string;
    readonly totalMonthlyCost: number;
  }
}

/** Client → server: switch to another snapshot folder (after Refresh Prices) without a restart. */
export namespace SetSnapshotRequest {
  export const method = 'costlens/setSnapshot';
  export interface Params {
    readonly dir: string;
    readonly origin: string;
  }
  export interface Result {
    readonly pricesAsOf: string;
  }
}

/** Client → server: the server's own health figures (language status, benchmarks). */
export namespace StatsRequest {
  export const method = 'costlens/stats';
  export interface Result {
    readonly rssBytes: number;
    readonly heapUsedBytes: number;
    readonly cachedUnits: number;
    readonly pricesAsOf: string;
    readonly snapshotOrigin: string;
  }
}

/** Client → server: the cost of the working tree against the merge base of the default branch. */
export namespace CostOfChangesRequest {
  export const method = 'costlens/costOfChanges';
  export interface Params {
    /** A file in the workspace folder to compare (the active editor); the first folder when absent. */
    readonly uri?: string;
  }
  export type Result = { readonly base: string; readonly markdown: string; readonly monthlyDelta: number } | { readonly error: string };
}

/** Command ids, shared by package.json contributions, the client and server-issued lenses. */
export const Commands = {
  showBreakdown: 'costlens.showBreakdown',
  showWorkspaceSummary: 'costlens.showWorkspaceSummary',
  showFileSummary: 'costlens.showFileSummary',
  restartServer: 'costlens.restartServer',
  showOutput: 'costlens.showOutput',
  exportSummaryCsv: 'costlens.exportSummaryCsv',
  exportSummaryMarkdown: 'costlens.exportSummaryMarkdown',
  refreshCostTree: 'costlens.refreshCostTree',
  refreshPrices: 'costlens.refreshPrices',
  downloadModules: 'costlens.downloadModules',
  openCostExplorer: 'costlens.openCostExplorer',
  showCostOfChanges: 'costlens.showCostOfChanges',
} as const;

/** The section of VS Code settings the server reads. */
export const SETTINGS_SECTION = 'costlens';
