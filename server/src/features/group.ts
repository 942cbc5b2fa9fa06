import type { ResourceCost } from '../pricing/cost';

/** Instances grouped by declaration, in source order: one lens and one hover per declaration. */
export function groupByDeclaration(costs: readonly ResourceCost[]): ResourceCost[][] {
  const groups = new Map<string, ResourceCost[]>();
  for (const c of costs) {
    const key = c.resource.declaration;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  }
  return [...groups.values()].sort((a, b) => a[0].resource.headerRange.start.line - b[0].resource.headerRange.start.line);
}

export function groupTotal(group: readonly ResourceCost[]): number {
  return group.reduce((s, c) => s + (c.monthlyCost ?? 0), 0);
}
