import type {
  BinaryExpr,
  BinaryOperator,
  ConditionalExpr,
  Expression,
  FunctionCallExpr,
  LiteralExpr,
  ParensExpr,
  UnaryExpr,
  VariableExpr,
} from './ast';
import { Tok } from './lexer';
import { parseObject, parseTuple } from './parse-collection';
import { parseHeredocTemplate, parseQuotedTemplate, skipQuotedTemplate } from './parse-template';
import { parsePostfix } from './parse-traversal';
import { MAX_DEPTH, node, type ParserState } from './parser-state';

/**
 * HCL expressions: conditionals, binary operators by precedence, unary operators, literals, variables and
 * function calls. Collections live in parse-collection.ts, traversals and splats in parse-traversal.ts.
 */

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
export function expectCloser(p: ParserState, closer: Tok, text: string, openStart: number): number {
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
export function atNextAttribute(p: ParserState): boolean {
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
