import type { Position, Range } from './range';

/**
 * Offsets to LSP positions and back (YAML ranges, advice edits). The yaml package reports offsets as JavaScript string indices, which are
 * already UTF-16 code units, so a position is just (line, offset - lineStart).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** The offset of a position, or undefined when the line does not exist. */
  offset(line: number, character: number): number | undefined {
    return line < this.starts.length ? Math.min(this.starts[line] + character, this.text.length) : undefined;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}
