import * as path from 'path';
import { isTerraformFile } from '../formats/registry';
import type { ParseCacheEntry } from '../formats/terraform';
import type { ResourceCost } from '../pricing/cost';
import type { Problem } from '../model/problem';
import { analyzeSingleFile, analyzeTerraformDir, type EngineOptions, type UnitAnalysis } from './analyze';
import type { SourceFs } from './source-fs';

/**
 * Memoized analyses (architecture invariant 4). A unit is a Terraform module directory or one YAML
 * file; its entry remembers every directory it read, so an edit anywhere it depends on (a variables
 * file, a local module, the usage file) invalidates exactly the units that used it.
 */
interface Entry {
  readonly analysis: UnitAnalysis | undefined;
  readonly deps: ReadonlySet<string>;
}

export interface FileView {
  readonly file: string;
  readonly unit: UnitAnalysis | undefined;
  /** Resources declared in this file (in Terraform, a module's resources live in several files). */
  readonly costs: readonly ResourceCost[];
  readonly problems: readonly Problem[];
}

export interface CacheOptions extends Omit<EngineOptions, 'terraformParseCache'> {
  /** The usage file the options were read from: editing it invalidates every unit. */
  readonly usageFile?: string;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Parse results survive invalidation: only the edited file is re-parsed. */
  readonly terraformParseCache = new Map<string, ParseCacheEntry>();

  /** The unit a file belongs to: its directory for Terraform, itself otherwise. */
  static unitOf(file: string): string {
    return isTerraformFile(file) ? path.dirname(file) : file;
  }

  get(file: string, fs: SourceFs, opts: CacheOptions): FileView {
    const unit = this.unit(AnalysisCache.unitOf(file), isTerraformFile(file), fs, opts);
    return {
      file,
      unit,
      costs: unit ? unit.costs.filter((c) => c.resource.file === file) : [],
      problems: unit ? unit.problems.filter((p) => p.file === file) : [],
    };
  }

  /** The analysis of a unit: a Terraform directory (terraform = true) or one file. */
  unit(id: string, terraform: boolean, fs: SourceFs, opts: CacheOptions): UnitAnalysis | undefined {
    let entry = this.entries.get(id);
    if (!entry) {
      const deps = new Set<string>([terraform ? id : path.dirname(id)]);
      const recording: SourceFs = {
        readFile: (p) => (deps.add(path.dirname(p)), fs.readFile(p)),
        listDir: (p) => (deps.add(p), fs.listDir(p)),
        isDirectory: (p) => fs.isDirectory(p),
      };
      const full = { ...opts, terraformParseCache: this.terraformParseCache };
      if (opts.usageFile) deps.add(path.dirname(opts.usageFile));
      const analysis = terraform ? analyzeTerraformDir(id, recording, full) : analyzeSingleFile(id, recording, full);
      entry = { analysis, deps };
      this.entries.set(id, entry);
    }
    return entry.analysis;
  }

  /** Drops every unit that read from the directory of `file`; returns the dropped unit ids. */
  invalidate(file: string, deleted = false): string[] {
    if (deleted) this.terraformParseCache.delete(file);
    const dir = path.dirname(file);
    const dropped: string[] = [];
    for (const [id, e] of this.entries) {
      if (id === file || e.deps.has(dir)) {
        this.entries.delete(id);
        dropped.push(id);
      }
    }
    return dropped;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.terraformParseCache.clear();
  }
}
