import * as assert from 'assert';
import type { Position } from '../../../../server/src/model/range';

/** Position of the first occurrence of `needle` (plus `offset` characters), found by substring, not counted by hand. */
export function positionOf(text: string, needle: string, offset = 0): Position {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture has no ${needle}`);
  const before = text.slice(0, i + offset);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
