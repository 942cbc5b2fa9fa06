import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_FILE_BYTES } from './disk-fs';
import type { SourceFs } from './source-fs';

/** Files the engine parses; read from git in one batch. Anything else is read per directory on demand. */
const SOURCE_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json|ya?ml|json|template)$/i;
/** How much the first batch may read: a repository's JSON data dumps should not all be loaded. */
const PREFETCH_BYTES = 64 * 1024 * 1024;

/**
 * The workspace as it was at a git ref, read from git objects: `git ls-tree` for the tree, then
 * `git cat-file --batch` for the blobs (one call for every parseable file, more only for other files the
 * engine asks for). The working tree, the index and HEAD are never touched. The tree appears at the working
 * tree's absolute paths, so the engine analyzes the same paths at both refs and addresses line up for the diff.
 */
export class GitFs implements SourceFs {
  /** Absolute path → blob id and size, for every file in the tree. */
  private readonly files = new Map<string, { oid: string; size: number }>();
  /** Absolute directory path → entry names. */
  private readonly dirs = new Map<string, Set<string>>();
  private readonly contents = new Map<string, string>();
  private readonly loadedDirs = new Set<string>();
  private prefetched = false;
  private alias: { readonly from: string; readonly to: string } | undefined;

  private constructor(
    /** The repository's top level (real path). */
    readonly root: string,
    /** The commit the ref resolved to. */
    readonly commit: string,
  ) {}

  /** Throws GitError with git's own message when `dir` is not in a repository or the ref does not resolve. */
  static open(dir: string, ref: string): GitFs {
    // One rev-parse for both answers: on small workspaces git's start-up is most of the cost of a diff.
    const out = git(dir, [
      'rev-parse',
      '--show-toplevel',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`,
    ]);
    const [top, commit] = out.trim().split('\n');
    const root = fs.realpathSync(top);
    const g = new GitFs(root, commit);
    // The caller may reach the repository through a symlink (/tmp on macOS, a linked home): map its paths too.
    const given = path.resolve(dir);
    const real = fs.realpathSync(given);
    if (given !== real) g.alias = { from: given, to: real };
    g.readTree(git(root, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]));
    return g;
  }

  /**
   * The branch a change is compared with when the user names none: the remote's default branch
   * (origin/HEAD), else the first of origin/main, origin/master, main, master that exists.
   */
  static defaultBranch(dir: string): string {
    try {
      return git(dir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).trim();
    } catch {
      for (const b of ['origin/main', 'origin/master', 'main', 'master']) {
        try {
          git(dir, ['rev-parse', '--verify', '--quiet', `${b}^{commit}`]);
          return b;
        } catch {
          // try the next candidate
        }
      }
      throw new GitError('no default branch found (origin/HEAD, main or master); name the base branch');
    }
  }

  /** Where the current branch left `branch`: comparing with it shows only this branch's changes, not newer ones on `branch`. */
  static mergeBase(dir: string, branch: string): string {
    return git(dir, ['merge-base', 'HEAD', branch]).trim();
  }

  readFile(p: string): string | undefined {
    const abs = this.toTree(p);
    if (abs === undefined) return undefined;
    const cached = this.contents.get(abs);
    if (cached !== undefined) return cached;
    const f = this.files.get(abs);
    if (!f || f.size > MAX_FILE_BYTES) return undefined;
    if (!this.prefetched) this.prefetchSources();
    if (!this.contents.has(abs)) this.loadDir(path.dirname(abs));
    return this.contents.get(abs);
  }

  listDir(p: string): readonly string[] {
    const abs = this.toTree(p);
    if (abs === undefined) return [];
    return [...(this.dirs.get(abs) ?? [])].sort();
  }

  isDirectory(p: string): boolean {
    const abs = this.toTree(p);
    return abs !== undefined && this.dirs.has(abs);
  }

  /** Whether the path existed at the ref (file or directory). */
  exists(p: string): boolean {
    const abs = this.toTree(p);
    return abs !== undefined && (this.files.has(abs) || this.dirs.has(abs));
  }

  /**
   * Maps a working-tree path to the tree's key; undefined outside the repository, where git has nothing to
   * say. Downloaded Terraform modules (.terraform/) are not committed either, so the base is priced the way a
   * fresh clone would be.
   */
  private toTree(p: string): string | undefined {
    let abs = path.resolve(p);
    const a = this.alias;
    if (a && (abs === a.from || abs.startsWith(a.from + path.sep))) abs = a.to + abs.slice(a.from.length);
    if (abs === this.root || abs.startsWith(this.root + path.sep)) return abs;
    return undefined;
  }

  private readTree(out: string): void {
    this.dirs.set(this.root, new Set());
    for (const entry of out.split('\0')) {
      if (!entry) continue;
      // "<mode> SP <type> SP <oid> SP+ <size> TAB <path>"
      const tab = entry.indexOf('\t');
      const [mode, type, oid, size] = entry.slice(0, tab).split(/ +/);
      // Symlinks (120000) and submodules (commit) have no content worth pricing at the ref.
      if (type !== 'blob' || mode === '120000') continue;
      const abs = path.join(this.root, ...entry.slice(tab + 1).split('/'));
      this.files.set(abs, { oid, size: Number(size) });
      for (let child = abs, dir = path.dirname(abs); ; child = dir, dir = path.dirname(dir)) {
        let names = this.dirs.get(dir);
        const isNew = !names;
        if (!names) this.dirs.set(dir, (names = new Set()));
        names.add(path.basename(child));
        if (dir === this.root || !isNew) break;
      }
    }
  }

  /**
   * One `git cat-file --batch` for every file the engine could parse (Terraform, YAML, JSON), up to a budget:
   * process start-up dominates small reads, so one call for the whole tree beats one per directory.
   */
  private prefetchSources(): void {
    this.prefetched = true;
    const wanted: string[] = [];
    let bytes = 0;
    for (const [file, e] of this.files) {
      if (!SOURCE_FILE.test(file) || e.size > MAX_FILE_BYTES || bytes + e.size > PREFETCH_BYTES) continue;
      wanted.push(file);
      bytes += e.size;
    }
    this.catFiles(wanted);
  }

  /** Whatever else the engine reads (templates given to file(), files past the prefetch budget): per directory. */
  private loadDir(dir: string): void {
    if (this.loadedDirs.has(dir)) return;
    this.loadedDirs.add(dir);
    const wanted = [...(this.dirs.get(dir) ?? [])]
      .map((n) => path.join(dir, n))
      .filter((f) => {
        const e = this.files.get(f);
        return e !== undefined && e.size <= MAX_FILE_BYTES && !this.contents.has(f);
      });
    this.catFiles(wanted);
  }

  private catFiles(wanted: readonly string[]): void {
    if (wanted.length === 0) return;
    const input = wanted.map((f) => this.files.get(f)?.oid).join('\n') + '\n';
    const r = spawnSync('git', ['cat-file', '--batch'], { cwd: this.root, input, maxBuffer: 1024 * 1024 * 1024 });
    if (r.status !== 0 || !r.stdout)
      throw new GitError(`git cat-file failed: ${r.stderr?.toString().trim() ?? r.error?.message}`);
    const buf = r.stdout;
    let at = 0;
    for (const f of wanted) {
      // "<oid> <type> <size>\n<contents>\n", or "<oid> missing\n".
      const nl = buf.indexOf(0x0a, at);
      const header = buf.subarray(at, nl).toString('utf8').split(' ');
      if (header[1] === 'missing') {
        at = nl + 1;
        continue;
      }
      const size = Number(header[2]);
      this.contents.set(f, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
      at = nl + 1 + size + 1;
    }
  }
}

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string; status?: number };
    const msg = (err.stderr ?? '').trim().split('\n')[0] || (err.status === 1 ? `unknown revision` : err.message);
    throw new GitError(`git ${args[0]}: ${msg}`);
  }
}
