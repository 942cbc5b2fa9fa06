import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as path from 'path';
import { getRelease, Release, type ResponseVersion } from '@hashicorp/js-releases';

/**
 * The terraform binary, for `terraform init` (which downloads registry and git modules into
 * .terraform/modules so the evaluator can price them). Nothing here runs on its own: the client asks
 * (behind Workspace Trust and an explicit command), because init executes code from the network.
 */
export interface TerraformBinary {
  readonly path: string;
  /** Where it was found: the costlens.terraformPath setting, PATH, or a copy costlens downloaded. */
  readonly source: 'setting' | 'path' | 'downloaded';
  readonly version?: string;
}

export interface FindOptions {
  /** The explicit path setting; when set and not executable, nothing else is tried (the user chose it). */
  readonly explicitPath?: string;
  /** The extension's global storage directory, where downloads go. */
  readonly storageDir?: string;
  /** Defaults to process.env; tests pass their own PATH. */
  readonly env?: NodeJS.ProcessEnv;
}

const EXE = process.platform === 'win32' ? 'terraform.exe' : 'terraform';
export const OFFICIAL_RELEASES = 'https://releases.hashicorp.com';

/** Setting → PATH → previously downloaded copy (newest version). Undefined when there is none. */
export function findTerraform(opts: FindOptions = {}): TerraformBinary | undefined {
  if (opts.explicitPath)
    return isExecutable(opts.explicitPath) ? { path: opts.explicitPath, source: 'setting' } : undefined;
  const env = opts.env ?? process.env;
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, EXE);
    if (isExecutable(candidate)) return { path: candidate, source: 'path' };
  }
  if (opts.storageDir) return findDownloaded(opts.storageDir);
  return undefined;
}

function findDownloaded(storageDir: string): TerraformBinary | undefined {
  const root = path.join(storageDir, 'terraform');
  let versions: string[];
  try {
    versions = fs.readdirSync(root).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  } catch {
    return undefined;
  }
  for (const version of versions.sort(compareVersions).reverse()) {
    const candidate = path.join(root, version, EXE);
    if (isExecutable(candidate)) return { path: candidate, source: 'downloaded', version };
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export interface DownloadOptions {
  readonly storageDir: string;
  /** Exact version or semver range; latest stable when unset. */
  readonly version?: string;
  /**
   * A releases mirror with the same layout as releases.hashicorp.com (`/terraform/index.json`,
   * `/terraform/<v>/<zip>`, `/terraform/<v>/<SHA256SUMS>`). @hashicorp/js-releases hard-codes its host for
   * the index and the signed checksums, so against a mirror costlens checks the SHA256SUMS itself and
   * cannot check HashiCorp's signature: that needs `allowUnsignedMirror` (tests, air-gapped mirrors).
   */
  readonly baseUrl?: string;
  readonly allowUnsignedMirror?: boolean;
  readonly platform?: string;
  readonly arch?: string;
  readonly userAgent?: string;
}

/**
 * Downloads terraform into `<storageDir>/terraform/<version>/`. From releases.hashicorp.com the library
 * verifies the GPG signature of the checksums and the checksum of the zip before anything is unpacked.
 */
export async function downloadTerraform(opts: DownloadOptions): Promise<TerraformBinary> {
  const base = (opts.baseUrl ?? OFFICIAL_RELEASES).replace(/\/+$/, '');
  const official = base === OFFICIAL_RELEASES;
  if (!official && !opts.allowUnsignedMirror) {
    throw new Error(
      `signatures can only be verified against ${OFFICIAL_RELEASES}; set allowUnsignedMirror to use ${base}`,
    );
  }
  const userAgent = opts.userAgent ?? 'costlens';
  const release = official
    ? await getRelease('terraform', opts.version, userAgent)
    : await mirrorRelease(base, opts.version);
  const platform = opts.platform ?? goOs(process.platform);
  const arch = opts.arch ?? goArch(process.arch);
  const build = release.getBuild(platform, arch);
  if (!build) throw new Error(`terraform ${release.version} has no build for ${platform}/${arch}`);

  const installDir = path.join(opts.storageDir, 'terraform', release.version);
  fs.mkdirSync(installDir, { recursive: true });
  const zip = path.join(installDir, build.filename);
  try {
    const url = official ? build.url : `${base}/terraform/${release.version}/${build.filename}`;
    await release.download(url, zip, userAgent);
    if (official) await release.verify(zip, build.filename);
    else await verifyAgainstMirror(release, base, zip, build.filename);
    await release.unpack(installDir, zip);
  } finally {
    fs.rmSync(zip, { force: true });
  }
  const binary = path.join(installDir, EXE);
  // The library marks only the zip's last entry executable; recent terraform zips also hold LICENSE.txt.
  if (process.platform !== 'win32' && fs.existsSync(binary)) fs.chmodSync(binary, 0o755);
  if (!isExecutable(binary)) throw new Error(`the terraform ${release.version} archive held no ${EXE}`);
  return { path: binary, source: 'downloaded', version: release.version };
}

async function mirrorRelease(base: string, version: string | undefined): Promise<Release> {
  const index = JSON.parse(await get(`${base}/terraform/index.json`)) as { versions?: Record<string, ResponseVersion> };
  const versions = Object.keys(index.versions ?? {}).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const chosen = version ? versions.find((v) => v === version) : versions.sort(compareVersions).pop();
  if (!chosen || !index.versions)
    throw new Error(`no terraform ${version ?? 'release'} in ${base}/terraform/index.json`);
  return new Release(index.versions[chosen]);
}

async function verifyAgainstMirror(release: Release, base: string, zip: string, filename: string): Promise<void> {
  const sums = await get(`${base}/terraform/${release.version}/${release.shasums}`);
  const line = sums.split('\n').find((l) => l.trim().endsWith(`  ${filename}`));
  if (!line) throw new Error(`no checksum for ${filename} in ${release.shasums}`);
  const expected = line.split('  ')[0];
  const actual = await release.calculateFileSha256Sum(zip);
  if (expected !== actual) throw new Error(`checksum mismatch for ${filename} (expected ${expected}, got ${actual})`);
}

function get(url: string): Promise<string> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`GET ${url}: HTTP ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url}: timed out`)));
  });
}

export interface InitResult {
  /** null when the process was killed (timeout) or could not start. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/**
 * `terraform init -backend=false -input=false` in `dir`: fetches modules and providers without touching
 * state or asking questions. Resolves (never rejects) with the output, so the client can show it.
 */
export function runTerraformInit(
  dir: string,
  binary: string,
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<InitResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const env = { ...(opts.env ?? process.env), TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
    // Its own process group, so a timeout also stops the provider plugins and git processes init spawns.
    const group = process.platform !== 'win32';
    const child = spawn(binary, ['init', '-backend=false', '-input=false', '-no-color'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs ?? 120_000);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ exitCode: null, stdout, stderr: stderr + e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: timedOut ? null : code, stdout, stderr, timedOut });
    });
  });
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function goOs(p: NodeJS.Platform): string {
  return p === 'win32' ? 'windows' : p;
}

function goArch(a: string): string {
  return a === 'x64' ? 'amd64' : a === 'ia32' ? '386' : a;
}
