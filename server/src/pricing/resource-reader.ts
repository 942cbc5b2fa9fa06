import type { Resource } from '../model/resource';
import { asList, isList, isObject, isUnknown, Unknown, type Value, type ValueObject } from '../model/value';
import type { Assumption } from './cost';

/**
 * What a family sees of a resource: typed attribute reads that record, for the hover, each value that
 * was read from the configuration or assumed by default.
 */
export class ResourceReader {
  readonly assumptions: Assumption[] = [];

  constructor(readonly resource: Resource) {}

  get type(): string {
    return this.resource.type;
  }

  get address(): string {
    return this.resource.address;
  }

  /** The raw value at a dotted path ('root_block_device.0.volume_size'); undefined when absent. */
  value(path: string): Value | undefined {
    return valueAt(this.resource.attributes, path);
  }

  meta(key: string): Value | undefined {
    return this.resource.meta?.[key];
  }

  /**
   * A resource this one references, as the evaluator resolved it into `meta.references[<attribute path>]`; further
   * paths follow the referenced resource's own references (`reference('profile_id', 'resource_group_name')`).
   * Undefined when the format could not resolve it: families then say why.
   */
  reference(path: string, ...then: string[]): { readonly address: string; readonly attributes: ValueObject } | undefined {
    let refs = this.meta('references');
    let ref: ValueObject | undefined;
    for (const p of [path, ...then]) {
      const next = isObject(refs) ? refs[p] : undefined;
      if (!isObject(next)) return undefined;
      ref = next;
      refs = next.references;
    }
    const attributes = ref?.attributes;
    if (!ref || !isObject(attributes)) return undefined;
    return { address: typeof ref.address === 'string' ? ref.address : path, attributes };
  }

  has(path: string): boolean {
    const v = this.value(path);
    return v !== undefined && v !== null;
  }

  /** A string attribute; when absent, the fallback is used and recorded as a default with its reason. */
  str(path: string, fallback?: string, why?: string): string | Unknown | undefined {
    return this.read(path, fallback, why, (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined));
  }

  num(path: string, fallback?: number, why?: string): number | Unknown | undefined {
    return this.read(path, fallback, why, (v) => {
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
      return undefined;
    });
  }

  bool(path: string, fallback?: boolean, why?: string): boolean | Unknown | undefined {
    return this.read(path, fallback, why, (v) => {
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      return undefined;
    });
  }

  /** A list of nested blocks or values; a single object counts as a one-element list. */
  list(path: string): readonly Value[] {
    return asList(this.value(path));
  }

  /** Records an assumption the family made that is not an attribute read (usage, derived figures …). */
  assume(a: Assumption): void {
    this.assumptions.push(a);
  }

  private read<T extends string | number | boolean>(
    path: string,
    fallback: T | undefined,
    why: string | undefined,
    convert: (v: Value) => T | undefined,
  ): T | Unknown | undefined {
    const v = this.value(path);
    const range = this.resource.attributeRanges[path];
    if (isUnknown(v)) return new Unknown(`${path}: ${v.reason}`, v.range ?? range, v.prefix);
    if (v === undefined || v === null) {
      if (fallback === undefined) return undefined;
      this.assumptions.push({ label: path, value: String(fallback), source: 'default', note: why });
      return fallback;
    }
    const converted = convert(v);
    if (converted === undefined) return new Unknown(`${path} is not a ${typeof (fallback ?? '')}`, range);
    this.assumptions.push({ label: path, value: String(converted), source: 'attribute', range });
    return converted;
  }
}

export function valueAt(root: Readonly<Record<string, Value>>, path: string): Value | undefined {
  let cur: Value | undefined = root as Value;
  for (const part of path.split('.')) {
    if (cur === undefined || cur === null || isUnknown(cur)) return cur ?? undefined;
    if (isList(cur)) {
      const i = Number(part);
      cur = Number.isInteger(i) ? cur[i] : undefined;
    } else if (isObject(cur)) {
      cur = Object.prototype.hasOwnProperty.call(cur, part) ? cur[part] : undefined;
    } else {
      return undefined;
    }
  }
  return cur;
}
