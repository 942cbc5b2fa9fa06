import * as fs from 'fs';
import * as path from 'path';
import type { SourceFs } from './source-fs';

/** Files larger than this are not read: a 50 MB generated file is not infrastructure code anyone edits. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The disk, as the CLI sees it. */
export const diskFs: SourceFs = {
  readFile(p) {
    try {
      const st = fs.statSync(p);
      if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  listDir(p) {
    try {
      return fs.readdirSync(p);
    } catch {
      return [];
    }
  },
  isDirectory(p) {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
};

/** Open documents win over the disk: the editor prices what the user sees, saved or not. */
export function overlayFs(open: ReadonlyMap<string, string>, base: SourceFs = diskFs): SourceFs {
  return {
    readFile: (p) => open.get(p) ?? base.readFile(p),
    listDir(p) {
      const names = new Set(base.listDir(p));
      for (const f of open.keys()) if (path.dirname(f) === p) names.add(path.basename(f));
      return [...names].sort();
    },
    isDirectory: (p) => base.isDirectory(p),
  };
}
