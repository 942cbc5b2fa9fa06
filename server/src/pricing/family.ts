import type { Cloud } from '../model/resource';
import type { Unknown } from '../model/value';
import type { ResourceReader } from './resource-reader';
import type { UsageReader } from './usage';

/** A price to look up: table id and the key parts after 'region' (regional tables get the resource's region). */
export interface PriceQuery {
  readonly table: string;
  readonly key: readonly string[];
  /** Multiply the table value by this to get the unit price (e.g. a per-GB-month price applied per TB). */
  readonly factor?: number;
  /** The table's last key column is 'tierStart': the quantity is priced across tiers. */
  readonly tiered?: boolean;
  /**
   * Price in this region instead of the resource's (a Cosmos DB account bills throughput and storage in each of
   * its geo-locations). Regional tables only; the nearest-region fallback and its label apply as usual.
   */
  readonly region?: string;
}

/** One line of a bill, as a family declares it. The engine resolves the price and does the arithmetic. */
export interface ComponentSpec {
  readonly name: string;
  readonly unit: string;
  /** Monthly quantity; undefined for a usage-based component without usage (shown as a unit price). */
  readonly quantity: number | Unknown | undefined;
  readonly price: PriceQuery | Unknown;
  readonly usageBased?: boolean;
}

export interface FamilyOutput {
  readonly components: readonly ComponentSpec[];
  /** Accelerators per instance: GPUs unless `kind` says TPU (lens marker, hover, GPU policies count only GPUs). */
  readonly gpu?: { readonly count: number; readonly model?: string; readonly kind?: 'GPU' | 'TPU' };
  /** The resource costs nothing in this configuration (e.g. a suspended CronJob). */
  readonly free?: string;
}

export interface FamilyContext {
  /** The resolved region or location, as the cloud writes it. */
  readonly region: string;
  readonly hoursPerMonth: number;
  readonly usage: UsageReader;
  /** A regional lookup of a non-price table (e.g. instance specs); undefined when absent. */
  lookupRow(table: string, ...key: string[]): readonly number[] | undefined;
}

/** A resource family: which types it prices and how. One small file per family under catalog/<cloud>/. */
export interface Family {
  readonly cloud: Cloud | 'kubernetes';
  readonly terraform?: readonly string[];
  readonly cloudformation?: readonly string[];
  readonly kubernetes?: readonly string[];
  price(r: ResourceReader, ctx: FamilyContext): FamilyOutput;
}
