import type { Problem } from '../model/problem';
import type { Range } from '../model/range';
import type { Cloud } from '../model/resource';
import { get, isMap, isSeq, items, num, pairOf, parseYaml, str, type YNode } from '../formats/yaml';

/**
 * The workspace file `.costlens.yml`: cluster assumptions for Kubernetes manifests, matched by path globs.
 *
 *   cloud: aws                 # defaults for every cluster below and for manifests no cluster matches
 *   region: us-east-1
 *   clusters:
 *     - name: prod
 *       paths: ['k8s/prod/**']
 *       cloud: aws             # aws | google | azure
 *       region: eu-west-1
 *       mode: nodes            # nodes | fargate | autopilot
 *       controlPlane: eks      # eks | gke | aks
 *       nodePools:
 *         - { name: general, instanceType: m6i.xlarge, count: 3 }
 *         - { name: gpu, instanceType: g5.xlarge, count: 1, gpu: true }
 *       defaultRequests: { cpu: 100m, memory: 128Mi }
 *       jobRunTime: 10m        # assumed run time of a Job or CronJob firing
 *
 * Unknown keys are kept out of the way (other sections such as `policies:` have their own readers, which get
 * `root`); a known key with a wrong type is a warning with a range, and its default applies.
 */
export type ClusterMode = 'nodes' | 'fargate' | 'autopilot';
export type ControlPlane = 'eks' | 'gke' | 'aks';

export interface NodePool {
  readonly name: string;
  readonly instanceType: string;
  readonly count: number;
  readonly gpu: boolean;
  readonly range?: Range;
}

export interface ClusterConfig {
  readonly name: string;
  readonly paths: readonly string[];
  readonly cloud: Cloud;
  readonly region: string;
  readonly mode: ClusterMode;
  readonly controlPlane?: ControlPlane;
  readonly nodePools: readonly NodePool[];
  /** Requests assumed for a container that sets neither requests nor limits (Kubernetes quantities). */
  readonly defaultRequests: { readonly cpu: string; readonly memory: string };
  /** Kubernetes duration-like text ('10m', '1h', '30s') for one Job run or CronJob firing. */
  readonly jobRunTime: string;
  /** 'file' when it came from .costlens.yml, 'default' for the built-in assumptions. */
  readonly source: 'file' | 'default';
  readonly range?: Range;
}

export interface CostlensFile {
  readonly clusters: readonly ClusterConfig[];
  /** Used for manifests that no cluster's paths match: the top-level keys over the built-in defaults. */
  readonly fallback: ClusterConfig;
  readonly problems: readonly Problem[];
  /** The parsed document, for readers of other sections (policies …). */
  readonly root: YNode | undefined;
}

/**
 * Built-in assumptions when nothing is configured. m6i.xlarge is a current general-purpose type that
 * the EKS docs use in their examples; the GPU type is the smallest single-GPU instance per cloud.
 */
export const DEFAULT_NODE_TYPE: Readonly<Record<Cloud, string>> = { aws: 'm6i.xlarge', google: 'n2-standard-4', azure: 'Standard_D4s_v5' };
export const DEFAULT_GPU_NODE_TYPE: Readonly<Record<Cloud, string>> = { aws: 'g5.xlarge', google: 'g2-standard-4', azure: 'Standard_NC4as_T4_v3' };
export const DEFAULT_REGION: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };
const DEFAULT_NODE_COUNT = 3;
const AUTOPILOT_DEFAULT_REQUESTS = { cpu: '500m', memory: '2Gi' };

export function defaultCluster(cloud: Cloud = 'aws', region?: string): ClusterConfig {
  return {
    name: 'default',
    paths: ['**'],
    cloud,
    region: region ?? DEFAULT_REGION[cloud],
    mode: 'nodes',
    nodePools: [{ name: 'default', instanceType: DEFAULT_NODE_TYPE[cloud], count: DEFAULT_NODE_COUNT, gpu: false }],
    defaultRequests: { cpu: '100m', memory: '128Mi' },
    jobRunTime: '10m',
    source: 'default',
  };
}

export const COSTLENS_FILE_NAMES = ['.costlens.yml', '.costlens.yaml'];

export function readCostlensFile(file: string, text: string): CostlensFile {
  const parsed = parseYaml(text, file);
  const problems: Problem[] = parsed.documents.flatMap((d) => d.problems);
  const root = parsed.documents[0]?.root;
  const warn = (range: Range, message: string): void => {
    problems.push({ file, range, severity: 'warning', message, source: 'costlens-file' });
  };
  if (root !== undefined && !isMap(root) && !(root.kind === 'scalar' && root.value === null)) {
    warn(root.range, '.costlens.yml should be a map of settings');
    return { clusters: [], fallback: defaultCluster(), problems, root };
  }
  const fallback = readCluster(root, defaultCluster(), 'default', warn, 'file');
  const clusters: ClusterConfig[] = [];
  const list = get(root, 'clusters');
  if (list !== undefined && !isSeq(list)) warn(list.range, 'clusters should be a list');
  items(list).forEach((c, i) => {
    if (!isMap(c)) return warn(c.range, 'a cluster should be a map');
    clusters.push(readCluster(c, fallback, str(get(c, 'name')) ?? `cluster ${i + 1}`, warn, 'file'));
  });
  return { clusters, fallback: root === undefined ? defaultCluster() : fallback, problems, root };
}

function readCluster(
  n: YNode | undefined,
  base: ClusterConfig,
  name: string,
  warn: (r: Range, m: string) => void,
  source: 'file',
): ClusterConfig {
  if (!isMap(n)) return base;
  const cloudNode = get(n, 'cloud');
  let cloud = base.cloud;
  if (cloudNode) {
    const c = str(cloudNode);
    if (c === 'aws' || c === 'google' || c === 'azure') cloud = c;
    else if (c === 'gcp') cloud = 'google';
    else warn(cloudNode.range, `cloud should be aws, google or azure, not ${c ?? 'a collection'}`);
  }
  const cloudChanged = cloud !== base.cloud;
  const region = readString(n, 'region', warn) ?? (cloudChanged ? DEFAULT_REGION[cloud] : base.region);
  const mode = readEnum(n, 'mode', ['nodes', 'fargate', 'autopilot'] as const, warn) ?? base.mode;
  const controlPlane = readEnum(n, 'controlPlane', ['eks', 'gke', 'aks'] as const, warn) ?? base.controlPlane;
  const pools = readPools(get(n, 'nodePools'), warn);
  const basePools = cloudChanged ? defaultCluster(cloud).nodePools : base.nodePools;
  const paths = readPaths(get(n, 'paths'), warn) ?? base.paths;
  const dr = get(n, 'defaultRequests');
  // Autopilot itself fills in requests a container leaves out (0.5 vCPU, 2 GiB for general-purpose pods:
  // cloud.google.com/kubernetes-engine/docs/concepts/autopilot-resource-requests), so those are billed.
  const inherited = mode === 'autopilot' && base.mode !== 'autopilot' ? AUTOPILOT_DEFAULT_REQUESTS : base.defaultRequests;
  const defaultRequests = {
    cpu: readString(dr, 'cpu', warn) ?? inherited.cpu,
    memory: readString(dr, 'memory', warn) ?? inherited.memory,
  };
  const jobRunTime = readString(n, 'jobRunTime', warn) ?? base.jobRunTime;
  const nodePools = pools ?? basePools;
  return { name, paths, cloud, region, mode, controlPlane, nodePools, defaultRequests, jobRunTime, source, range: n.range };
}

function readString(n: YNode | undefined, key: string, warn: (r: Range, m: string) => void): string | undefined {
  const v = get(n, key);
  if (v === undefined) return undefined;
  const s = str(v);
  if (s === undefined || s === '') warn(v.range, `${key} should be text`);
  return s || undefined;
}

function readEnum<T extends string>(n: YNode, key: string, allowed: readonly T[], warn: (r: Range, m: string) => void): T | undefined {
  const v = get(n, key);
  if (v === undefined) return undefined;
  const s = str(v);
  if (s !== undefined && (allowed as readonly string[]).includes(s)) return s as T;
  warn(v.range, `${key} should be one of ${allowed.join(', ')}`);
  return undefined;
}

function readPaths(n: YNode | undefined, warn: (r: Range, m: string) => void): string[] | undefined {
  if (n === undefined) return undefined;
  if (str(n) !== undefined) return [str(n) as string];
  if (!isSeq(n)) {
    warn(n.range, 'paths should be a list of globs');
    return undefined;
  }
  return n.items.map(str).filter((s): s is string => s !== undefined);
}

function readPools(n: YNode | undefined, warn: (r: Range, m: string) => void): NodePool[] | undefined {
  if (n === undefined) return undefined;
  if (!isSeq(n)) {
    warn(n.range, 'nodePools should be a list');
    return undefined;
  }
  const out: NodePool[] = [];
  n.items.forEach((p, i) => {
    const type = str(get(p, 'instanceType'));
    if (!isMap(p) || !type) return warn(p.range, 'a node pool needs an instanceType');
    const countNode = get(p, 'count');
    let count = num(countNode) ?? DEFAULT_NODE_COUNT;
    if (countNode && (num(countNode) === undefined || count < 0)) {
      warn(countNode.range, 'count should be a number of nodes');
      count = DEFAULT_NODE_COUNT;
    }
    const gpu = str(get(p, 'gpu')) === 'true';
    out.push({ name: str(get(p, 'name')) ?? `pool ${i + 1}`, instanceType: type, count, gpu, range: pairOf(p, 'instanceType')?.value.range });
  });
  return out.length > 0 ? out : undefined;
}

/**
 * The cluster whose globs match a path relative to the workspace root (forward slashes); the first match
 * wins, as in most ignore-file formats, else the fallback.
 */
export function clusterFor(config: CostlensFile, relPath: string): ClusterConfig {
  for (const c of config.clusters) if (c.paths.some((g) => globMatches(g, relPath))) return c;
  return config.fallback;
}

/** Minimal globs: `**` any number of segments, `*` within a segment, `?` one character. */
export function globMatches(glob: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return new RegExp(`^${re}$`).test(p) || (!glob.includes('/') && new RegExp(`^${re}$`).test(p.split('/').pop() ?? ''));
}
