import type { Value } from '../model/value';
import { isObject } from '../model/value';
import type { Assumption } from './cost';

/**
 * Usage assumptions for usage-based components, in Infracost's usage-file shape:
 *   resource_usage: { "<address or glob>": { monthly_requests: 1000000, … } }
 *   resource_type_default_usage: { "<type>": { … } }
 * Precedence: the resource's own entry, then the first matching wildcard, then the type default, then settings.
 */
export interface UsageData {
  readonly resourceUsage: Readonly<Record<string, Readonly<Record<string, Value>>>>;
  readonly typeDefaults: Readonly<Record<string, Readonly<Record<string, Value>>>>;
  /** Where the data came from, for the hover ('infracost-usage.yml'). */
  readonly source: string;
}

export const NO_USAGE: UsageData = { resourceUsage: {}, typeDefaults: {}, source: 'none' };

export class UsageReader {
  private readonly entries: Readonly<Record<string, Value>>[];

  constructor(
    private readonly data: UsageData,
    address: string,
    type: string,
    private readonly sink: Assumption[],
  ) {
    this.entries = [];
    const exact = data.resourceUsage[address];
    if (exact) this.entries.push(exact);
    for (const [pattern, entry] of Object.entries(data.resourceUsage)) {
      if (pattern !== address && pattern.includes('*') && globMatch(pattern, address)) this.entries.push(entry);
    }
    const byType = data.typeDefaults[type];
    if (byType) this.entries.push(byType);
  }

  /** A numeric usage value, recorded as an assumption when found; undefined when the usage file has none. */
  num(key: string): number | undefined {
    for (const e of this.entries) {
      const v = valueAtPath(e, key);
      if (typeof v === 'number' && Number.isFinite(v)) {
        this.sink.push({ label: key, value: v.toLocaleString('en-US'), source: 'usage-file', note: this.data.source });
        return v;
      }
    }
    return undefined;
  }

  /** Whether the usage data has a value for the key; records nothing (for families that show optional items). */
  has(key: string): boolean {
    return this.entries.some((e) => valueAtPath(e, key) !== undefined);
  }

  str(key: string): string | undefined {
    for (const e of this.entries) {
      const v = valueAtPath(e, key);
      if (typeof v === 'string') {
        this.sink.push({ label: key, value: v, source: 'usage-file', note: this.data.source });
        return v;
      }
    }
    return undefined;
  }

  /** A true/false usage value (Infracost's `capture_enabled`), recorded like `num`; undefined when absent. */
  bool(key: string): boolean | undefined {
    for (const e of this.entries) {
      const v = valueAtPath(e, key);
      if (typeof v === 'boolean') {
        this.sink.push({ label: key, value: String(v), source: 'usage-file', note: this.data.source });
        return v;
      }
    }
    return undefined;
  }
}

function valueAtPath(entry: Readonly<Record<string, Value>>, key: string): Value | undefined {
  let cur: Value | undefined = entry as Value;
  for (const part of key.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** Infracost's wildcard addresses: '*' matches any run of characters, including dots and brackets. */
export function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map(escapeRegExp).join('.*') + '$');
  return re.test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
