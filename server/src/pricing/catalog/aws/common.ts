import { isList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../../../model/value';
import type { ComponentSpec, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';

/**
 * Helpers shared by the AWS families. They keep each family declarative: which attribute, which usage
 * key, which table row. Nothing here holds a price.
 */

/** The attribute name for the resource's dialect: Terraform snake_case or CloudFormation PascalCase. */
export function attr(r: ResourceReader, terraform: string, cloudformation: string): string {
  return r.resource.dialect === 'cloudformation' ? cloudformation : terraform;
}

export function isCfn(r: ResourceReader): boolean {
  return r.resource.dialect === 'cloudformation';
}

/** A component billed every hour of the month (or `monthly_hrs` from the usage file), times `count`. */
export function hourly(name: string, ctx: FamilyContext, price: PriceQuery | Unknown, count: number | Unknown = 1): ComponentSpec {
  const hours = ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth;
  const quantity = isUnknown(count) ? count : hours * count;
  return { name, unit: 'hours', quantity, price };
}

/**
 * A usage-based component: the quantity is the usage-file value times `scale` (e.g. 1/1e6 to bill per 1M),
 * or undefined when the usage file has no value, so the editor shows the unit price instead of $0.
 */
export function usage(name: string, unit: string, ctx: FamilyContext, key: string, price: PriceQuery | Unknown, scale = 1): ComponentSpec {
  const v = ctx.usage.num(key);
  return { name, unit, quantity: v === undefined ? undefined : v * scale, price, usageBased: true };
}

/** A fixed monthly charge per item (a key, a secret, a hosted zone). */
export function monthly(name: string, unit: string, price: PriceQuery, count = 1): ComponentSpec {
  return { name, unit, quantity: count, price };
}

/** A string attribute read in either dialect, with a recorded fallback. */
export function str(r: ResourceReader, tf: string, cfn: string, fallback?: string, why?: string): string | Unknown | undefined {
  return r.str(attr(r, tf, cfn), fallback, why);
}

export function num(r: ResourceReader, tf: string, cfn: string, fallback?: number, why?: string): number | Unknown | undefined {
  return r.num(attr(r, tf, cfn), fallback, why);
}

/**
 * A resource this one references (task definition, launch template), as the format resolved it into
 * `meta.references[<attribute path>]`. Formats that cannot resolve it leave it out; families then say why.
 */
export function referenced(r: ResourceReader, path: string): ValueObject | undefined {
  return r.reference(path)?.attributes;
}

/** A plain value at a dotted path inside an object (no assumption recorded: the caller records one). */
export function pick(obj: Value | undefined, path: string): Value | undefined {
  let cur: Value | undefined = obj;
  for (const part of path.split('.')) {
    if (isList(cur)) cur = cur[Number(part)];
    else if (isObject(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

/** The instance family of an EC2-style type name: 't3' for 't3.micro', 'db.t3' stays 'db.t3'. */
export function instanceFamily(type: string): string {
  return type.slice(0, type.lastIndexOf('.'));
}

export function unknownIf<T>(v: T | Unknown | undefined, reason: string): T | Unknown {
  return v === undefined ? new Unknown(reason) : v;
}

/** Accelerated EC2 families: NVIDIA/AMD GPUs (p, g), AWS Inferentia (inf), Trainium (trn), Gaudi (dl). */
const ACCELERATED = /^(p\d|g\d|inf\d|trn\d|dl\d)/;

/**
 * The GPU/accelerator marker for `instances` instances of an EC2 type (ml.* types map to their EC2 type), from
 * the `gpus` column of aws/ec2-specs. An accelerated type whose count the data lacks gets no marker but an
 * assumption that says so, rather than a guessed count.
 */
export function accelerators(r: ResourceReader, ctx: FamilyContext, type: string, instances: number): { count: number } | undefined {
  const ec2Type = type.replace(/^ml\./, '');
  const count = ctx.lookupRow('aws/ec2-specs', ec2Type)?.[2];
  if (count !== undefined && count > 0) return { count: count * instances };
  if (ACCELERATED.test(ec2Type) && (count === undefined || Number.isNaN(count))) {
    r.assume({ label: 'accelerators', value: 'unknown', source: 'derived', note: `${ec2Type} is accelerated, but its accelerator count is not in the price data` });
  }
  return undefined;
}
