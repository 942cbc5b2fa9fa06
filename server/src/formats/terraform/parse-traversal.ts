import type { Expression, GetAttrExpr, IndexExpr, LiteralExpr, SplatExpr, SplatItemExpr } from './ast';
import { Tok } from './lexer';
import { expectCloser, parseExpression } from './parse-expression';
import { node, type ParserState } from './parser-state';

/**
 * Attribute access, indexes, legacy `.0` indexes and splats. After a splat, the following traversal steps apply
 * to each element (written against a SplatItem); an index after an attribute-only splat `.*` applies to the list.
 */
export function parsePostfix(p: ParserState, primary: Expression): Expression {
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
    expr = indexNode(p, expr, key, e, false);
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
    expr = indexNode(p, expr, key, ke, true);
    offset = ke + 1;
  }
  return expr;
}

function indexNode(p: ParserState, object: Expression, key: Expression, end: number, legacy: boolean): IndexExpr {
  const s = object.startOffset;
  // No spreads here: a spread would drop the `__proto__` that gives the node its range.
  return legacy
    ? node<IndexExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Index',
        object,
        key,
        legacy,
        startOffset: s,
        endOffset: end,
      })
    : node<IndexExpr>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Index',
        object,
        key,
        startOffset: s,
        endOffset: end,
      });
}
