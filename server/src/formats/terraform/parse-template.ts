import type { TemplateExpr, TemplateLiteral, TemplatePart } from './ast';
import { Tok } from './lexer';
import { parseExpression } from './parse-expression';
import { node, type ParserState } from './parser-state';
import { buildTemplate, type Flat, type Scan } from './parse-template-tree';

/**
 * Templates: quoted strings, heredocs, and (for the JSON syntax) JSON strings. The text is scanned here
 * character by character into a flat list of literals, interpolations and directive markers; heredoc
 * indentation and `~` strip markers are then applied to the literals, and the directives are folded into
 * a tree with an explicit stack.
 */

const enum Mode {
  Quoted,
  Json,
  Heredoc,
}

/** Current token is `"`. Leaves the parser on the token after the closing quote. */
export function parseQuotedTemplate(p: ParserState): TemplateExpr {
  const s = p.start;
  const text = p.text;
  // Fast path for the common plain string: no escapes, interpolations, directives or line breaks.
  let i = p.end;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 34) break;
    if (c === 92 || c === 10 || i >= text.length || ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123)) {
      return finish(p, s, scanTemplate(p, p.end, Mode.Quoted, '', s), false, false);
    }
    i++;
  }
  const ls = p.end;
  const end = i + 1;
  const parts: TemplatePart[] =
    i > ls
      ? [
          node<TemplateLiteral>({
            __proto__: p.proto,
            lineIndex: p.lines,
            kind: 'TemplateLiteral',
            value: text.slice(ls, i),
            startOffset: ls,
            endOffset: i,
          }),
        ]
      : [];
  const result = node<TemplateExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Template',
    parts,
    heredoc: false,
    startOffset: s,
    endOffset: end,
  });
  p.prevEnd = end;
  p.resetTo(end);
  return result;
}

/** Current token is a heredoc header (`<<EOT` / `<<-EOT` and its newline). */
export function parseHeredocTemplate(p: ParserState): TemplateExpr {
  const { heredocMarker, heredocFlush } = p.lex;
  return finish(p, p.start, scanTemplate(p, p.end, Mode.Heredoc, heredocMarker, p.start), true, heredocFlush);
}

/** A JSON string starting with the `"` at `quote`, read as a template with JSON escapes. */
export function parseJsonStringTemplate(p: ParserState, quote: number): TemplateExpr {
  const saved = p.skipNl;
  const scan = scanTemplate(p, quote + 1, Mode.Json, '', quote);
  p.skipNl = saved;
  return buildTemplate(p, quote, scan, false, false);
}

/**
 * Skips a quoted template (current token `"`) without parsing it, for nesting past MAX_DEPTH. Nested strings
 * inside `${ }` are tracked on an explicit stack: -1 is "in a string", n >= 0 is "in an interpolation with n
 * open braces".
 */
export function skipQuotedTemplate(p: ParserState): void {
  const text = p.text;
  const len = text.length;
  const stack = [-1];
  let i = p.end;
  while (i < len && stack.length > 0) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (top < 0) {
      if (c === 10) break;
      if (c === 92) i++;
      else if (c === 34) stack.pop();
      else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        stack.push(0);
        i++;
      } else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) i += 2;
    } else if (c === 34) stack.push(-1);
    else if (c === 123) stack[stack.length - 1]++;
    else if (c === 125) {
      if (top === 0) stack.pop();
      else stack[stack.length - 1]--;
    }
    i++;
  }
  p.prevEnd = Math.min(i, len);
  p.resetTo(p.prevEnd);
}

function finish(p: ParserState, s: number, scan: Scan, heredoc: boolean, flush: boolean): TemplateExpr {
  const result = buildTemplate(p, s, scan, heredoc, flush);
  p.prevEnd = scan.end;
  p.resetTo(scan.end);
  return result;
}

function hexValue(text: string, i: number, n: number): number {
  let v = 0;
  for (let j = i; j < i + n; j++) {
    const c = text.charCodeAt(j);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** If the line starting at `i` is the heredoc's closing marker, the offset after the marker, else -1. */
function closingMarkerEnd(text: string, i: number, marker: string): number {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (!text.startsWith(marker, i)) return -1;
  const e = i + marker.length;
  let j = e;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13) j++;
  return j >= text.length || text.charCodeAt(j) === 10 ? e : -1;
}

function scanTemplate(p: ParserState, i: number, mode: Mode, marker: string, open: number): Scan {
  const text = p.text;
  const len = text.length;
  const items: Flat[] = [];
  const savedNl = p.skipNl;
  let litStart = i;
  let chunk = i;
  let buf = '';
  const flushLit = (end: number): void => {
    if (end > litStart || buf !== '') {
      items.push({ k: 'lit', s: litStart, e: end, value: buf + text.slice(chunk, end), stripL: false, stripR: false });
    }
    buf = '';
  };
  let end: number;
  if (mode === Mode.Heredoc) {
    const m = closingMarkerEnd(text, i, marker);
    if (m >= 0) return { items, end: m };
  }
  for (;;) {
    if (i >= len) {
      flushLit(len);
      const what = mode === Mode.Heredoc ? `heredoc: missing closing '${marker}'` : 'string: missing closing quote';
      p.error(open, mode === Mode.Heredoc ? open + 2 + marker.length : len, `Unterminated ${what}`);
      end = len;
      break;
    }
    const c = text.charCodeAt(i);
    if (mode !== Mode.Heredoc) {
      if (c === 34) {
        flushLit(i);
        end = i + 1;
        break;
      }
      if (c === 10) {
        flushLit(i);
        p.error(open, i, 'Unterminated string: missing closing quote');
        end = i;
        break;
      }
      if (c === 92) {
        buf += text.slice(chunk, i);
        i = decodeEscape(p, i, mode === Mode.Json, (s) => (buf += s));
        chunk = i;
        continue;
      }
    } else if (c === 10) {
      i++;
      const m = closingMarkerEnd(text, i, marker);
      if (m >= 0) {
        flushLit(i);
        end = m;
        break;
      }
      continue;
    }
    const n = text.charCodeAt(i + 1);
    if ((c === 36 || c === 37) && n === c && text.charCodeAt(i + 2) === 123) {
      // `$${` and `%%{` are the escapes for a literal `${` and `%{`.
      buf += text.slice(chunk, i + 1) + '{';
      i += 3;
      chunk = i;
      continue;
    }
    if ((c === 36 || c === 37) && n === 123) {
      flushLit(i);
      i = c === 36 ? scanInterpolation(p, i, items) : scanDirective(p, i, items);
      litStart = chunk = i;
      continue;
    }
    i++;
  }
  p.skipNl = savedNl;
  return { items, end };
}

function decodeEscape(p: ParserState, i: number, json: boolean, out: (s: string) => void): number {
  const text = p.text;
  const e = text.charCodeAt(i + 1);
  switch (e) {
    case 110:
      out('\n');
      return i + 2;
    case 114:
      out('\r');
      return i + 2;
    case 116:
      out('\t');
      return i + 2;
    case 34:
      out('"');
      return i + 2;
    case 92:
      out('\\');
      return i + 2;
    case 117:
    case 85: {
      const n = e === 117 ? 4 : 8;
      const v = e === 117 || !json ? hexValue(text, i + 2, n) : -1;
      if (v >= 0 && v <= 0x10ffff) {
        out(String.fromCodePoint(v));
        return i + 2 + n;
      }
      break;
    }
    default:
      if (json && (e === 47 || e === 98 || e === 102)) {
        out(e === 47 ? '/' : e === 98 ? '\b' : '\f');
        return i + 2;
      }
  }
  // Keep the text as written so the value stays close to what the user meant.
  const w = i + 1 < text.length && e !== 10 ? 2 : 1;
  p.error(i, i + w, `Invalid escape sequence '${text.slice(i, i + w)}'`);
  out(text.slice(i, i + w));
  return i + w;
}

/** Expression mode inside `${ … }` or `%{ … }`: newlines are insignificant. */
function enterExpression(p: ParserState, i: number): void {
  p.skipNl = true;
  p.resetTo(i);
}

/** Expects `}` or `~}`; returns where template text resumes and whether it was a strip marker. */
function closeBrace(p: ParserState, open: number, what: string): { at: number; strip: boolean } {
  if (p.tok() === Tok.RBrace || p.tok() === Tok.StripRBrace) return { at: p.end, strip: p.tok() === Tok.StripRBrace };
  p.error(p.start, p.end, `Expected '}' to close the ${what}, found ${p.describe()}`);
  return { at: Math.max(p.prevEnd, open), strip: false };
}

function scanInterpolation(p: ParserState, i: number, items: Flat[]): number {
  const s = i;
  i += 2;
  const stripL = p.text.charCodeAt(i) === 126;
  if (stripL) i++;
  enterExpression(p, i);
  const expr = parseExpression(p);
  const close = closeBrace(p, i, 'interpolation');
  items.push({ k: 'interp', s, e: close.at, expr, stripL, stripR: close.strip });
  return close.at;
}

function scanDirective(p: ParserState, i: number, items: Flat[]): number {
  const s = i;
  i += 2;
  const stripL = p.text.charCodeAt(i) === 126;
  if (stripL) i++;
  enterExpression(p, i);
  const word = p.tok() === Tok.Ident ? p.tokenText() : '';
  const item: Flat = { k: 'if', s, e: s, stripL, stripR: false };
  if (word === 'if') {
    p.advance();
    item.expr = parseExpression(p);
  } else if (word === 'for') {
    item.k = 'for';
    p.advance();
    parseForHeader(p, item);
  } else if (word === 'else' || word === 'endif' || word === 'endfor') {
    item.k = word;
    p.advance();
  } else {
    p.error(s, p.end, `Expected 'if', 'for', 'else', 'endif' or 'endfor' in template directive, found ${p.describe()}`);
    p.skipBalanced(false);
    const close = closeBrace(p, i, 'directive');
    return close.at;
  }
  const close = closeBrace(p, i, 'directive');
  item.e = close.at;
  item.stripR = close.strip;
  items.push(item);
  return close.at;
}

function parseForHeader(p: ParserState, item: Flat): void {
  const name = (): string => {
    if (p.tok() !== Tok.Ident) {
      p.error(p.start, p.end, `Expected a variable name in for directive, found ${p.describe()}`);
      return '';
    }
    const v = p.tokenText();
    p.advance();
    return v;
  };
  item.valueVar = name();
  if (p.tok() === Tok.Comma) {
    p.advance();
    item.keyVar = item.valueVar;
    item.valueVar = name();
  }
  if (p.isIdent('in')) {
    p.advance();
    item.expr = parseExpression(p);
  } else {
    item.expr = p.errorExpr(p.start, p.end, `Expected 'in' in for directive, found ${p.describe()}`);
  }
}
