/**
 * The HCL2 native-syntax scanner for expression and structure tokens. Template text (inside quotes and
 * heredocs) is not tokenized here: the template parser scans it character by character and hands control
 * back by moving `pos`, so the lexer needs no mode stack and the parser can rewind it freely.
 * Everything is charCodeAt scanning with no per-token allocation: the current token lives in fields.
 */
export const enum Tok {
  EOF,
  Newline,
  Ident,
  Number,
  OQuote,
  Heredoc,
  LBrace,
  RBrace,
  /** `~}` closing a template interpolation or directive with a strip marker. */
  StripRBrace,
  LBrack,
  RBrack,
  LParen,
  RParen,
  Comma,
  Dot,
  Ellipsis,
  Colon,
  DoubleColon,
  Question,
  Equal,
  FatArrow,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  And,
  Or,
  Bang,
  EqEq,
  NotEq,
  Lt,
  Gt,
  LtEq,
  GtEq,
  Invalid,
}

const enum C {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Percent = 37,
  Amp = 38,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  D0 = 48,
  D9 = 57,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  UA = 65,
  UE = 69,
  UZ = 90,
  LBrack = 91,
  RBrack = 93,
  Underscore = 95,
  La = 97,
  Le = 101,
  Lz = 122,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
  Tilde = 126,
}

/** ASCII character classes: 1 = may start an identifier, 2 = may continue one (letters, digits, `_`, `-`). */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= C.La && c <= C.Lz) || (c >= C.UA && c <= C.UZ) || c === C.Underscore;
  CLASS[c] = (letter ? 1 : 0) | (letter || (c >= C.D0 && c <= C.D9) || c === C.Minus ? 2 : 0);
}

/** Non-ASCII characters are accepted as identifier characters, a superset of HCL's Unicode ID_Start. */
export function isIdentStart(c: number): boolean {
  return c >= 0x80 ? true : (CLASS[c] & 1) !== 0;
}

/** HCL identifiers may contain dashes after the first character (`aws-vpc`), as Terraform names often do. */
export function isIdentPart(c: number): boolean {
  return c >= 0x80 ? true : (CLASS[c] & 2) !== 0;
}

function isDigit(c: number): boolean {
  return c >= C.D0 && c <= C.D9;
}

export type LexErrorSink = (start: number, end: number, message: string) => void;

export class Lexer {
  pos = 0;
  type: Tok = Tok.EOF;
  start = 0;
  end = 0;
  /** For `Tok.Heredoc`: the closing marker and whether it was `<<-` (indentation is flushed). */
  heredocMarker = '';
  heredocFlush = false;
  readonly length: number;

  constructor(
    readonly text: string,
    private readonly onError: LexErrorSink,
  ) {
    this.length = text.length;
  }

  /** Scans the next token from `pos` into `type`/`start`/`end` and returns its type. */
  scan(): Tok {
    const text = this.text;
    const len = this.length;
    let i = this.pos;
    // Whitespace and comments. A line comment stops before its newline so the newline still ends the item.
    for (;;) {
      if (i >= len) return this.set(Tok.EOF, len, len);
      const c = text.charCodeAt(i);
      if (c === C.Space || c === C.Tab || c === C.CR) {
        i++;
      } else if (c === C.Hash || (c === C.Slash && text.charCodeAt(i + 1) === C.Slash)) {
        i++;
        while (i < len && text.charCodeAt(i) !== C.LF) i++;
      } else if (c === C.Slash && text.charCodeAt(i + 1) === C.Star) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) {
          this.onError(i, len, 'Unterminated comment: missing */');
          i = len;
        } else {
          i = close + 2;
        }
      } else {
        break;
      }
    }
    const s = i;
    const c = text.charCodeAt(i);
    if (isIdentStart(c)) {
      i++;
      while (i < len && isIdentPart(text.charCodeAt(i))) i++;
      return this.set(Tok.Ident, s, i);
    }
    if (isDigit(c)) return this.set(Tok.Number, s, this.scanNumber(i));
    const n = text.charCodeAt(i + 1);
    switch (c) {
      case C.LF:
        return this.set(Tok.Newline, s, i + 1);
      case C.Quote:
        return this.set(Tok.OQuote, s, i + 1);
      case C.LBrace:
        return this.set(Tok.LBrace, s, i + 1);
      case C.RBrace:
        return this.set(Tok.RBrace, s, i + 1);
      case C.Tilde:
        return n === C.RBrace ? this.set(Tok.StripRBrace, s, i + 2) : this.set(Tok.Invalid, s, i + 1);
      case C.LBrack:
        return this.set(Tok.LBrack, s, i + 1);
      case C.RBrack:
        return this.set(Tok.RBrack, s, i + 1);
      case C.LParen:
        return this.set(Tok.LParen, s, i + 1);
      case C.RParen:
        return this.set(Tok.RParen, s, i + 1);
      case C.Comma:
        return this.set(Tok.Comma, s, i + 1);
      case C.Dot:
        if (n === C.Dot && text.charCodeAt(i + 2) === C.Dot) return this.set(Tok.Ellipsis, s, i + 3);
        return this.set(Tok.Dot, s, i + 1);
      case C.Colon:
        return n === C.Colon ? this.set(Tok.DoubleColon, s, i + 2) : this.set(Tok.Colon, s, i + 1);
      case C.Question:
        return this.set(Tok.Question, s, i + 1);
      case C.Eq:
        if (n === C.Eq) return this.set(Tok.EqEq, s, i + 2);
        if (n === C.Gt) return this.set(Tok.FatArrow, s, i + 2);
        return this.set(Tok.Equal, s, i + 1);
      case C.Plus:
        return this.set(Tok.Plus, s, i + 1);
      case C.Minus:
        return this.set(Tok.Minus, s, i + 1);
      case C.Star:
        return this.set(Tok.Star, s, i + 1);
      case C.Slash:
        return this.set(Tok.Slash, s, i + 1);
      case C.Percent:
        return this.set(Tok.Percent, s, i + 1);
      case C.Amp:
        return n === C.Amp ? this.set(Tok.And, s, i + 2) : this.set(Tok.Invalid, s, i + 1);
      case C.Pipe:
        return n === C.Pipe ? this.set(Tok.Or, s, i + 2) : this.set(Tok.Invalid, s, i + 1);
      case C.Bang:
        return n === C.Eq ? this.set(Tok.NotEq, s, i + 2) : this.set(Tok.Bang, s, i + 1);
      case C.Lt:
        if (n === C.Lt) {
          const end = this.scanHeredocHeader(i + 2);
          if (end > 0) return this.set(Tok.Heredoc, s, end);
        }
        return n === C.Eq ? this.set(Tok.LtEq, s, i + 2) : this.set(Tok.Lt, s, i + 1);
      case C.Gt:
        return n === C.Eq ? this.set(Tok.GtEq, s, i + 2) : this.set(Tok.Gt, s, i + 1);
      default: {
        // Keep a surrogate pair together so the error range never splits a character.
        const w = c >= 0xd800 && c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff ? 2 : 1;
        return this.set(Tok.Invalid, s, i + w);
      }
    }
  }

  private set(type: Tok, start: number, end: number): Tok {
    this.type = type;
    this.start = start;
    this.end = end;
    this.pos = end;
    return type;
  }

  private scanNumber(i: number): number {
    const text = this.text;
    const len = this.length;
    while (i < len && isDigit(text.charCodeAt(i))) i++;
    // A fraction needs a digit after the dot, so `a.0.b` style traversals keep their dots.
    if (text.charCodeAt(i) === C.Dot && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < len && isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === C.Le || e === C.UE) {
      let j = i + 1;
      const sign = text.charCodeAt(j);
      if (sign === C.Plus || sign === C.Minus) j++;
      if (isDigit(text.charCodeAt(j))) {
        i = j + 1;
        while (i < len && isDigit(text.charCodeAt(i))) i++;
      }
    }
    return i;
  }

  /** After `<<`: `-`? identifier newline. Returns the offset after the newline, or -1 when this is no heredoc. */
  private scanHeredocHeader(i: number): number {
    const text = this.text;
    let flush = false;
    if (text.charCodeAt(i) === C.Minus) {
      flush = true;
      i++;
    }
    const ms = i;
    if (!isIdentStart(text.charCodeAt(i))) return -1;
    i++;
    while (i < this.length && isIdentPart(text.charCodeAt(i))) i++;
    const me = i;
    if (text.charCodeAt(i) === C.CR) i++;
    if (text.charCodeAt(i) !== C.LF) return -1;
    this.heredocMarker = text.slice(ms, me);
    this.heredocFlush = flush;
    return i + 1;
  }
}

/** Maps offsets to LSP positions. Lookups are mostly near the previous one, so it walks from there. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(text: string) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  line(offset: number): number {
    const starts = this.starts;
    let l = this.last;
    if (offset >= starts[l]) {
      const n = starts.length;
      // Walk a few lines forward, then fall back to binary search for far jumps.
      let steps = 0;
      while (l + 1 < n && starts[l + 1] <= offset) {
        l++;
        if (++steps > 8) return (this.last = this.search(offset));
      }
    } else {
      return (this.last = this.search(offset));
    }
    this.last = l;
    return l;
  }

  /**
   * Positions are immutable, and neighbouring nodes share offsets (an attribute starts where its name does, a
   * binary expression where its left operand does), so a small direct-mapped cache saves many allocations.
   */
  private readonly cacheOffsets = new Int32Array(256).fill(-1);
  private readonly cachePositions: { line: number; character: number }[] = new Array(256);

  range(
    start: number,
    end: number,
  ): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: this.position(start), end: this.position(end) };
  }

  position(offset: number): { line: number; character: number } {
    const slot = offset & 255;
    if (this.cacheOffsets[slot] === offset) return this.cachePositions[slot];
    const l = this.line(offset);
    const pos = { line: l, character: offset - this.starts[l] };
    this.cacheOffsets[slot] = offset;
    this.cachePositions[slot] = pos;
    return pos;
  }

  private search(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
