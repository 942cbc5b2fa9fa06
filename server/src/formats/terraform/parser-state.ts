import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';
import type { ErrorExpr, NodeBase } from './ast';
import { Lexer, LineIndex, Tok } from './lexer';

/** Deeper nesting than this is reported and skipped, so 10,000 `[` cannot overflow the call stack. */
export const MAX_DEPTH = 256;

/** A file of garbage (a binary opened by mistake) should not flood the editor with diagnostics. */
const MAX_PROBLEMS = 1000;

/** Block types that only appear at the top level; one of these at column 0 inside a body means a missing `}`. */
const TOP_LEVEL_BLOCKS = new Set([
  'resource',
  'data',
  'module',
  'variable',
  'output',
  'locals',
  'provider',
  'terraform',
  'moved',
  'import',
  'check',
  'removed',
]);

/**
 * Nodes do not store their LSP range: most are never asked for one, and three objects per node were most of
 * the parser's allocation. A shared prototype computes `range` from the offsets and the file's line index
 * (the node's `lineIndex` field), so `node.range` reads like a field, and `toJSON` includes it. Node literals
 * are written `node<T>({ __proto__: p.proto, lineIndex: p.lines, kind, …, startOffset, endOffset })`;
 * `node` only carries the type. (One prototype for all files keeps node shapes monomorphic for V8.)
 */
export interface NodeProto {
  readonly range: Range;
}

interface LazyNode extends NodeBase {
  readonly lineIndex: LineIndex;
}

const NODE_PROTO: NodeProto = Object.create(
  {
    toJSON(this: LazyNode & { name?: string }): object {
      const nameRange = this.name === undefined ? undefined : (this as { nameRange?: Range }).nameRange;
      return { ...this, lineIndex: undefined, range: this.range, nameRange };
    },
  },
  {
    range: {
      get(this: LazyNode): Range {
        return this.lineIndex.range(this.startOffset, this.endOffset);
      },
    },
    // Attributes and calls start with their name; an attribute access ends with it.
    nameRange: {
      get(this: LazyNode & { kind: string; name: string }): Range {
        const { startOffset: s, endOffset: e, name } = this;
        return this.kind === 'GetAttr'
          ? this.lineIndex.range(e - name.length, e)
          : this.lineIndex.range(s, s + name.length);
      },
    },
  },
) as NodeProto;

export function node<T extends NodeBase>(
  init: Omit<T, 'range' | 'nameRange'> & {
    readonly __proto__: NodeProto;
    readonly lineIndex: LineIndex;
    readonly nameRange?: Range;
  },
): T {
  return init as unknown as T;
}

/**
 * Token cursor, positions, problems and nesting depth shared by the body, expression and template parsers.
 * The current token is the lexer's fields. Newlines end attributes and object items but mean nothing inside
 * `()` and `[]`; `skipNl` says which applies, and switching back re-scans a token read across a newline.
 */
export class ParserState {
  readonly lex: Lexer;
  readonly lines: LineIndex;
  readonly problems: Problem[] = [];
  /** End offset of the last consumed token. */
  prevEnd = 0;
  depth = 0;
  skipNl = false;
  /** Offset of the first newline skipped to reach the current token, or -1. */
  private nlSkippedAt = -1;
  private lastErrorAt = -1;

  readonly proto = NODE_PROTO;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    this.lines = new LineIndex(text);
    this.lex = new Lexer(text, (s, e, m) => this.error(s, e, m));
  }

  /** The current token type (a method, so comparisons do not narrow it across `advance()`). */
  tok(): Tok {
    return this.lex.type;
  }

  get start(): number {
    return this.lex.start;
  }

  get end(): number {
    return this.lex.end;
  }

  /** Consumes the current token and scans the next one. */
  advance(): void {
    this.prevEnd = this.lex.end;
    this.scan();
  }

  /** Scans from `offset`, discarding the current token (used after templates and for recovery). */
  resetTo(offset: number): void {
    this.lex.pos = offset;
    this.scan();
  }

  private scan(): void {
    this.nlSkippedAt = -1;
    if (this.lex.scan() === Tok.Newline && this.skipNl) {
      this.nlSkippedAt = this.lex.start;
      while (this.lex.scan() === Tok.Newline);
    }
  }

  /** Switches newline sensitivity and returns the previous setting, for `restoreNl`. */
  setNl(skip: boolean): boolean {
    const prev = this.skipNl;
    this.skipNl = skip;
    if (skip && this.lex.type === Tok.Newline) this.scan();
    else if (!skip && this.nlSkippedAt >= 0) this.resetTo(this.nlSkippedAt);
    return prev;
  }

  restoreNl(prev: boolean): void {
    this.setNl(prev);
  }

  /** The type of the token after the current one, without consuming anything. */
  peek(): Tok {
    const lex = this.lex;
    const { pos, type, start, end } = lex;
    let t = lex.scan();
    while (t === Tok.Newline && this.skipNl) t = lex.scan();
    lex.pos = pos;
    lex.type = type;
    lex.start = start;
    lex.end = end;
    return t;
  }

  /** Offset of the first character after the current token and any spaces: a cheap lookahead without a scan. */
  nextCharAt(): number {
    const text = this.text;
    let i = this.lex.end;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    return i;
  }

  tokenText(): string {
    return this.text.slice(this.lex.start, this.lex.end);
  }

  isIdent(word: string): boolean {
    const lex = this.lex;
    return lex.type === Tok.Ident && lex.end - lex.start === word.length && this.text.startsWith(word, lex.start);
  }

  /** True when the current token starts its line, so an item before it ended even if recovery ate the newline. */
  onNewLine(): boolean {
    let i = this.lex.start - 1;
    let c = this.text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 13) c = this.text.charCodeAt(--i);
    return i < 0 || c === 10;
  }

  /** A top-level block keyword at the start of a line, taken as a sign that an enclosing `}` or `]` is missing. */
  atTopLevelKeyword(): boolean {
    const lex = this.lex;
    if (lex.type !== Tok.Ident || (lex.start > 0 && this.text.charCodeAt(lex.start - 1) !== 10)) return false;
    if (!TOP_LEVEL_BLOCKS.has(this.tokenText())) return false;
    const next = this.peek();
    return next === Tok.OQuote || next === Tok.LBrace || next === Tok.Ident;
  }

  range(start: number, end: number): Range {
    return this.lines.range(start, end);
  }

  /** Records a problem; a second one at the same offset is dropped, since it is a consequence of the first. */
  error(start: number, end: number, message: string): void {
    if (start === this.lastErrorAt || this.problems.length > MAX_PROBLEMS) return;
    this.lastErrorAt = start;
    if (this.problems.length === MAX_PROBLEMS) {
      message = `More than ${MAX_PROBLEMS} syntax problems; the rest of the file is not reported`;
    }
    this.problems.push({ file: this.file, range: this.range(start, end), severity: 'error', message, source: 'hcl' });
  }

  errorExpr(start: number, end: number, message: string): ErrorExpr {
    this.error(start, end, message);
    return node<ErrorExpr>({
      __proto__: this.proto,
      lineIndex: this.lines,
      kind: 'Error',
      message,
      startOffset: start,
      endOffset: end,
    });
  }

  /** The current token's description for messages. */
  describe(): string {
    switch (this.lex.type) {
      case Tok.EOF:
        return 'end of file';
      case Tok.Newline:
        return 'end of line';
      case Tok.Invalid:
        return `invalid character '${this.tokenText()}'`;
      case Tok.OQuote:
        return 'a string';
      default:
        return `'${this.tokenText()}'`;
    }
  }

  /**
   * Skips a run of tokens without recursion until a `stop` token at bracket depth zero (not consumed),
   * keeping bracket balance so a skipped `[[[…]]]` of any depth is skipped whole. Always consumes at least one
   * token unless already at `stop` or EOF.
   */
  skipBalanced(stopAtNewline: boolean): void {
    let depth = 0;
    for (;;) {
      const t = this.lex.type;
      if (t === Tok.EOF) return;
      if (depth === 0) {
        if (stopAtNewline && t === Tok.Newline) return;
        if (t === Tok.RBrace || t === Tok.RBrack || t === Tok.RParen || t === Tok.StripRBrace || t === Tok.Comma) {
          return;
        }
      }
      if (t === Tok.LBrace || t === Tok.LBrack || t === Tok.LParen) depth++;
      else if (t === Tok.RBrace || t === Tok.RBrack || t === Tok.RParen || t === Tok.StripRBrace) depth--;
      this.advance();
    }
  }

  /** Consumes an opening bracket and everything up to and including its match (or to EOF), iteratively. */
  skipGroup(): void {
    let depth = 0;
    do {
      const t = this.lex.type;
      if (t === Tok.EOF) return;
      if (t === Tok.LBrace || t === Tok.LBrack || t === Tok.LParen) depth++;
      else if (t === Tok.RBrace || t === Tok.RBrack || t === Tok.RParen || t === Tok.StripRBrace) depth--;
      this.advance();
    } while (depth > 0);
  }
}
