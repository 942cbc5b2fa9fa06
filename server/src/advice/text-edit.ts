import type { Resource } from '../model/resource';
import { LineIndex } from '../model/line-index';
import type { Range } from '../model/range';
import type { Suggestion } from './advisor';

/** A text edit in engine coordinates; features/ turns it into an LSP WorkspaceEdit. */
export interface PlainEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * The edit that applies a suggestion: replace exactly the literal value of the attribute, or add the
 * attribute on the line after its block's header. Returns undefined when the value is not a literal in
 * this file (a variable, a function call): rewriting an expression is the user's call, not ours.
 */
export function editFor(text: string, r: Resource, s: Suggestion): PlainEdit | undefined {
  if (s.path === 'count') return countEdit(text, r, s);
  return s.adds ? insertion(text, r, s) : replacement(text, r, s);
}

/**
 * `count` is a meta-argument (not among the evaluated attributes): find its line in the block and replace
 * its whole single-line expression (`length(var.azs)`, `3`) with the new count.
 */
function countEdit(text: string, r: Resource, s: Suggestion): PlainEdit | undefined {
  const lines = text.split('\n');
  const headerIndent = (/^\s*/.exec(lines[r.range.start.line] ?? '')?.[0] ?? '').length;
  for (let l = r.range.start.line + 1; l < r.range.end.line && l < lines.length; l++) {
    const m = /^(\s*)count(\s*=\s*)(.*?)\s*(#.*|\/\/.*)?$/.exec(lines[l]);
    if (!m || m[1].length !== headerIndent + 2 || m[3] === '' || /[[{(]$/.test(m[3])) continue;
    const from = m[1].length + 'count'.length + m[2].length;
    return { range: { start: { line: l, character: from }, end: { line: l, character: from + m[3].length } }, newText: s.next };
  }
  return undefined;
}

function replacement(text: string, r: Resource, s: Suggestion): PlainEdit | undefined {
  const range = r.attributeRanges[s.path];
  if (!range) return undefined;
  const lines = new LineIndex(text);
  const start = lines.offset(range.start.line, range.start.character);
  const end = lines.offset(range.end.line, range.end.character);
  if (start === undefined || end === undefined || end <= start) return undefined;
  const slice = text.slice(start, end);
  // The value follows the last '=' (HCL) or ':' (YAML/JSON); a tuple item's range is the value itself.
  const sep = Math.max(slice.indexOf('='), slice.indexOf(':'));
  const valueStart = sep >= 0 && !/^\s*"/.test(slice) ? sep + 1 : 0;
  const value = slice.slice(valueStart);
  const esc = s.current.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^(\\s*)("${esc}"|'${esc}'|${esc})(\\s*,?\\s*)$`).exec(value);
  if (!m) return undefined;
  const quote = m[2].startsWith('"') ? '"' : m[2].startsWith("'") ? "'" : '';
  const bare = /^(true|false|\d+(\.\d+)?)$/.test(s.next);
  const newText = quote || bare ? `${quote}${s.next}${quote}` : s.next;
  const from = start + valueStart + m[1].length;
  return { range: lines.range(from, from + m[2].length), newText };
}

function insertion(text: string, r: Resource, s: Suggestion): PlainEdit | undefined {
  if (r.dialect !== 'terraform') return undefined;
  const parts = s.path.split('.');
  let name = parts.pop() as string;
  let value = bareOrQuoted(s.next);
  if (/^\d+$/.test(name)) {
    // 'architectures.0' absent: the attribute is a list.
    name = parts.pop() as string;
    value = `[${value}]`;
  }
  const parentPath = parts.join('.');
  const parent = parentPath === '' ? r.headerRange : r.attributeRanges[parentPath];
  if (!parent) return undefined;
  const lines = text.split('\n');
  const header = lines[parent.start.line] ?? '';
  if (!header.trimEnd().endsWith('{')) return undefined;
  const indent = (/^\s*/.exec(header)?.[0] ?? '') + '  ';
  const at = { line: parent.start.line + 1, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}${name} = ${value}\n` };
}

function bareOrQuoted(v: string): string {
  return /^(true|false|\d+(\.\d+)?)$/.test(v) ? v : `"${v}"`;
}
