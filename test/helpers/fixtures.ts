import * as path from 'path';
import type { Resource } from '../../server/src/model/resource';
import type { Position, Range } from '../../server/src/model/range';
import { Snapshot } from '../../server/src/pricing/snapshot';

/** Repository root, whether tests run from out/ (compiled) or elsewhere. */
export const REPO = path.resolve(__dirname, '..', '..', ...(path.basename(path.resolve(__dirname, '..', '..')) === 'out' ? ['..'] : []));
export const FIXTURE_SNAPSHOT_DIR = path.join(REPO, 'test', 'fixtures', 'snapshot');

let cached: Snapshot | undefined;
/** The small frozen snapshot tests price against (never the shipped one, so a price refresh breaks no test). */
export function fixtureSnapshot(): Snapshot {
  return (cached ??= Snapshot.load(FIXTURE_SNAPSHOT_DIR, 'test fixture'));
}

const R0: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A Terraform resource as the evaluator would emit it, for engine tests that do not need the parser. */
export function tfResource(type: string, name: string, attributes: Resource['attributes'], extra: Partial<Resource> = {}): Resource {
  return {
    dialect: 'terraform',
    type,
    address: `${type}.${name}`,
    declaration: `${type}.${name}`,
    file: '/ws/main.tf',
    range: R0,
    headerRange: R0,
    attributes,
    attributeRanges: {},
    cloud: type.startsWith('aws_') ? 'aws' : type.startsWith('google_') ? 'google' : type.startsWith('azurerm_') ? 'azure' : undefined,
    ...extra,
  };
}

/** The position of the first occurrence of `needle` in `text` (plus `offset` characters): fixtures carry their own cursor. */
export function positionOf(text: string, needle: string, offset = 0): Position {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not found in fixture`);
  const before = text.slice(0, i + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
