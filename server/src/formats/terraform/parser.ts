import type { Attribute, Block, BlockLabel, Body, ParseResult } from './ast';
import { Tok } from './lexer';
import { parseExpression } from './parse-expression';
import { parseQuotedTemplate } from './parse-template';
import { MAX_DEPTH, node, ParserState } from './parser-state';

export { literalValue, traversalOf } from './ast';
export type { ParseResult } from './ast';

/**
 * Parses HCL2 native syntax. Never throws: returns the tree it could read, with `Error` expressions and
 * incomplete blocks where the text is broken, and one problem per break (source 'hcl').
 */
export function parseHcl(text: string, file: string): ParseResult {
  const p = new ParserState(text, file);
  // Editors on Windows may save a byte-order mark; it is not part of the first name.
  p.resetTo(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const body = parseBody(p, 0, true);
  return { body, problems: p.problems };
}

/** Reads attributes and blocks until EOF, or (nested) until `}` or a sign that the `}` is missing. */
function parseBody(p: ParserState, s: number, top: boolean): Body {
  const items: (Attribute | Block)[] = [];
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  for (;;) {
    while (p.tok() === Tok.Newline) p.advance();
    const t = p.tok();
    if (t === Tok.EOF) break;
    if (t === Tok.RBrace) {
      if (!top) break;
      p.error(p.start, p.end, "Unexpected '}': no block is open here");
      p.advance();
      continue;
    }
    if (!top && p.atTopLevelKeyword()) break;
    if (t === Tok.Ident) {
      // `name =` (but not `name ==`) starts an attribute; checked on characters to avoid a second scan.
      const next = p.nextCharAt();
      if (p.text.charCodeAt(next) === 61 && p.text.charCodeAt(next + 1) !== 61) {
        const attr = parseAttribute(p);
        items.push(attr);
        attributes.push(attr);
      } else {
        const block = parseBlock(p);
        items.push(block);
        blocks.push(block);
      }
      continue;
    }
    p.error(p.start, p.end, `Expected an attribute or a block, found ${p.describe()}`);
    const mark = p.prevEnd;
    p.skipBalanced(true);
    if (p.prevEnd === mark && p.tok() !== Tok.Newline && p.tok() !== Tok.EOF && !(p.tok() === Tok.RBrace && !top))
      p.advance();
  }
  const e = Math.max(s, top ? p.text.length : p.tok() === Tok.RBrace ? p.start : p.prevEnd);
  return { kind: 'Body', items, attributes, blocks, range: p.range(s, e), startOffset: s, endOffset: e };
}

/** After an attribute or a block's `}`: a newline, EOF, or the `}` of a one-line block must follow. */
function endOfItem(p: ParserState, what: string): void {
  const t = p.tok();
  if (t === Tok.Newline) {
    p.advance();
  } else if (t !== Tok.EOF && t !== Tok.RBrace && !p.onNewLine()) {
    p.error(p.start, p.end, `Expected a newline after the ${what}, found ${p.describe()}`);
    p.skipBalanced(true);
    if (p.tok() !== Tok.Newline && p.tok() !== Tok.EOF && p.tok() !== Tok.RBrace) p.advance();
  }
}

function parseAttribute(p: ParserState): Attribute {
  const s = p.start;
  const name = p.tokenText();
  p.advance();
  p.advance();
  const expr = parseExpression(p);
  const e = expr.endOffset;
  endOfItem(p, 'attribute value');
  return node<Attribute>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Attribute',
    name,
    expr,
    startOffset: s,
    endOffset: e,
  });
}

function parseLabels(p: ParserState): BlockLabel[] {
  const labels: BlockLabel[] = [];
  for (;;) {
    const s = p.start;
    if (p.tok() === Tok.Ident) {
      const e = p.end;
      labels.push(
        node<BlockLabel>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'BlockLabel',
          value: p.tokenText(),
          quoted: false,
          startOffset: s,
          endOffset: e,
        }),
      );
      p.advance();
    } else if (p.tok() === Tok.OQuote) {
      const tpl = parseQuotedTemplate(p);
      let value = '';
      for (const part of tpl.parts) {
        if (part.kind === 'TemplateLiteral') value += part.value;
        else p.error(part.startOffset, part.endOffset, 'Block labels cannot contain interpolations or directives');
      }
      labels.push(
        node<BlockLabel>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'BlockLabel',
          value,
          quoted: true,
          startOffset: s,
          endOffset: tpl.endOffset,
        }),
      );
    } else {
      return labels;
    }
  }
}

function parseBlock(p: ParserState): Block {
  const s = p.start;
  const type = p.tokenText();
  const typeRange = p.range(s, p.end);
  p.advance();
  const labels = parseLabels(p);
  const headerEnd = p.prevEnd;
  const headerRange = p.range(s, headerEnd);
  let body: Body;
  let complete = false;
  let e: number;
  if (p.tok() !== Tok.LBrace) {
    p.error(s, headerEnd, `Expected '{' to open the body of this '${type}' block, found ${p.describe()}`);
    body = emptyBody(p, headerEnd);
    e = headerEnd;
    if (p.tok() !== Tok.Newline && p.tok() !== Tok.EOF) p.skipBalanced(true);
  } else if (p.depth >= MAX_DEPTH) {
    p.error(p.start, p.end, `Blocks nested more than ${MAX_DEPTH} levels deep`);
    p.skipGroup();
    body = emptyBody(p, headerEnd);
    e = p.prevEnd;
  } else {
    const open = p.start;
    p.advance();
    p.depth++;
    body = parseBody(p, open + 1, false);
    p.depth--;
    if (p.tok() === Tok.RBrace) {
      e = p.end;
      complete = true;
      p.advance();
      endOfItem(p, 'block');
    } else {
      p.error(open, open + 1, `The '${type}' block opened here is missing its closing '}'`);
      e = p.prevEnd;
    }
  }
  // Blocks and bodies are few and get copied by the evaluator (override files), so their range is a plain field.
  return {
    kind: 'Block',
    type,
    typeRange,
    labels,
    body,
    headerRange,
    complete,
    range: p.range(s, e),
    startOffset: s,
    endOffset: e,
  };
}

function emptyBody(p: ParserState, at: number): Body {
  return {
    kind: 'Body',
    items: [],
    attributes: [],
    blocks: [],
    range: p.range(at, at),
    startOffset: at,
    endOffset: at,
  };
}
