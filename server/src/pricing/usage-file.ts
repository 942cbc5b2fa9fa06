import { parse } from 'yaml';
import type { Value } from '../model/value';
import type { UsageData } from './usage';

/**
 * Reads an Infracost-compatible usage file (version 0.1: resource_usage, resource_type_default_usage).
 * A broken file yields empty usage plus an error message: pricing goes on with unit prices.
 */
export function parseUsageFile(text: string, source: string): { usage: UsageData; error?: string } {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    return { usage: { resourceUsage: {}, typeDefaults: {}, source }, error: `usage file ${source}: ${(e as Error).message.split('\n')[0]}` };
  }
  if (doc === null || doc === undefined) return { usage: { resourceUsage: {}, typeDefaults: {}, source } };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    return { usage: { resourceUsage: {}, typeDefaults: {}, source }, error: `usage file ${source}: expected a mapping with resource_usage` };
  }
  const d = doc as Record<string, unknown>;
  return {
    usage: {
      resourceUsage: records(d.resource_usage),
      typeDefaults: records(d.resource_type_default_usage),
      source,
    },
  };
}

function records(v: unknown): Record<string, Record<string, Value>> {
  const out: Record<string, Record<string, Value>> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [k, entry] of Object.entries(v)) {
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) out[k] = entry as Record<string, Value>;
  }
  return out;
}
