import type { Range } from './range';

export type Severity = 'error' | 'warning' | 'info';

/** Something a parser, evaluator or pricing step wants the user to know, anchored to a range. */
export interface Problem {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly message: string;
  /** Which stage reported it: 'hcl', 'terraform', 'yaml', 'kubernetes', 'usage', 'policy' … */
  readonly source: string;
}
