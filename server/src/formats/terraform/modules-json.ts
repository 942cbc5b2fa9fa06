import * as path from 'path';
import type { SourceFs } from '../../workspace/source-fs';

/** One entry of `.terraform/modules/modules.json`, which `terraform init` writes for downloaded modules. */
export interface InstalledModule {
  /** Module call path joined by dots: 'app', 'app.db'; '' is the root module. */
  readonly key: string;
  readonly source: string;
  readonly version?: string;
  /** Absolute directory of the module's files. */
  readonly dir: string;
}

/**
 * Reads the module manifest of a root module directory. Missing or malformed manifest → undefined (the
 * caller then reports registry and git modules as "not downloaded"). Dir entries are relative to the root.
 */
export function readModulesJson(rootDir: string, fs: SourceFs): ReadonlyMap<string, InstalledModule> | undefined {
  const text = fs.readFile(path.join(rootDir, '.terraform', 'modules', 'modules.json'));
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = (data as { Modules?: unknown })?.Modules;
  if (!Array.isArray(list)) return undefined;
  const out = new Map<string, InstalledModule>();
  for (const m of list as Record<string, unknown>[]) {
    if (typeof m?.Key !== 'string' || typeof m.Dir !== 'string') continue;
    out.set(m.Key, {
      key: m.Key,
      source: typeof m.Source === 'string' ? m.Source : '',
      version: typeof m.Version === 'string' ? m.Version : undefined,
      dir: path.resolve(rootDir, m.Dir),
    });
  }
  return out;
}

/** Local sources are paths Terraform reads in place, without init. */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
}
