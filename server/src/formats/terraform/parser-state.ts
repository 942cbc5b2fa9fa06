import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';
import type { ErrorExpr } from './ast';
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
    return { start: this.lines.position(start), end: this.lines.position(end) };
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
    return { kind: 'Error', message, range: this.range(start, end), startOffset: start, endOffset: end };
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
