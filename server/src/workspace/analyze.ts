import * as path from 'path';
import { analyzeTerraformModule, type ModuleCall, type ParseCacheEntry } from '../formats/terraform';
import { detectFileFormat } from '../formats/registry';
import type { Problem } from '../model/problem';
import { ZERO_RANGE } from '../model/range';
import type { ResourceCost } from '../pricing/cost';
import { priceResource, type PricingEnv } from '../pricing/engine';
import type { Snapshot } from '../pricing/snapshot';
import type { UsageData } from '../pricing/usage';
import type { Settings } from '../settings';
import { discover } from './discover';
import type { SourceFs } from './source-fs';

/**
 * The engine entry that the language server and the CLI share (architecture invariant 5): text of
 * files → formats → resources → prices. Pure apart from reading through the given SourceFs.
 */
export interface EngineOptions {
  readonly snapshot: Snapshot;
  readonly settings: Settings;
  readonly usage?: UsageData;
  readonly workspaceRoot?: string;
  /** Parse results reused across keystrokes, keyed by file path (the Terraform module owns the shape). */
  readonly terraformParseCache?: Map<string, ParseCacheEntry>;
}

/** The analysis of one unit: a Terraform module directory or one YAML/JSON file. */
export interface UnitAnalysis {
  readonly id: string;
  readonly kind: 'terraform' | 'kubernetes' | 'cloudformation' | 'serverless';
  readonly costs: readonly ResourceCost[];
  readonly problems: readonly Problem[];
  readonly moduleCalls: readonly ModuleCall[];
}

export interface WorkspaceReport {
  readonly units: readonly UnitAnalysis[];
  readonly costs: readonly ResourceCost[];
  readonly problems: readonly Problem[];
  readonly totalMonthlyCost: number;
  readonly pricesAsOf: string;
}

export function pricingEnv(opts: EngineOptions): PricingEnv {
  return {
    snapshot: opts.snapshot,
    defaultRegions: opts.settings.defaultRegion,
    usage: opts.usage,
    hoursPerMonth: opts.settings.hoursPerMonth,
  };
}

export function analyzeTerraformDir(dir: string, fs: SourceFs, opts: EngineOptions): UnitAnalysis {
  if (!opts.settings.enable.terraform) return { id: dir, kind: 'terraform', costs: [], problems: [], moduleCalls: [] };
  const root = opts.workspaceRoot ?? dir;
  try {
    const result = analyzeTerraformModule(dir, fs, {
      vars: opts.settings.terraform.vars,
      varFiles: opts.settings.terraform.varFiles.map((f) => path.resolve(root, f)),
      defaultRegions: opts.settings.defaultRegion,
      workspace: opts.settings.terraform.workspace,
      parseCache: opts.terraformParseCache,
    });
    const env = pricingEnv(opts);
    return {
      id: dir,
      kind: 'terraform',
      costs: result.resources.map((r) => priceResource(r, env)),
      problems: result.problems,
      moduleCalls: result.moduleCalls,
    };
  } catch (e) {
    return { id: dir, kind: 'terraform', costs: [], problems: [internalProblem(dir, e)], moduleCalls: [] };
  }
}

export function analyzeSingleFile(file: string, fs: SourceFs, opts: EngineOptions): UnitAnalysis | undefined {
  const text = fs.readFile(file);
  if (text === undefined) return undefined;
  const format = detectFileFormat(file, text);
  if (!format || !opts.settings.enable[format.id]) return undefined;
  try {
    const result = format.analyze(file, text, { fs, workspaceRoot: opts.workspaceRoot, defaultRegions: opts.settings.defaultRegion });
    const env = pricingEnv(opts);
    return { id: file, kind: format.id, costs: result.resources.map((r) => priceResource(r, env)), problems: result.problems, moduleCalls: [] };
  } catch (e) {
    return { id: file, kind: format.id, costs: [], problems: [internalProblem(file, e)], moduleCalls: [] };
  }
}

/**
 * Prices everything under the given paths. A directory that another directory calls as a local module
 * is not priced on its own (it would be counted twice, and without its caller's inputs).
 */
export function analyzeWorkspace(paths: readonly string[], fs: SourceFs, opts: EngineOptions): WorkspaceReport {
  const found = discover(paths, fs);
  const tfUnits = found.terraformDirs.map((d) => analyzeTerraformDir(d, fs, opts));
  const units: UnitAnalysis[] = rootModules(tfUnits, paths);
  for (const f of found.otherFiles) {
    const u = analyzeSingleFile(f, fs, opts);
    if (u) units.push(u);
  }
  return workspaceReport(units, opts.snapshot.pricesAsOf);
}

/** Drops module directories that another analyzed directory calls as a local module, unless given explicitly. */
export function rootModules(tfUnits: readonly UnitAnalysis[], explicitPaths: readonly string[]): UnitAnalysis[] {
  const called = new Set<string>();
  for (const u of tfUnits) for (const m of u.moduleCalls) if (/^\.\.?\//.test(m.source)) called.add(path.resolve(u.id, m.source));
  const explicit = new Set(explicitPaths.map((p) => path.resolve(p)));
  return tfUnits.filter((u) => !called.has(u.id) || explicit.has(u.id));
}

export function workspaceReport(units: readonly UnitAnalysis[], pricesAsOf: string): WorkspaceReport {
  const costs = units.flatMap((u) => u.costs);
  const problems = units.flatMap((u) => u.problems);
  return { units, costs, problems, totalMonthlyCost: sumMonthly(costs), pricesAsOf };
}

/** Sum of the known monthly costs (unrounded); unknown resources add nothing. */
export function sumMonthly(costs: readonly ResourceCost[]): number {
  let total = 0;
  for (const c of costs) total += c.monthlyCost ?? 0;
  return total;
}

function internalProblem(file: string, e: unknown): Problem {
  return { file, range: ZERO_RANGE, severity: 'error', message: `costlens could not analyze this: ${(e as Error)?.message ?? e}`, source: 'costlens' };
}
