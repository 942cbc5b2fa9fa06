import { clusterFor, COSTLENS_FILE_NAMES, defaultCluster, DEFAULT_GPU_NODE_TYPE, readCostlensFile, type ClusterConfig, type CostlensFile } from '../../config/costlens-file';
import type { Cloud } from '../../model/resource';
import type { Value } from '../../model/value';
import type { FormatContext } from '../file-format';
import { K8S_META } from './meta';

const CLOUD_NAME: Readonly<Record<Cloud, string>> = { aws: 'AWS', google: 'Google Cloud', azure: 'Azure' };

/** The last .costlens.yml read, by its text: every manifest of a workspace shares it, so it parses once. */
let lastConfig: { text: string; file: string; config: CostlensFile } | undefined;

/**
 * The cluster a manifest runs on: the first `.costlens.yml` cluster whose paths match the file's path
 * relative to the workspace root, else the file's top-level settings, else the built-in defaults (with the
 * default AWS region from the settings). Looks for the file in the workspace root, or up from the manifest.
 */
export function resolveCluster(path: string, ctx: FormatContext): ClusterConfig {
  const found = findConfig(path, ctx);
  if (!found) return defaultCluster('aws', ctx.defaultRegions.aws);
  if (lastConfig?.text !== found.text || lastConfig.file !== found.file) {
    lastConfig = { text: found.text, file: found.file, config: readCostlensFile(found.file, found.text) };
  }
  const rel = relative(found.root, path);
  return clusterFor(lastConfig.config, rel);
}

function findConfig(path: string, ctx: FormatContext): { root: string; file: string; text: string } | undefined {
  const roots: string[] = [];
  if (ctx.workspaceRoot) roots.push(trimSlash(ctx.workspaceRoot));
  else {
    let dir = path.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
    for (let i = 0; i < 8 && dir; i++) {
      roots.push(dir);
      const up = dir.replace(/\/[^/]*$/, '');
      if (up === dir) break;
      dir = up;
    }
  }
  for (const root of roots) {
    for (const name of COSTLENS_FILE_NAMES) {
      const file = `${root}/${name}`;
      const text = ctx.fs.readFile(file);
      if (text !== undefined) return { root, file, text };
    }
  }
  return undefined;
}

function trimSlash(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '');
}

function relative(root: string, path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.startsWith(root + '/') ? p.slice(root.length + 1) : p;
}

/** The GPU node type: the first pool marked gpu, else the cloud's smallest single-GPU type. */
export function gpuNodeType(c: ClusterConfig): string {
  return c.nodePools.find((p) => p.gpu)?.instanceType ?? DEFAULT_GPU_NODE_TYPE[c.cloud];
}

/** The pool general pods land on: the first pool not marked gpu. */
export function mainPool(c: ClusterConfig): { instanceType: string; count: number } {
  return c.nodePools.find((p) => !p.gpu) ?? c.nodePools[0] ?? defaultCluster(c.cloud).nodePools[0];
}

export function clusterSummary(c: ClusterConfig): string {
  const where = `${CLOUD_NAME[c.cloud]} ${c.region}`;
  if (c.mode === 'fargate') return `${where}, EKS Fargate`;
  if (c.mode === 'autopilot') return `${where}, GKE Autopilot`;
  return `${where}, ${mainPool(c).instanceType} nodes`;
}

export function clusterMeta(c: ClusterConfig): Record<string, Value> {
  const pool = mainPool(c);
  return {
    [K8S_META.mode]: c.mode,
    [K8S_META.clusterName]: c.name,
    [K8S_META.clusterSource]: c.source,
    [K8S_META.nodeType]: pool.instanceType,
    [K8S_META.nodeCount]: c.nodePools.reduce((n, p) => n + p.count, 0),
    [K8S_META.gpuNodeType]: gpuNodeType(c),
    [K8S_META.assumption]: `${c.source === 'default' ? 'assumed' : 'cluster ' + c.name}: ${clusterSummary(c)}`,
  };
}
