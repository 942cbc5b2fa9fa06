import type { Expression, ForExpr, ObjectExpr, ObjectItem, TemplateExpr, TemplateLiteral, TupleExpr } from './ast';
import { Tok } from './lexer';
import { atNextAttribute, expectCloser, parseExpression } from './parse-expression';
import { node, type ParserState } from './parser-state';

/** Tuples `[…]`, objects `{…}` and for expressions `[for …]` / `{for …}`. */

export function parseTuple(p: ParserState): Expression {
  const s = p.start;
  const prev = p.setNl(true);
  p.advance();
  if (p.isIdent('for') && p.peek() === Tok.Ident) {
    const result = parseFor(p, s, false);
    p.restoreNl(prev);
    return result;
  }
  const items: Expression[] = [];
  while (p.tok() !== Tok.RBrack && p.tok() !== Tok.EOF && !atNextAttribute(p) && !p.atTopLevelKeyword()) {
    const mark = p.prevEnd;
    items.push(parseExpression(p));
    if (p.tok() === Tok.Comma) p.advance();
    else break;
    if (p.prevEnd === mark) break;
  }
  const end = expectCloser(p, Tok.RBrack, ']', s);
  p.restoreNl(prev);
  const tuple: TupleExpr = node<TupleExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Tuple',
    items,
    startOffset: s,
    endOffset: end,
  });
  return tuple;
}

export function parseObject(p: ParserState): Expression {
  const s = p.start;
  let prev = p.setNl(true);
  p.advance();
  if (p.isIdent('for') && p.peek() === Tok.Ident) {
    const result = parseFor(p, s, true);
    p.restoreNl(prev);
    return result;
  }
  // Items are separated by commas or newlines, so newlines matter again inside the braces.
  p.restoreNl(prev);
  prev = p.setNl(false);
  const items: ObjectItem[] = [];
  for (;;) {
    while (p.tok() === Tok.Newline || p.tok() === Tok.Comma) p.advance();
    const t = p.tok();
    if (t === Tok.RBrace || t === Tok.EOF || t === Tok.RBrack || t === Tok.RParen || t === Tok.StripRBrace) break;
    if (p.atTopLevelKeyword()) break;
    const mark = p.prevEnd;
    const is = p.start;
    let key: Expression;
    if (t === Tok.Ident && (p.peek() === Tok.Equal || p.peek() === Tok.Colon)) {
      key = bareKey(p);
    } else {
      key = parseExpression(p);
    }
    let value: Expression;
    if (p.tok() === Tok.Equal || p.tok() === Tok.Colon) {
      p.advance();
      value = parseExpression(p);
    } else {
      value = p.errorExpr(p.start, p.end, `Expected '=' or ':' after the object key, found ${p.describe()}`);
    }
    const ie = value.endOffset;
    items.push(
      node<ObjectItem>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'ObjectItem',
        key,
        value,
        startOffset: is,
        endOffset: ie,
      }),
    );
    const after = p.tok();
    if (after !== Tok.Comma && after !== Tok.Newline && after !== Tok.RBrace) {
      p.error(p.start, p.end, `Expected a newline, ',' or '}' after the object item, found ${p.describe()}`);
      p.skipBalanced(true);
    }
    if (p.prevEnd === mark) break;
  }
  const end = expectCloser(p, Tok.RBrace, '}', s);
  p.restoreNl(prev);
  const obj: ObjectExpr = node<ObjectExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Object',
    items,
    startOffset: s,
    endOffset: end,
  });
  return obj;
}

/** A bare identifier object key means the string itself, as in HCL. */
function bareKey(p: ParserState): TemplateExpr {
  const s = p.start;
  const e = p.end;
  const value = p.tokenText();
  p.advance();
  const part = node<TemplateLiteral>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'TemplateLiteral',
    value,
    startOffset: s,
    endOffset: e,
  });
  return node<TemplateExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Template',
    parts: [part],
    heredoc: false,
    startOffset: s,
    endOffset: e,
  });
}

/** After `[for` or `{for` (current token is `for`); newlines are already skipped. */
function parseFor(p: ParserState, s: number, isObject: boolean): Expression {
  p.advance();
  let keyVar: string | undefined;
  let valueVar = p.tokenText();
  p.advance();
  if (p.tok() === Tok.Comma) {
    p.advance();
    keyVar = valueVar;
    if (p.tok() === Tok.Ident) {
      valueVar = p.tokenText();
      p.advance();
    } else {
      p.error(p.start, p.end, `Expected a value variable name after ',' in for expression, found ${p.describe()}`);
    }
  }
  let collection: Expression;
  if (p.isIdent('in')) {
    p.advance();
    collection = parseExpression(p);
  } else {
    collection = p.errorExpr(p.start, p.end, `Expected 'in' in for expression, found ${p.describe()}`);
  }
  let keyExpr: Expression | undefined;
  let valueExpr: Expression;
  let grouping = false;
  let condition: Expression | undefined;
  if (p.tok() === Tok.Colon) {
    p.advance();
    if (isObject) {
      keyExpr = parseExpression(p);
      if (p.tok() === Tok.FatArrow) {
        p.advance();
        valueExpr = parseExpression(p);
      } else {
        valueExpr = p.errorExpr(p.start, p.end, `Expected '=>' in object for expression, found ${p.describe()}`);
      }
    } else {
      valueExpr = parseExpression(p);
    }
    if (p.tok() === Tok.Ellipsis) {
      if (!isObject) p.error(p.start, p.end, "Grouping '...' is only allowed in object for expressions");
      grouping = true;
      p.advance();
    }
    if (p.isIdent('if')) {
      p.advance();
      condition = parseExpression(p);
    }
  } else {
    valueExpr = p.errorExpr(p.start, p.end, `Expected ':' in for expression, found ${p.describe()}`);
  }
  const closer = isObject ? Tok.RBrace : Tok.RBrack;
  if (p.tok() !== closer && p.tok() !== Tok.EOF && !atNextAttribute(p) && !p.atTopLevelKeyword()) {
    p.error(p.start, p.end, `Unexpected ${p.describe()} in for expression`);
    p.skipBalanced(false);
  }
  const end = expectCloser(p, closer, isObject ? '}' : ']', s);
  const result: ForExpr = node<ForExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'For',
    keyVar,
    valueVar,
    collection,
    keyExpr,
    valueExpr,
    condition,
    grouping,
    isObject,
    startOffset: s,
    endOffset: end,
  });
  return result;
}
