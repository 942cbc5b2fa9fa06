import type { Cloud } from './model/resource';

/**
 * costlens settings: the one source of truth on the server side. package.json's `contributes.configuration`
 * must declare exactly these keys with these defaults (test/unit/settings.test.ts checks both agree).
 * Read per request from the client; never cached in globals.
 */
export interface Settings {
  readonly defaultRegion: Readonly<Record<Cloud, string>>;
  /** Usage file (Infracost-compatible), relative to the workspace folder. */
  readonly usageFile: string;
  readonly hoursPerMonth: number;
  readonly enable: { readonly terraform: boolean; readonly kubernetes: boolean; readonly cloudformation: boolean; readonly serverless: boolean };
  readonly codeLens: { readonly enabled: boolean };
  readonly inlayHints: { readonly enabled: boolean };
  /** Lenses for resources cheaper than this (USD/month) are hidden. */
  readonly lensThreshold: number;
  /** Display currency; only USD is supported for now. */
  readonly currency: 'USD';
  readonly terraform: {
    readonly vars: Readonly<Record<string, string>>;
    readonly varFiles: readonly string[];
    readonly workspace: string;
    /** Path of the terraform binary for "Download modules"; empty = PATH or a downloaded copy. */
    readonly path: string;
  };
  /** Policy file (guardrails), relative to the workspace folder; empty = the policies: section of .costlens.yml. */
  readonly policyFile: string;
  /** Base branch for "Show cost of my changes"; empty = origin/HEAD, then main, then master. */
  readonly diff: { readonly baseBranch: string; readonly showInLens: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  defaultRegion: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' },
  usageFile: 'infracost-usage.yml',
  hoursPerMonth: 730,
  enable: { terraform: true, kubernetes: true, cloudformation: true, serverless: true },
  codeLens: { enabled: true },
  inlayHints: { enabled: false },
  lensThreshold: 0.01,
  currency: 'USD',
  terraform: { vars: {}, varFiles: [], workspace: 'default', path: '' },
  policyFile: '',
  diff: { baseBranch: '', showInLens: false },
};

/** Merges a partial settings object from the client (unknown or ill-typed keys fall back to defaults). */
export function resolveSettings(raw: unknown): Settings {
  const r = (isRecord(raw) ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const region = isRecord(r.defaultRegion) ? r.defaultRegion : {};
  const enable = isRecord(r.enable) ? r.enable : {};
  const tf = isRecord(r.terraform) ? r.terraform : {};
  return {
    defaultRegion: {
      aws: str(region.aws, d.defaultRegion.aws),
      google: str(region.google, d.defaultRegion.google),
      azure: str(region.azure, d.defaultRegion.azure),
    },
    usageFile: str(r.usageFile, d.usageFile, true),
    hoursPerMonth: num(r.hoursPerMonth, d.hoursPerMonth),
    enable: {
      terraform: bool(enable.terraform, true),
      kubernetes: bool(enable.kubernetes, true),
      cloudformation: bool(enable.cloudformation, true),
      serverless: bool(enable.serverless, true),
    },
    codeLens: { enabled: bool(isRecord(r.codeLens) ? r.codeLens.enabled : undefined, true) },
    inlayHints: { enabled: bool(isRecord(r.inlayHints) ? r.inlayHints.enabled : undefined, false) },
    lensThreshold: num(r.lensThreshold, d.lensThreshold),
    currency: 'USD',
    terraform: {
      vars: isRecord(tf.vars) ? stringRecord(tf.vars) : {},
      varFiles: Array.isArray(tf.varFiles) ? tf.varFiles.filter((x): x is string => typeof x === 'string') : [],
      workspace: str(tf.workspace, 'default'),
      path: str(tf.path, '', true),
    },
    policyFile: str(r.policyFile, '', true),
    diff: {
      baseBranch: str(isRecord(r.diff) ? r.diff.baseBranch : undefined, '', true),
      showInLens: bool(isRecord(r.diff) ? r.diff.showInLens : undefined, false),
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown, fallback: string, allowEmpty = false): string {
  return typeof v === 'string' && (allowEmpty || v !== '') ? v : fallback;
}
function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}
function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}
function stringRecord(v: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  return out;
}
