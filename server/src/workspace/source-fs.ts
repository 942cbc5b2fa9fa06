/**
 * How the engine reads files: the CLI reads the disk; the language server overlays open documents
 * (their unsaved text wins) on the disk. Paths are absolute. Nothing here throws: missing is undefined.
 */
export interface SourceFs {
  readFile(path: string): string | undefined;
  /** Names (not paths) of the entries of a directory; [] when it is missing. */
  listDir(path: string): readonly string[];
  isDirectory(path: string): boolean;
}
