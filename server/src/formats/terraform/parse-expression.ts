import type {
  BinaryExpr,
  BinaryOperator,
  ConditionalExpr,
  Expression,
  ForExpr,
  FunctionCallExpr,
  GetAttrExpr,
  IndexExpr,
  LiteralExpr,
  ObjectExpr,
  ObjectItem,
  ParensExpr,
  SplatExpr,
  SplatItemExpr,
  TemplateExpr,
  TemplateLiteral,
  TupleExpr,
  UnaryExpr,
  VariableExpr,
} from './ast';
import { Tok } from './lexer';
import { parseHeredocTemplate, parseQuotedTemplate, skipQuotedTemplate } from './parse-template';
import { MAX_DEPTH, node, type ParserState } from './parser-state';

/** HCL binary operator precedence; 0 means "not a binary operator". */
function precedence(t: Tok): number {
  switch (t) {
    case Tok.Or:
      return 1;
    case Tok.And:
      return 2;
    case Tok.EqEq:
    case Tok.NotEq:
      return 3;
    case Tok.Lt:
    case Tok.Gt:
    case Tok.LtEq:
    case Tok.GtEq:
      return 4;
    case Tok.Plus:
    case Tok.Minus:
      return 5;
    case Tok.Star:
    case Tok.Slash:
    case Tok.Percent:
      return 6;
    default:
      return 0;
  }
}

function isOpener(t: Tok): boolean {
  return t === Tok.LBrack || t === Tok.LBrace || t === Tok.LParen;
}

/** Nesting beyond MAX_DEPTH: report once, skip the construct without recursing, return an error node. */
function tooDeep(p: ParserState): Expression {
  const s = p.start;
  if (isOpener(p.tok())) p.skipGroup();
  else if (p.tok() === Tok.OQuote) skipQuotedTemplate(p);
  else if (p.tok() !== Tok.EOF && p.tok() !== Tok.Newline) p.advance();
  return p.errorExpr(s, Math.max(s, p.prevEnd), `Expression nested more than ${MAX_DEPTH} levels deep`);
}

export function parseExpression(p: ParserState): Expression {
  if (p.depth >= MAX_DEPTH) return tooDeep(p);
  p.depth++;
  const cond = parseBinary(p);
  let result = cond;
  if (p.tok() === Tok.Question) {
    p.advance();
    const trueExpr = parseExpression(p);
    let falseExpr: Expression;
    if (p.tok() === Tok.Colon) {
      p.advance();
      falseExpr = parseExpression(p);
    } else {
      falseExpr = p.errorExpr(p.start, p.start, `Expected ':' in conditional expression, found ${p.describe()}`);
    }
    const s = cond.startOffset;
    const e = falseExpr.endOffset;
    result = node<ConditionalExpr>({
      __proto__: p.proto,
      lineIndex: p.lines,
      kind: 'Conditional',
      condition: cond,
      trueExpr,
      falseExpr,
      startOffset: s,
      endOffset: e,
    });
  }
  p.depth--;
  return result;
}

/** Operator-precedence parsing with explicit stacks, so long `a + b + c …` chains use no call stack. */
function parseBinary(p: ParserState): Expression {
  const first = parseUnary(p);
  let prec = precedence(p.tok());
  if (prec === 0) return first;
  const operands: Expression[] = [first];
  const ops: BinaryOperator[] = [];
  const precs: number[] = [];
  const reduce = (): void => {
    const right = operands.pop() as Expression;
    const left = operands.pop() as Expression;
    const op = ops.pop() as BinaryOperator;
    precs.pop();
    const s = left.startOffset;
    const e = right.endOffset;
    operands.push(
      node<BinaryExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Binary',
        op,
        left,
        right,
        startOffset: s,
        endOffset: e,
      }),
    );
  };
  while (prec > 0) {
    const op = p.tokenText() as BinaryOperator;
    p.advance();
    while (precs.length > 0 && precs[precs.length - 1] >= prec) reduce();
    ops.push(op);
    precs.push(prec);
    operands.push(parseUnary(p));
    prec = precedence(p.tok());
  }
  while (ops.length > 0) reduce();
  return operands[0];
}

function parseUnary(p: ParserState): Expression {
  const t = p.tok();
  if (t !== Tok.Bang && t !== Tok.Minus) return parsePostfix(p, parsePrimary(p));
  if (p.depth >= MAX_DEPTH) return tooDeep(p);
  const s = p.start;
  p.advance();
  p.depth++;
  const operand = parseUnary(p);
  p.depth--;
  const e = operand.endOffset;
  return node<UnaryExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Unary',
    op: t === Tok.Bang ? '!' : '-',
    operand,
    startOffset: s,
    endOffset: e,
  });
}

function parsePrimary(p: ParserState): Expression {
  const s = p.start;
  const e = p.end;
  switch (p.tok()) {
    case Tok.Number: {
      const raw = p.tokenText();
      p.advance();
      return node<LiteralExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Literal',
        value: Number(raw),
        raw,
        startOffset: s,
        endOffset: e,
      });
    }
    case Tok.Ident: {
      const name = p.tokenText();
      if (name === 'true' || name === 'false' || name === 'null') {
        p.advance();
        const value = name === 'null' ? null : name === 'true';
        return node<LiteralExpr>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'Literal',
          value,
          startOffset: s,
          endOffset: e,
        });
      }
      const next = p.text.charCodeAt(p.nextCharAt());
      if (next === 40 || (next === 58 && p.peek() === Tok.DoubleColon)) return parseCall(p);
      p.advance();
      return node<VariableExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Variable',
        name,
        startOffset: s,
        endOffset: e,
      });
    }
    case Tok.OQuote:
      return parseQuotedTemplate(p);
    case Tok.Heredoc:
      return parseHeredocTemplate(p);
    case Tok.LBrack:
      return parseTuple(p);
    case Tok.LBrace:
      return parseObject(p);
    case Tok.LParen: {
      const prev = p.setNl(true);
      p.advance();
      const expr = parseExpression(p);
      const end = expectCloser(p, Tok.RParen, ')', s);
      p.restoreNl(prev);
      return node<ParensExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Parens',
        expr,
        startOffset: s,
        endOffset: end,
      });
    }
    default: {
      // Leave the token for the caller's recovery; a zero-width error at a line end points where typing goes.
      const atEnd = p.tok() === Tok.Newline || p.tok() === Tok.EOF;
      const es = atEnd ? p.prevEnd : s;
      return p.errorExpr(es, atEnd ? es : e, `Expected an expression, found ${p.describe()}`);
    }
  }
}

/** Consumes `closer` if present and returns the end offset of the construct; otherwise reports it missing. */
function expectCloser(p: ParserState, closer: Tok, text: string, openStart: number): number {
  if (p.tok() === closer) {
    const end = p.end;
    p.advance();
    return end;
  }
  p.error(p.start, p.end, `Missing '${text}' to close the one at ${describeAt(p, openStart)}, found ${p.describe()}`);
  return p.prevEnd;
}

function describeAt(p: ParserState, offset: number): string {
  const pos = p.lines.position(offset);
  return `line ${pos.line + 1}, column ${pos.character + 1}`;
}

/** Inside `[]` and call arguments, `name =` cannot be an item: it is the next attribute, so a closer is missing. */
function atNextAttribute(p: ParserState): boolean {
  return p.tok() === Tok.Ident && p.peek() === Tok.Equal;
}

function parseCall(p: ParserState): FunctionCallExpr {
  const s = p.start;
  let nameEnd = p.end;
  p.advance();
  while (p.tok() === Tok.DoubleColon && p.peek() === Tok.Ident) {
    p.advance();
    nameEnd = p.end;
    p.advance();
  }
  const name = p.text.slice(s, nameEnd);
  const args: Expression[] = [];
  let expandFinal = false;
  if (p.tok() !== Tok.LParen) {
    p.error(p.start, p.end, `Expected '(' after function name ${name}, found ${p.describe()}`);
    return node<FunctionCallExpr>({
      __proto__: p.proto,
      lineIndex: p.lines,
      kind: 'FunctionCall',
      name,
      args,
      expandFinal,
      startOffset: s,
      endOffset: nameEnd,
    });
  }
  const open = p.start;
  const prev = p.setNl(true);
  p.advance();
  while (p.tok() !== Tok.RParen && p.tok() !== Tok.EOF && !atNextAttribute(p) && !p.atTopLevelKeyword()) {
    const mark = p.prevEnd;
    args.push(parseExpression(p));
    if (p.tok() === Tok.Ellipsis) {
      expandFinal = true;
      p.advance();
      break;
    }
    if (p.tok() === Tok.Comma) p.advance();
    else break;
    if (p.prevEnd === mark) break;
  }
  const end = expectCloser(p, Tok.RParen, ')', open);
  p.restoreNl(prev);
  return node<FunctionCallExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'FunctionCall',
    name,
    args,
    expandFinal,
    startOffset: s,
    endOffset: end,
  });
}

function parseTuple(p: ParserState): Expression {
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

function parseObject(p: ParserState): Expression {
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

/**
 * Attribute access, indexes, legacy `.0` indexes and splats. After a splat, the following traversal steps apply
 * to each element (written against a SplatItem); an index after an attribute-only splat `.*` applies to the list.
 */
function parsePostfix(p: ParserState, primary: Expression): Expression {
  let t = p.tok();
  if (t !== Tok.Dot && t !== Tok.LBrack) return primary;
  let expr = primary;
  let splatSource: Expression | undefined;
  let splatFull = false;
  for (; t === Tok.Dot || t === Tok.LBrack; t = p.tok()) {
    const opStart = p.start;
    const s = expr.startOffset;
    if (t === Tok.Dot) {
      p.advance();
      const next = p.tok();
      if (next === Tok.Ident) {
        const e = p.end;
        const name = p.tokenText();
        p.advance();
        expr = node<GetAttrExpr>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'GetAttr',
          object: expr,
          name,
          startOffset: s,
          endOffset: e,
        });
      } else if (next === Tok.Number) {
        if (splatSource && !splatFull) {
          expr = makeSplat(p, splatSource, expr, false);
          splatSource = undefined;
        }
        expr = legacyIndex(p, expr);
      } else if (next === Tok.Star) {
        const e = p.end;
        p.advance();
        if (splatSource) expr = makeSplat(p, splatSource, expr, splatFull);
        splatSource = expr;
        splatFull = false;
        expr = splatItem(p, opStart, e);
      } else {
        // `var.` while typing: keep an empty attribute name so completion has something to anchor to.
        p.error(opStart, p.prevEnd, `Expected an attribute name after '.', found ${p.describe()}`);
        const e = p.prevEnd;
        expr = node<GetAttrExpr>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'GetAttr',
          object: expr,
          name: '',
          startOffset: s,
          endOffset: e,
        });
        break;
      }
      continue;
    }
    const prev = p.setNl(true);
    p.advance();
    if (p.tok() === Tok.Star) {
      p.advance();
      const e = expectCloser(p, Tok.RBrack, ']', opStart);
      p.restoreNl(prev);
      if (splatSource) expr = makeSplat(p, splatSource, expr, splatFull);
      splatSource = expr;
      splatFull = true;
      expr = splatItem(p, opStart, e);
      continue;
    }
    if (splatSource && !splatFull) {
      expr = makeSplat(p, splatSource, expr, false);
      splatSource = undefined;
    }
    const key = parseExpression(p);
    const e = expectCloser(p, Tok.RBrack, ']', opStart);
    p.restoreNl(prev);
    const is = expr.startOffset;
    expr = node<IndexExpr>({
      __proto__: p.proto,
      lineIndex: p.lines,
      kind: 'Index',
      object: expr,
      key,
      startOffset: is,
      endOffset: e,
    });
  }
  return splatSource ? makeSplat(p, splatSource, expr, splatFull) : expr;
}

function makeSplat(p: ParserState, source: Expression, each: Expression, full: boolean): Expression {
  const s = source.startOffset;
  const e = each.endOffset;
  return node<SplatExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Splat',
    source,
    each,
    full,
    startOffset: s,
    endOffset: e,
  });
}

function splatItem(p: ParserState, s: number, e: number): SplatItemExpr {
  return node<SplatItemExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'SplatItem',
    startOffset: s,
    endOffset: e,
  });
}

/** `.0` — and `.0.1`, which the lexer reads as the number `0.1`, so it becomes two steps. */
function legacyIndex(p: ParserState, object: Expression): Expression {
  const raw = p.tokenText();
  let offset = p.start;
  p.advance();
  let expr = object;
  for (const digits of raw.split('.')) {
    const ks = offset;
    const ke = ks + digits.length;
    const key: Expression = node<LiteralExpr>({
      __proto__: p.proto,
      lineIndex: p.lines,
      kind: 'Literal',
      value: Number(digits),
      raw: digits,
      startOffset: ks,
      endOffset: ke,
    });
    const s = expr.startOffset;
    expr = node<IndexExpr>({
      __proto__: p.proto,
      lineIndex: p.lines,
      kind: 'Index',
      object: expr,
      key,
      legacy: true,
      startOffset: s,
      endOffset: ke,
    });
    offset = ke + 1;
  }
  return expr;
}
