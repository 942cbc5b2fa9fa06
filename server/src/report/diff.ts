import * as path from 'path';
import type { Resource } from '../model/resource';
import type { CostStatus, ResourceCost } from '../pricing/cost';
import type { UnitAnalysis, WorkspaceReport } from '../workspace/analyze';

/**
 * The cost of a change: two analyses of the same workspace (a base ref and now) matched resource by
 * resource. The CLI's `diff`, `check --base` and the editor's "cost of my changes" all use this, so every
 * surface reports the same change.
 */
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ResourceChange {
  readonly kind: ChangeKind;
  /** Unit (module directory or file, relative to the root) + address: unique across root modules. */
  readonly key: string;
  readonly address: string;
  readonly type: string;
  /** The resource now, or at the base when removed: where to point. */
  readonly resource: Resource;
  readonly before: number | null;
  readonly after: number | null;
  readonly beforeStatus?: CostStatus;
  readonly afterStatus?: CostStatus;
  /** after − before with unknown costs as 0 (unrounded). */
  readonly delta: number;
}

export interface CostDiff {
  readonly totalBefore: number;
  readonly totalAfter: number;
  readonly delta: number;
  /** Added, removed and changed resources, largest |delta| first. */
  readonly changes: readonly ResourceChange[];
  readonly unchanged: number;
  readonly pricesAsOf: string;
}

/** Costs that differ by less than this are the same cost (float noise from summing components in another order). */
const EPSILON = 1e-9;

export function computeDiff(base: WorkspaceReport, head: WorkspaceReport, root: string): CostDiff {
  const before = keyed(base, root);
  const after = keyed(head, root);
  const changes: ResourceChange[] = [];
  let unchanged = 0;
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) {
      changes.push(change('added', key, a, undefined, a));
      continue;
    }
    if (b.status === a.status && Math.abs((a.monthlyCost ?? 0) - (b.monthlyCost ?? 0)) < EPSILON) unchanged++;
    else changes.push(change('changed', key, a, b, a));
  }
  for (const [key, b] of before) if (!after.has(key)) changes.push(change('removed', key, b, b, undefined));
  changes.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.key.localeCompare(y.key));
  return {
    totalBefore: base.totalMonthlyCost,
    totalAfter: head.totalMonthlyCost,
    delta: head.totalMonthlyCost - base.totalMonthlyCost,
    changes,
    unchanged,
    pricesAsOf: head.pricesAsOf,
  };
}

function change(
  kind: ChangeKind,
  key: string,
  at: ResourceCost,
  b: ResourceCost | undefined,
  a: ResourceCost | undefined,
): ResourceChange {
  const before = b ? b.monthlyCost : null;
  const after = a ? a.monthlyCost : null;
  return {
    kind,
    key,
    address: at.resource.address,
    type: at.resource.type,
    resource: at.resource,
    before,
    after,
    ...(b ? { beforeStatus: b.status } : {}),
    ...(a ? { afterStatus: a.status } : {}),
    delta: (after ?? 0) - (before ?? 0),
  };
}

/**
 * Resources by unit and address. A Terraform address is unique within its root module, not across the
 * workspace (two environments both declare aws_instance.web), so the unit is part of the key; the file is
 * not, so moving a block between files of one module is no change.
 */
function keyed(report: WorkspaceReport, root: string): Map<string, ResourceCost> {
  const out = new Map<string, ResourceCost>();
  for (const u of report.units as readonly UnitAnalysis[]) {
    const unit = path.relative(root, u.id).split(path.sep).join('/') || '.';
    for (const c of u.costs) out.set(`${unit}#${c.resource.address}`, c);
  }
  return out;
}
