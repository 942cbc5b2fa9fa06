import type { Range } from '../model/range';
import type { Resource } from '../model/resource';

/** Where a figure the family used came from; every hover lists these. */
export type AssumptionSource = 'attribute' | 'default' | 'usage-file' | 'setting' | 'provider' | 'derived';

export interface Assumption {
  readonly label: string;
  readonly value: string;
  readonly source: AssumptionSource;
  /** Why this value, when it was not read from the configuration. */
  readonly note?: string;
  readonly range?: Range;
}

export interface CostComponent {
  readonly name: string;
  readonly unit: string;
  /** Null when usage-based and no usage was given: the unit price is shown instead of a total. */
  readonly monthlyQuantity: number | null;
  /** USD per unit; null when the price is unknown. */
  readonly unitPrice: number | null;
  /** Unrounded monthly USD; null when quantity or price is unknown. */
  readonly monthlyCost: number | null;
  readonly usageBased: boolean;
  /** Why the price is unknown, when it is. */
  readonly unknownReason?: string;
  /** Set when the price comes from another region than the resource's (nearest available in the snapshot). */
  readonly approximateRegion?: { readonly used: string; readonly wanted: string };
  readonly priceTable?: string;
}

export type CostStatus = 'priced' | 'free' | 'usage' | 'unknown' | 'unsupported';

export interface ResourceCost {
  readonly resource: Resource;
  readonly status: CostStatus;
  readonly reason?: string;
  /** Sum of the known monthly component costs; null when status is 'unknown' or 'unsupported'. */
  readonly monthlyCost: number | null;
  readonly hourlyCost: number | null;
  /** Known part of the cost when some component is unknown (shown as "≥ $x"). */
  readonly partialMonthlyCost: number;
  readonly components: readonly CostComponent[];
  readonly assumptions: readonly Assumption[];
  readonly region?: string;
  /** Accelerators per instance: GPUs unless `kind` says TPU (lens marker, hover, GPU policies count only GPUs). */
  readonly gpu?: { readonly count: number; readonly model?: string; readonly kind?: 'GPU' | 'TPU' };
  /** Oldest source date of the tables used (shown in hovers). */
  readonly priceDate?: string;
}
