import type { Value, ValueObject } from '../../../model/value';
import { traversalOf, type Body, type Expression } from '../ast';
import { RESOURCE_META } from './body';

/**
 * References from one resource to another (`launch_template { id = aws_launch_template.app.id }`), by the
 * attribute path that holds them. Pricing reads the referenced resource's configuration through
 * `meta.references[<path>] = { type, address, attributes }` (a task definition's CPU, a launch template's
 * instance type): the id itself is known only after apply, but what it points at is in the configuration.
 * With `referencesOf`, each entry also carries the referenced resource's own references (one level: a Cassandra
 * table reaches its Cosmos DB account through its keyspace).
 */
export function resourceReferences(
  body: Body,
  isResource: (key: string) => boolean,
  attributesOf: (key: string) => ValueObject | undefined,
  addressPrefix: string,
  referencesOf?: (key: string) => Record<string, Value> | undefined,
): Record<string, Value> | undefined {
  const out: Record<string, Value> = {};
  walk(body, '', true, (path, expr) => {
    const t = traversalOf(expr);
    const name = t?.steps[0];
    if (!t || !name || name.kind !== 'attr') return;
    const key = `${t.root}.${name.name}`;
    if (!isResource(key)) return;
    const attributes = attributesOf(key);
    if (!attributes) return;
    const nested = referencesOf?.(key);
    out[path] = { type: t.root, address: `${addressPrefix}${key}`, attributes, ...(nested ? { references: nested } : {}) };
  });
  return Object.keys(out).length > 0 ? out : undefined;
}

function walk(body: Body, prefix: string, top: boolean, visit: (path: string, expr: Expression) => void): void {
  for (const a of body.attributes) if (!(top && RESOURCE_META.has(a.name))) visit(`${prefix}${a.name}`, a.expr);
  const seen: Record<string, number> = {};
  for (const b of body.blocks) {
    if (top && RESOURCE_META.has(b.type)) continue;
    if (b.type === 'dynamic') continue;
    const i = (seen[b.type] = (seen[b.type] ?? -1) + 1);
    walk(b.body, `${prefix}${b.type}.${i}.`, false, visit);
  }
}
