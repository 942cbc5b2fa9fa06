import type { Problem } from '../../model/problem';
import type { Resource } from '../../model/resource';
import type { Value } from '../../model/value';
import type { FileFormat, FileFormatResult, FormatContext } from '../file-format';
import { at, get, isMap, items, num, pairOf, parseYaml, rangesOf, str, toValue, type YNode } from '../yaml';
import { clusterMeta, resolveCluster } from './cluster';
import { kindMeta, type HpaTarget, type KindContext } from './objects';
import { storageClassTypes } from './storage';

/**
 * Kubernetes manifests: every document with apiVersion and kind becomes one Resource (dialect
 * 'kubernetes', type = kind, address Kind/namespace/name) whose meta carries the cluster assumptions and
 * the Kubernetes arithmetic the pricing families need. Broken documents report problems and are skipped;
 * the others are still read. Helm templates are not YAML until rendered, so they are skipped with a note.
 */
export const kubernetesFormat: FileFormat = {
  id: 'kubernetes',
  detect(_path, text) {
    return (/^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text)) || (/"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text));
  },
  analyze: analyzeKubernetes,
};

/**
 * Go-template actions Helm charts use. Plain `{{ $labels.x }}` inside a ConfigMap (Prometheus rules,
 * Alertmanager templates) is data, not Helm, so it only counts in a chart's templates/ folder.
 */
const HELM = /\{\{-?\s*(\.Values|\.Release|\.Chart|\.Capabilities|\.Files|include\s|template\s|toYaml|define\s|if\s|else\b|end\b|range\s|with\s|\/\*)/;

function helmAction(path: string, text: string): number {
  const i = text.search(HELM);
  if (i >= 0) return i;
  return /[\\/]templates[\\/]/.test(path) ? text.indexOf('{{') : -1;
}

export function analyzeKubernetes(path: string, text: string, ctx: FormatContext): FileFormatResult {
  const helmAt = helmAction(path, text);
  if (helmAt >= 0) {
    const line = text.slice(0, helmAt).split('\n').length - 1;
    const problem: Problem = {
      file: path,
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      severity: 'info',
      message: 'Helm template: not priced as written; render it (helm template) and price the output',
      source: 'kubernetes',
    };
    return { resources: [], problems: [problem] };
  }
  const parsed = parseYaml(text, path);
  const problems: Problem[] = [];
  const objects: YNode[] = [];
  for (const d of parsed.documents) {
    problems.push(...d.problems);
    // A document with YAML errors may be half-read; pricing half a Deployment would mislead.
    if (d.hasErrors || !isMap(d.root)) continue;
    if (str(get(d.root, 'kind')) === 'List') objects.push(...items(get(d.root, 'items')).filter(isMap));
    else objects.push(d.root);
  }
  const cluster = resolveCluster(path, ctx);
  const k: KindContext = { file: path, cluster, problems, storageClasses: storageClassTypes(objects), hpas: hpaTargets(objects) };
  const base = clusterMeta(cluster);
  const resources: Resource[] = [];
  for (const o of objects) {
    const kind = str(get(o, 'kind'));
    if (!kind || str(get(o, 'apiVersion')) === undefined || NOT_CLUSTER_OBJECTS.has(kind)) continue;
    const name = str(at(o, 'metadata.name')) ?? '(unnamed)';
    const ns = str(at(o, 'metadata.namespace')) ?? 'default';
    const address = `${kind}/${ns}/${name}`;
    let meta: Record<string, Value>;
    try {
      meta = { ...base, ...kindMeta(kind, o, k) };
    } catch (e) {
      problems.push({ file: path, range: o.range, severity: 'error', message: `internal error reading ${kind}: ${(e as Error).message}`, source: 'kubernetes' });
      continue;
    }
    const kindPair = pairOf(o, 'kind');
    const namePair = pairOf(get(o, 'metadata'), 'name');
    resources.push({
      dialect: 'kubernetes',
      type: kind,
      address,
      declaration: address,
      file: path,
      range: o.range,
      headerRange: namePair ? { start: namePair.keyRange.start, end: namePair.value.range.end } : (kindPair?.keyRange ?? o.range),
      attributes: toValue(o) as Record<string, Value>,
      attributeRanges: rangesOf(o, '', {}, 8),
      cloud: cluster.cloud,
      region: cluster.region,
      regionSource: cluster.source === 'default' ? 'default cluster assumption' : `.costlens.yml cluster ${cluster.name}`,
      meta,
    });
  }
  return { resources, problems };
}

/** Files with apiVersion and kind that are not cluster objects: kustomize's own files and kubeconfig. */
const NOT_CLUSTER_OBJECTS = new Set(['Kustomization', 'Component', 'Config']);

function hpaTargets(objects: readonly YNode[]): Map<string, HpaTarget> {
  const out = new Map<string, HpaTarget>();
  for (const o of objects) {
    if (str(get(o, 'kind')) !== 'HorizontalPodAutoscaler') continue;
    const ref = at(o, 'spec.scaleTargetRef');
    const kind = str(get(ref, 'kind'));
    const name = str(get(ref, 'name'));
    if (!kind || !name) continue;
    out.set(`${kind}/${name}`, {
      name: str(at(o, 'metadata.name')) ?? '(unnamed)',
      min: num(at(o, 'spec.minReplicas')) ?? 1,
      max: num(at(o, 'spec.maxReplicas')),
    });
  }
  return out;
}
