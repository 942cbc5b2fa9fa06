import { InlayHintKind, type InlayHint, type Range as LspRange } from 'vscode-languageserver';
import { lensTitle } from '../report/lens-title';
import type { Settings } from '../settings';
import type { FileView } from '../workspace/analysis-cache';
import { groupByDeclaration } from './group';

/** Attributes whose value drives the price; the hint sits at the end of the first one a resource has. */
export const COST_DRIVERS: readonly string[] = [
  'instance_type', 'instance_class', 'node_type', 'machine_type', 'vm_size', 'size', 'sku_name', 'type', 'volume_type',
  'allocated_storage', 'volume_size', 'desired_capacity', 'desired_size', 'node_count', 'memory_size', 'replicas',
  'InstanceType', 'DBInstanceClass', 'CacheNodeType', 'VolumeType', 'MemorySize', 'memorySize',
];

/** Monthly cost as an inlay hint at the end of the cost-driving attribute line (off by default). */
export function inlayHints(view: FileView, range: LspRange, settings: Settings, lineLength: (line: number) => number): InlayHint[] {
  if (!settings.inlayHints.enabled) return [];
  const out: InlayHint[] = [];
  for (const g of groupByDeclaration(view.costs)) {
    const r = g[0].resource;
    if (r.range.end.line < range.start.line || r.range.start.line > range.end.line) continue;
    const driver = COST_DRIVERS.map((k) => r.attributeRanges[k]).find((x) => x !== undefined);
    const line = driver ? driver.end.line : r.headerRange.start.line;
    out.push({ position: { line, character: lineLength(line) }, label: `  ${lensTitle(g)}`, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return out;
}
