import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

/** file: URIs ↔ absolute paths. Other schemes (untitled:, vscode-vfs:) have no path and are not analyzed. */
export const URI = {
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return path.normalize(fileURLToPath(uri));
    } catch {
      return undefined;
    }
  },
  fromPath(p: string): string {
    return pathToFileURL(p).toString();
  },
};
