import type {
  Expression,
  TemplateExpr,
  TemplateFor,
  TemplateIf,
  TemplateInterpolation,
  TemplateLiteral,
  TemplatePart,
} from './ast';
import { node, type ParserState } from './parser-state';

/**
 * The second half of template parsing: the scanner's flat list of literals, interpolations and directive
 * markers gets heredoc indentation and `~` strip markers applied to its literals, then is folded into
 * the TemplatePart tree with an explicit stack (so nested directives cost no call depth).
 */

export interface Flat {
  k: 'lit' | 'interp' | 'if' | 'else' | 'endif' | 'for' | 'endfor';
  s: number;
  e: number;
  value?: string;
  expr?: Expression;
  keyVar?: string;
  valueVar?: string;
  stripL: boolean;
  stripR: boolean;
}

export interface Scan {
  items: Flat[];
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** `<<-`: remove the smallest indentation of the non-blank lines from every line. */
function flushIndent(items: Flat[]): void {
  let min = Infinity;
  let lineStart = true;
  for (const it of items) {
    if (it.k !== 'lit') {
      if (lineStart) min = 0;
      lineStart = false;
      continue;
    }
    const v = it.value as string;
    let j = 0;
    for (;;) {
      if (lineStart) {
        let w = 0;
        while (j + w < v.length && isSpace(v.charCodeAt(j + w))) w++;
        // A whitespace-only line does not count; one that continues into an interpolation does.
        if (
          j + w < v.length ? v.charCodeAt(j + w) !== 10 && v.charCodeAt(j + w) !== 13 : it !== items[items.length - 1]
        ) {
          min = Math.min(min, w);
        }
      }
      const nl = v.indexOf('\n', j);
      if (nl < 0) break;
      j = nl + 1;
      lineStart = true;
    }
    lineStart = v.length > 0 ? v.charCodeAt(v.length - 1) === 10 : lineStart;
  }
  if (min === 0 || min === Infinity) return;
  lineStart = true;
  for (const it of items) {
    if (it.k !== 'lit') {
      lineStart = false;
      continue;
    }
    const v = it.value as string;
    let out = '';
    let j = 0;
    for (;;) {
      if (lineStart) {
        let w = 0;
        while (w < min && j + w < v.length && isSpace(v.charCodeAt(j + w))) w++;
        j += w;
      }
      const nl = v.indexOf('\n', j);
      if (nl < 0) {
        out += v.slice(j);
        break;
      }
      out += v.slice(j, nl + 1);
      j = nl + 1;
      lineStart = true;
    }
    lineStart = v.length > 0 ? v.charCodeAt(v.length - 1) === 10 : lineStart;
    it.value = out;
  }
}

function applyStripMarkers(items: Flat[]): void {
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.k === 'lit') continue;
    const before = items[k - 1];
    const after = items[k + 1];
    if (it.stripL && before?.k === 'lit') before.value = (before.value as string).replace(/\s+$/, '');
    if (it.stripR && after?.k === 'lit') after.value = (after.value as string).replace(/^\s+/, '');
  }
}

interface Frame {
  item: Flat;
  then: TemplatePart[];
  else?: TemplatePart[];
}

export function buildTemplate(p: ParserState, s: number, scan: Scan, heredoc: boolean, flush: boolean): TemplateExpr {
  const { items, end } = scan;
  if (flush) flushIndent(items);
  applyStripMarkers(items);
  const root: TemplatePart[] = [];
  const stack: Frame[] = [];
  const current = (): TemplatePart[] => {
    const top = stack[stack.length - 1];
    return top ? (top.else ?? top.then) : root;
  };
  const close = (frame: Frame, e: number): void => {
    const it = frame.item;
    const expr = it.expr as Expression;
    const { then, else: otherwise } = frame;
    current().push(
      it.k === 'if'
        ? node<TemplateIf>({
            __proto__: p.proto,
            lineIndex: p.lines,
            kind: 'TemplateIf',
            condition: expr,
            then,
            else: otherwise,
            startOffset: it.s,
            endOffset: e,
          })
        : node<TemplateFor>({
            __proto__: p.proto,
            lineIndex: p.lines,
            kind: 'TemplateFor',
            keyVar: it.keyVar,
            valueVar: it.valueVar ?? '',
            collection: expr,
            body: then,
            startOffset: it.s,
            endOffset: e,
          }),
    );
  };
  for (const it of items) {
    switch (it.k) {
      case 'lit':
        if (it.value !== '') {
          const value = it.value as string;
          current().push(
            node<TemplateLiteral>({
              __proto__: p.proto,
              lineIndex: p.lines,
              kind: 'TemplateLiteral',
              value,
              startOffset: it.s,
              endOffset: it.e,
            }),
          );
        }
        break;
      case 'interp': {
        current().push(
          node<TemplateInterpolation>({
            __proto__: p.proto,
            lineIndex: p.lines,
            kind: 'TemplateInterpolation',
            expr: it.expr as Expression,
            stripLeft: it.stripL,
            stripRight: it.stripR,
            startOffset: it.s,
            endOffset: it.e,
          }),
        );
        break;
      }
      case 'if':
      case 'for':
        stack.push({ item: it, then: [] });
        break;
      case 'else': {
        const top = stack[stack.length - 1];
        if (top && top.item.k === 'if' && !top.else) top.else = [];
        else p.error(it.s, it.e, "Template 'else' without a matching 'if'");
        break;
      }
      case 'endif':
      case 'endfor': {
        const want = it.k === 'endif' ? 'if' : 'for';
        const top = stack[stack.length - 1];
        if (top && top.item.k === want) {
          stack.pop();
          close(top, it.e);
        } else {
          p.error(it.s, it.e, `Template '${it.k}' without a matching '${want}'`);
        }
        break;
      }
    }
  }
  while (stack.length > 0) {
    const top = stack.pop() as Frame;
    p.error(
      top.item.s,
      top.item.e,
      `Template '${top.item.k}' is missing its '${top.item.k === 'if' ? 'endif' : 'endfor'}'`,
    );
    close(top, end);
  }
  return node<TemplateExpr>({
    __proto__: p.proto,
    lineIndex: p.lines,
    kind: 'Template',
    parts: root,
    heredoc,
    startOffset: s,
    endOffset: end,
  });
}
