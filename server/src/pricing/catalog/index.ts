import type { Dialect } from '../../model/resource';
import type { Family } from '../family';
import { AWS_FAMILIES, AWS_FREE } from './aws';
import { AZURE_FAMILIES, AZURE_FREE } from './azure';
import { GOOGLE_FAMILIES, GOOGLE_FREE } from './google';
import { KUBERNETES_FAMILIES, KUBERNETES_FREE } from './kubernetes';

/** Every family, across clouds. Adding a family is one line in its cloud's index. */
const FAMILIES: readonly Family[] = [...AWS_FAMILIES, ...GOOGLE_FAMILIES, ...AZURE_FAMILIES, ...KUBERNETES_FAMILIES];

/** Types that cost nothing by themselves, per dialect, so they show "free" rather than "unsupported". */
const FREE: Readonly<Record<Dialect, ReadonlySet<string>>> = {
  terraform: new Set([...AWS_FREE.terraform, ...GOOGLE_FREE, ...AZURE_FREE]),
  cloudformation: new Set([...AWS_FREE.cloudformation]),
  kubernetes: new Set([...KUBERNETES_FREE]),
};

const byKey = new Map<string, Family>();
for (const f of FAMILIES) {
  for (const t of f.terraform ?? []) byKey.set(`terraform ${t}`, f);
  for (const t of f.cloudformation ?? []) byKey.set(`cloudformation ${t}`, f);
  for (const t of f.kubernetes ?? []) byKey.set(`kubernetes ${t}`, f);
}

export function findFamily(dialect: Dialect, type: string): Family | undefined {
  return byKey.get(`${dialect} ${type}`);
}

export function isFreeType(dialect: Dialect, type: string): boolean {
  return FREE[dialect].has(type);
}

/** Types priced per dialect, for the README figures and the status item. */
export function pricedTypes(dialect: Dialect): string[] {
  return [...byKey.keys()].filter((k) => k.startsWith(dialect + ' ')).map((k) => k.slice(dialect.length + 1)).sort();
}

export function freeTypes(dialect: Dialect): string[] {
  return [...FREE[dialect]].sort();
}
