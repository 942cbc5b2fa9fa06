import * as path from 'path';
import { detectFileFormat, isTerraformFile } from '../formats/registry';
import type { SourceFs } from './source-fs';

/** Folders never worth walking: dependencies, VCS data, Terraform's own cache (read via modules.json instead). */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.terragrunt-cache', 'dist', 'out', '.venv', '__pycache__']);
const MAX_FILES = 20000;

export interface DiscoveredFiles {
  /** Directories holding .tf / .tf.json files (candidate Terraform modules), sorted. */
  readonly terraformDirs: readonly string[];
  /** YAML/JSON files that some single-file format recognises, sorted. */
  readonly otherFiles: readonly string[];
}

/** Walks the given files and folders (absolute paths) and sorts what it finds by format. */
export function discover(paths: readonly string[], fs: SourceFs): DiscoveredFiles {
  const tfDirs = new Set<string>();
  const other = new Set<string>();
  let seen = 0;
  const visitFile = (p: string) => {
    if (++seen > MAX_FILES) return;
    if (isTerraformFile(p)) {
      if (p.endsWith('.tf') || p.endsWith('.tf.json')) tfDirs.add(path.dirname(p));
      return;
    }
    const text = fs.readFile(p);
    if (text !== undefined && detectFileFormat(p, text)) other.add(p);
  };
  const walk = (dir: string, depth: number) => {
    if (depth > 25 || seen > MAX_FILES) return;
    for (const name of fs.listDir(dir)) {
      const p = path.join(dir, name);
      if (fs.isDirectory(p)) {
        if (!SKIP_DIRS.has(name)) walk(p, depth + 1);
      } else {
        visitFile(p);
      }
    }
  };
  for (const p of paths) {
    if (fs.isDirectory(p)) walk(p, 0);
    else visitFile(p);
  }
  return { terraformDirs: [...tfDirs].sort(), otherFiles: [...other].sort() };
}
