import * as fs from 'fs';
import * as path from 'path';
import type { Cloud } from '../model/resource';
import { parseUsageFile } from '../pricing/usage-file';
import { Snapshot } from '../pricing/snapshot';
import type { UsageData } from '../pricing/usage';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { EngineOptions } from '../workspace/analyze';
import { flag, UsageError, type ParsedArgs } from './args';

/** Flags shared by every command that prices a workspace. */
export const PRICING_FLAGS = ['format', 'region', 'usage-file', 'var', 'var-file', 'snapshot'];

/** The bundled snapshot sits next to dist/: <package>/pricing-data. COSTLENS_SNAPSHOT or --snapshot override it. */
export function defaultSnapshotDir(): string {
  return process.env.COSTLENS_SNAPSHOT || path.join(__dirname, '..', 'pricing-data');
}

export function engineOptionsFromArgs(args: ParsedArgs, base: string): EngineOptions {
  const snapshotDir = flag(args, 'snapshot') ?? defaultSnapshotDir();
  let snapshot: Snapshot;
  try {
    snapshot = Snapshot.load(snapshotDir);
  } catch (e) {
    throw new UsageError(`cannot load the price snapshot from ${snapshotDir}: ${(e as Error).message}`);
  }
  const region = flag(args, 'region') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  const defaultRegion: Record<Cloud, string> = { ...DEFAULT_SETTINGS.defaultRegion };
  if (region) defaultRegion.aws = region;
  const vars: Record<string, string> = {};
  for (const v of args.flags.get('var') ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var expects name=value, got "${v}"`);
    vars[v.slice(0, eq)] = v.slice(eq + 1);
  }
  const varFiles = (args.flags.get('var-file') ?? []).map((f) => path.resolve(f));
  for (const f of varFiles) if (!fs.existsSync(f)) throw new UsageError(`--var-file ${f} does not exist`);
  const settings: Settings = { ...DEFAULT_SETTINGS, defaultRegion, terraform: { ...DEFAULT_SETTINGS.terraform, vars, varFiles } };
  return { snapshot, settings, usage: loadUsage(flag(args, 'usage-file'), base), workspaceRoot: base };
}

function loadUsage(file: string | undefined, base: string): UsageData | undefined {
  const p = file ? path.resolve(file) : path.join(base, DEFAULT_SETTINGS.usageFile);
  if (!fs.existsSync(p)) {
    if (file) throw new UsageError(`--usage-file ${file} does not exist`);
    return undefined;
  }
  const { usage, error } = parseUsageFile(fs.readFileSync(p, 'utf8'), path.basename(p));
  if (error) process.stderr.write(`costlens: warning: ${error}\n`);
  return usage;
}

/** The paths to analyze (default: the current directory), checked to exist, and the base for relative names. */
export function resolvePaths(args: ParsedArgs): { paths: string[]; base: string } {
  const paths = (args.positionals.length > 0 ? args.positionals : ['.']).map((p) => path.resolve(p));
  for (const p of paths) if (!fs.existsSync(p)) throw new UsageError(`${p} does not exist`);
  const base = paths.length === 1 && fs.statSync(paths[0]).isDirectory() ? paths[0] : process.cwd();
  return { paths, base };
}
