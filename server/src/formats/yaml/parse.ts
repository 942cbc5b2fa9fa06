import { isAlias, isMap as isYamlMap, isPair, isScalar as isYamlScalar, isSeq as isYamlSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';
import { longForm, YAML_CUSTOM_TAGS } from './cfn-tags';
import { LineIndex } from './line-index';
import type { YMap, YNode, YPair } from './nodes';

export interface YamlDocument {
  /** Position in the stream, from 0. */
  readonly index: number;
  /** Undefined for an empty document. */
  readonly root: YNode | undefined;
  readonly range: Range;
  /** True when the yaml package reported an error: the tree may be partial. */
  readonly hasErrors: boolean;
  readonly problems: readonly Problem[];
}

export interface YamlFile {
  readonly documents: readonly YamlDocument[];
  readonly lines: LineIndex;
}

/**
 * Alias expansion is capped so a "billion laughs" file cannot hang the server: past this many nodes the
 * rest of the document reads as null and the document gets a warning.
 */
const NODE_BUDGET = 200_000;

/**
 * The one YAML (and JSON) reader: multi-document, with LSP ranges, CloudFormation tags in long form and
 * each document's errors kept to itself, so one broken document never hides the others. Never throws.
 */
export function parseYaml(text: string, file: string): YamlFile {
  const lines = new LineIndex(text);
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { customTags: YAML_CUSTOM_TAGS, uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs as Document.Parsed];
  } catch (e) {
    const problem: Problem = { file, range: lines.range(0, 0), severity: 'error', message: `YAML: ${(e as Error).message}`, source: 'yaml' };
    return { documents: [{ index: 0, root: undefined, range: lines.range(0, text.length), hasErrors: true, problems: [problem] }], lines };
  }
  const documents = docs.map((doc, index) => convertDocument(doc, index, file, lines, text));
  return { documents, lines };
}

function convertDocument(doc: Document.Parsed, index: number, file: string, lines: LineIndex, text: string): YamlDocument {
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(problemOf(file, lines, e.pos, e.message, 'error'));
  for (const w of doc.warnings) problems.push(problemOf(file, lines, w.pos, w.message, 'warning'));
  const conv = new Converter(doc, lines, text);
  let root: YNode | undefined;
  try {
    root = doc.contents ? conv.node(doc.contents as YamlNode, 0) : undefined;
  } catch (e) {
    // The converter is defensive; this is the last net so a bug reads as a problem, not a crash.
    problems.push(problemOf(file, lines, [0, 0], `YAML: ${(e as Error).message}`, 'error'));
    root = undefined;
  }
  if (conv.exhausted) problems.push(problemOf(file, lines, doc.range, 'YAML: too many aliased nodes; the rest of this document was not read', 'warning'));
  const [start, , end] = doc.range;
  return { index, root, range: lines.range(start, end), hasErrors: doc.errors.length > 0, problems };
}

function problemOf(file: string, lines: LineIndex, pos: readonly number[], message: string, severity: 'error' | 'warning'): Problem {
  const first = message.split('\n')[0];
  return { file, range: lines.range(pos[0] ?? 0, pos[1] ?? pos[0] ?? 0), severity, message: `YAML: ${first}`, source: 'yaml' };
}

class Converter {
  private budget = NODE_BUDGET;
  exhausted = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineIndex,
    private readonly text: string,
  ) {}

  node(n: YamlNode | null | undefined, depth: number, fallbackOffset = 0): YNode {
    if (--this.budget < 0 || depth > 200) {
      this.exhausted = this.exhausted || this.budget < 0;
      return { kind: 'scalar', value: null, range: this.lines.range(fallbackOffset, fallbackOffset) };
    }
    if (n === null || n === undefined) return { kind: 'scalar', value: null, range: this.lines.range(fallbackOffset, fallbackOffset) };
    if (isAlias(n)) {
      const target = n.resolve(this.doc) as YamlNode | undefined;
      const r = this.rangeOf(n, fallbackOffset);
      if (!target) return { kind: 'scalar', value: null, range: r };
      // An alias reads as its anchor's value but keeps the alias's own range, where the user looks.
      return { ...this.node(target, depth + 1, fallbackOffset), range: r };
    }
    const range = this.rangeOf(n, fallbackOffset);
    const start = n.range?.[0] ?? fallbackOffset;
    let out: YNode;
    if (isYamlMap(n)) {
      const pairs: YPair[] = [];
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key as YamlNode | null;
        const keyStart = k?.range?.[0] ?? start;
        const keyValue = k === null ? '' : isYamlScalar(k) ? String(k.value) : isAlias(k) ? String(k.source) : '';
        // Merge keys (<<: *base) splice the anchored map's pairs in, as YAML 1.1 loaders do.
        if (keyValue === '<<' && !(isYamlScalar(k) && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE'))) {
          const merged = this.node(item.value as YamlNode, depth + 1, keyStart);
          if (merged.kind === 'map') pairs.unshift(...merged.pairs);
          continue;
        }
        const keyRange = this.lines.range(keyStart, k?.range?.[1] ?? keyStart);
        const valueNode = this.node(item.value as YamlNode | null, depth + 1, k?.range?.[2] ?? keyStart);
        pairs.push({ key: keyValue, keyRange, value: valueNode });
      }
      out = { kind: 'map', pairs, range };
    } else if (isYamlSeq(n)) {
      out = { kind: 'seq', items: n.items.map((it) => this.node(it as YamlNode, depth + 1, start)), range };
    } else if (isYamlScalar(n)) {
      const v = n.value;
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      out = { kind: 'scalar', value: typeof value === 'number' && !Number.isFinite(value) ? String(n.source ?? value) : value, range };
    } else {
      out = { kind: 'scalar', value: null, range };
    }
    return this.tagged(n.tag, out, start);
  }

  /** Rewrites a CloudFormation short-form tag to its long form; `!GetAtt a.b` becomes ['a', 'b']. */
  private tagged(tag: string | undefined, inner: YNode, valueStart: number): YNode {
    const key = longForm(tag);
    if (!key || !tag) return inner;
    // The yaml package's range starts at the value; the user's eye (and the hover) starts at the tag.
    const tagAt = this.text.lastIndexOf(tag, valueStart);
    const n = tagAt >= 0 && /^\s*$/.test(this.text.slice(tagAt + tag.length, valueStart)) ? { ...inner, range: { start: this.lines.position(tagAt), end: inner.range.end } } : inner;
    let value: YNode = n;
    if (key === 'Fn::GetAtt' && n.kind === 'scalar' && typeof n.value === 'string') {
      const dot = n.value.indexOf('.');
      const parts = dot < 0 ? [n.value] : [n.value.slice(0, dot), n.value.slice(dot + 1)];
      value = { kind: 'seq', items: parts.map((p) => ({ kind: 'scalar', value: p, range: n.range })), range: n.range };
    }
    const map: YMap = { kind: 'map', pairs: [{ key, keyRange: n.range, value }], range: n.range };
    return map;
  }

  private rangeOf(n: YamlNode, fallbackOffset: number): Range {
    const r = n.range;
    if (!r) return this.lines.range(fallbackOffset, fallbackOffset);
    return this.lines.range(r[0], r[1]);
  }
}
