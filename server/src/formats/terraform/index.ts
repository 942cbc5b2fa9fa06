import type { Cloud, Resource } from '../../model/resource';
import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';
import type { ParseResult } from './ast';

/**
 * Terraform support: a module is a directory. `analyzeTerraformModule` parses every .tf / .tf.json file
 * in it, evaluates variables (defaults, tfvars, settings), locals, count/for_each, module calls and
 * provider regions, and returns one Resource per instance Terraform would create.
 */
export interface TerraformOptions {
  /** Values given on the CLI (--var) or in settings; highest precedence. */
  readonly vars?: Readonly<Record<string, string>>;
  /** Extra var files (absolute paths), applied after the automatic ones, in order. */
  readonly varFiles?: readonly string[];
  readonly defaultRegions: Readonly<Record<Cloud, string>>;
  /** terraform.workspace; 'default' when unset. */
  readonly workspace?: string;
  /**
   * Parse results by absolute file path, reused while the text is unchanged. The caller keeps the map
   * between analyses (one per workspace) so a keystroke re-parses only the edited file.
   */
  readonly parseCache?: Map<string, ParseCacheEntry>;
}

export interface ParseCacheEntry {
  readonly text: string;
  readonly result: ParseResult;
}

/** A `module "x" {}` call in this directory, so the lens above it can show the module's total. */
export interface ModuleCall {
  readonly name: string;
  readonly file: string;
  readonly headerRange: Range;
  readonly source: string;
  /** The whole module block. */
  readonly range?: Range;
  /** 'module.app' (nested: 'module.app.module.db'): resources whose `declaration` starts with it + '.' belong here. */
  readonly modulePath?: string;
  /** Why the module could not be evaluated (e.g. "module not downloaded"), when it could not. */
  readonly unavailable?: string;
}

export interface TerraformModuleResult {
  readonly resources: readonly Resource[];
  readonly problems: readonly Problem[];
  readonly moduleCalls: readonly ModuleCall[];
}

export { analyzeTerraformModule } from './module';
