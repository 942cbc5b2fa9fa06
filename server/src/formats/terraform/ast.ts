import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';

/**
 * The HCL2 syntax tree shared by the native parser (`parser.ts`) and the JSON syntax (`json-syntax.ts`).
 * Every node carries an LSP range (UTF-16 code units) and the offsets into the source text, so features can
 * slice the text or map positions without rescanning. Shapes only grow: fields are added, never renamed.
 */
export interface NodeBase {
  /**
   * On expressions, template parts, attributes and labels this is computed on access from the offsets (a getter
   * on the nodes' shared prototype, so parsing does not allocate three objects per node): `JSON.stringify`
   * includes it, an object spread `{ ...node }` does not. Blocks and bodies hold it as a plain field.
   */
  readonly range: Range;
  readonly startOffset: number;
  /** Exclusive. */
  readonly endOffset: number;
}

export interface Body extends NodeBase {
  readonly kind: 'Body';
  /** Attributes and blocks in source order. */
  readonly items: readonly (Attribute | Block)[];
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
}

export interface Attribute extends NodeBase {
  readonly kind: 'Attribute';
  readonly name: string;
  readonly nameRange: Range;
  readonly expr: Expression;
}

export interface BlockLabel extends NodeBase {
  readonly kind: 'BlockLabel';
  /** The label with escapes already decoded. */
  readonly value: string;
  /** True for `"quoted"` labels, false for bare identifiers. */
  readonly quoted: boolean;
}

export interface Block extends NodeBase {
  readonly kind: 'Block';
  readonly type: string;
  readonly typeRange: Range;
  readonly labels: readonly BlockLabel[];
  readonly body: Body;
  /** From the block type to just before `{`; what a code lens sits on. */
  readonly headerRange: Range;
  /** False when the block was cut short (no `{`, or missing `}`); the body holds what was read. */
  readonly complete: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | FunctionCallExpr
  | ConditionalExpr
  | UnaryExpr
  | BinaryExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | ParensExpr
  | ErrorExpr;

/** Numbers, `true`, `false`, `null`. Strings are always `TemplateExpr` (see `literalValue`). */
export interface LiteralExpr extends NodeBase {
  readonly kind: 'Literal';
  readonly value: number | boolean | null | string;
  /** Source text of a number, for callers that need more precision than a double. */
  readonly raw?: string;
}

/**
 * A quoted string or heredoc. A string without interpolation is a template with one `TemplateLiteral` part
 * (or none when empty). Strip markers (`~`) and `<<-` indentation are already applied to the literal parts.
 */
export interface TemplateExpr extends NodeBase {
  readonly kind: 'Template';
  readonly parts: readonly TemplatePart[];
  readonly heredoc: boolean;
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateLiteral extends NodeBase {
  readonly kind: 'TemplateLiteral';
  /** Escapes decoded (`\n`, `\"`, `$${` → `${`, `%%{` → `%{`). */
  readonly value: string;
}

export interface TemplateInterpolation extends NodeBase {
  readonly kind: 'TemplateInterpolation';
  readonly expr: Expression;
  readonly stripLeft: boolean;
  readonly stripRight: boolean;
}

export interface TemplateIf extends NodeBase {
  readonly kind: 'TemplateIf';
  readonly condition: Expression;
  readonly then: readonly TemplatePart[];
  readonly else?: readonly TemplatePart[];
}

export interface TemplateFor extends NodeBase {
  readonly kind: 'TemplateFor';
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expression;
  readonly body: readonly TemplatePart[];
}

/** A bare name: `var`, `local`, `each`, `count`, `aws_instance`, a for-expression variable … */
export interface VariableExpr extends NodeBase {
  readonly kind: 'Variable';
  readonly name: string;
}

/** `object.name` */
export interface GetAttrExpr extends NodeBase {
  readonly kind: 'GetAttr';
  readonly object: Expression;
  readonly name: string;
  readonly nameRange: Range;
}

/** `object[key]`, and the legacy `object.0` (key is then a number literal, `legacy` true). */
export interface IndexExpr extends NodeBase {
  readonly kind: 'Index';
  readonly object: Expression;
  readonly key: Expression;
  readonly legacy?: boolean;
}

/**
 * `source[*].a.b` (full splat) or `source.*.a` (attribute-only, legacy). `each` is the traversal applied to
 * every element, written in terms of a `SplatItem` node standing for the element; a bare `x[*]` has
 * `each` = SplatItem.
 */
export interface SplatExpr extends NodeBase {
  readonly kind: 'Splat';
  readonly source: Expression;
  readonly each: Expression;
  readonly full: boolean;
}

/** The element placeholder inside `SplatExpr.each`; it has the range of the `[*]` / `.*`. */
export interface SplatItemExpr extends NodeBase {
  readonly kind: 'SplatItem';
}

export interface FunctionCallExpr extends NodeBase {
  readonly kind: 'FunctionCall';
  /** Full name including any namespace: `max`, `provider::aws::arn_parse`. */
  readonly name: string;
  readonly nameRange: Range;
  readonly args: readonly Expression[];
  /** True when the last argument is followed by `...`. */
  readonly expandFinal: boolean;
}

export interface ConditionalExpr extends NodeBase {
  readonly kind: 'Conditional';
  readonly condition: Expression;
  readonly trueExpr: Expression;
  readonly falseExpr: Expression;
}

export type UnaryOperator = '!' | '-';
export interface UnaryExpr extends NodeBase {
  readonly kind: 'Unary';
  readonly op: UnaryOperator;
  readonly operand: Expression;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';
export interface BinaryExpr extends NodeBase {
  readonly kind: 'Binary';
  readonly op: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface TupleExpr extends NodeBase {
  readonly kind: 'Tuple';
  readonly items: readonly Expression[];
}

export interface ObjectItem extends NodeBase {
  readonly kind: 'ObjectItem';
  /**
   * A bare identifier key (`{ foo = 1 }`) is a `TemplateExpr` literal "foo", as HCL treats it as a string;
   * write `(foo)` (a `ParensExpr`) to use a variable's value as the key.
   */
  readonly key: Expression;
  readonly value: Expression;
}

export interface ObjectExpr extends NodeBase {
  readonly kind: 'Object';
  readonly items: readonly ObjectItem[];
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForExpr extends NodeBase {
  readonly kind: 'For';
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Present for object-producing for-expressions. */
  readonly keyExpr?: Expression;
  readonly valueExpr: Expression;
  readonly condition?: Expression;
  /** `...` after the value: group values by key. */
  readonly grouping: boolean;
  readonly isObject: boolean;
}

export interface ParensExpr extends NodeBase {
  readonly kind: 'Parens';
  readonly expr: Expression;
}

/** Where an expression could not be parsed; the problem list holds the same message with this range. */
export interface ErrorExpr extends NodeBase {
  readonly kind: 'Error';
  readonly message: string;
}

export interface ParseResult {
  readonly body: Body;
  readonly problems: Problem[];
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

/**
 * The JS value of an expression built only from literals (strings without interpolation, numbers, bools,
 * null, tuples and objects of those, and unary minus on a number), else undefined.
 */
export function literalValue(expr: Expression): LiteralValue | undefined {
  switch (expr.kind) {
    case 'Literal':
      return expr.value;
    case 'Template': {
      let s = '';
      for (const p of expr.parts) {
        if (p.kind !== 'TemplateLiteral') return undefined;
        s += p.value;
      }
      return s;
    }
    case 'Parens':
      return literalValue(expr.expr);
    case 'Unary': {
      if (expr.op !== '-') return undefined;
      const v = literalValue(expr.operand);
      return typeof v === 'number' ? -v : undefined;
    }
    case 'Tuple': {
      const out: LiteralValue[] = [];
      for (const item of expr.items) {
        const v = literalValue(item);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'Object': {
      const out: { [key: string]: LiteralValue } = {};
      for (const item of expr.items) {
        const k = literalValue(item.key);
        const v = literalValue(item.value);
        if (k === undefined || v === undefined || k === null || typeof k === 'object') return undefined;
        out[String(k)] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/**
 * A static reference such as `var.region`, `aws_instance.web[0].id` as root name plus steps, or undefined when
 * the expression is not a plain traversal (splats, computed indexes and calls are not).
 */
export type TraversalStep =
  { readonly kind: 'attr'; readonly name: string } | { readonly kind: 'index'; readonly key: string | number };
export function traversalOf(expr: Expression): { root: string; steps: TraversalStep[] } | undefined {
  const steps: TraversalStep[] = [];
  let e: Expression = expr;
  for (;;) {
    if (e.kind === 'Variable') return { root: e.name, steps: steps.reverse() };
    if (e.kind === 'GetAttr') {
      steps.push({ kind: 'attr', name: e.name });
      e = e.object;
    } else if (e.kind === 'Index') {
      const k = literalValue(e.key);
      if (typeof k !== 'string' && typeof k !== 'number') return undefined;
      steps.push({ kind: 'index', key: k });
      e = e.object;
    } else {
      return undefined;
    }
  }
}
