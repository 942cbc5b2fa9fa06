import type {
  Attribute,
  Block,
  BlockLabel,
  Body,
  Expression,
  LiteralExpr,
  ObjectExpr,
  ObjectItem,
  ParseResult,
  TupleExpr,
} from './ast';
import { parseJsonStringTemplate } from './parse-template';
import { MAX_DEPTH, node, ParserState } from './parser-state';

/**
 * Terraform's JSON syntax (`.tf.json`). JSON has no blocks, so which properties are blocks and how many label
 * levels they have comes from Terraform's configuration schema, as in Terraform itself: `resource` → type →
 * name → body, `variable` → name → body, and so on. Inside resource, data and provider bodies, where the
 * provider schema is not known here, an object (or an array of objects) is read as nested block(s), except for
 * properties that are maps by convention (`tags`, `labels`, …). Strings are templates, so `${…}` works as in
 * native syntax; every range points into the JSON text.
 */
export function parseHclJson(text: string, file: string): ParseResult {
  const p = new ParserState(text, file);
  const reader = new JsonReader(p);
  const root = reader.readDocument();
  if (!root) return { body: emptyBody(p, 0, text.length), problems: p.problems };
  if (root.t !== 'object') {
    p.error(root.s, root.e, 'A Terraform JSON file must contain an object at the top level');
    return { body: emptyBody(p, 0, text.length), problems: p.problems };
  }
  return { body: toBody(p, root, ROOT), problems: p.problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Schema

interface BodySchema {
  readonly blocks?: Readonly<Record<string, BlockSchema>>;
  /** Objects under keys not listed in `blocks` become nested blocks (provider schemas are unknown here). */
  readonly objectsAreBlocks?: boolean;
}
interface BlockSchema {
  readonly labels: number;
  readonly body: BodySchema;
}

/** Map-valued arguments that must stay attributes even where objects are read as blocks. */
const MAP_ATTRIBUTES = new Set([
  'tags',
  'tags_all',
  'labels',
  'metadata',
  'annotations',
  'variables',
  'parameters',
  'triggers',
  'for_each',
  'node_labels',
  'resource_labels',
  'dimensions',
  'environment_variables',
]);

const ATTRS: BodySchema = {};
const PROVIDER_BODY: BodySchema = { objectsAreBlocks: true };
const RESOURCE_BODY: BodySchema = {
  objectsAreBlocks: true,
  blocks: {
    lifecycle: { labels: 0, body: ATTRS },
    connection: { labels: 0, body: ATTRS },
    provisioner: { labels: 1, body: PROVIDER_BODY },
    dynamic: { labels: 1, body: { blocks: { content: { labels: 0, body: PROVIDER_BODY } } } },
  },
};
const ROOT: BodySchema = {
  blocks: {
    resource: { labels: 2, body: RESOURCE_BODY },
    data: { labels: 2, body: RESOURCE_BODY },
    module: { labels: 1, body: ATTRS },
    provider: { labels: 1, body: PROVIDER_BODY },
    variable: { labels: 1, body: { blocks: { validation: { labels: 0, body: ATTRS } } } },
    output: { labels: 1, body: ATTRS },
    locals: { labels: 0, body: ATTRS },
    moved: { labels: 0, body: ATTRS },
    import: { labels: 0, body: ATTRS },
    removed: { labels: 0, body: { blocks: { lifecycle: { labels: 0, body: ATTRS } } } },
    check: {
      labels: 1,
      body: { blocks: { assert: { labels: 0, body: ATTRS }, data: { labels: 2, body: RESOURCE_BODY } } },
    },
    terraform: {
      labels: 0,
      body: {
        blocks: {
          backend: { labels: 1, body: ATTRS },
          required_providers: { labels: 0, body: ATTRS },
          cloud: { labels: 0, body: { blocks: { workspaces: { labels: 0, body: ATTRS } } } },
        },
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// JSON values with offsets

type JsonValue =
  | { t: 'object'; s: number; e: number; props: JsonProp[] }
  | { t: 'array'; s: number; e: number; items: JsonValue[] }
  | { t: 'string'; s: number; e: number }
  | { t: 'number'; s: number; e: number; value: number }
  | { t: 'literal'; s: number; e: number; value: boolean | null };
interface JsonProp {
  key: string;
  ks: number;
  ke: number;
  value: JsonValue;
}

/** A small JSON reader that keeps offsets; on the first syntax error it reports and closes what is open. */
class JsonReader {
  private i = 0;
  private failed = false;
  private depth = 0;
  private readonly text: string;

  constructor(private readonly p: ParserState) {
    this.text = p.text;
  }

  readDocument(): JsonValue | undefined {
    this.ws();
    if (this.i >= this.text.length) {
      this.p.error(0, 0, 'Empty JSON document');
      return undefined;
    }
    const v = this.value();
    this.ws();
    if (!this.failed && this.i < this.text.length) this.fail('Unexpected text after the JSON value');
    return v;
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    const at = Math.min(this.i, this.text.length);
    this.p.error(at, Math.min(at + 1, this.text.length), message);
  }

  private ws(): void {
    const text = this.text;
    let c = text.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++this.i);
  }

  private value(): JsonValue | undefined {
    if (this.failed) return undefined;
    const text = this.text;
    const s = this.i;
    const c = text.charCodeAt(s);
    if (c === 123 || c === 91) {
      if (this.depth >= MAX_DEPTH) {
        this.fail(`JSON nested more than ${MAX_DEPTH} levels deep`);
        return undefined;
      }
      this.depth++;
      const v = c === 123 ? this.object() : this.array();
      this.depth--;
      return v;
    }
    if (c === 34) {
      const e = this.stringEnd(s);
      return e < 0 ? undefined : { t: 'string', s, e };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, s)) {
        this.i += word.length;
        return { t: 'literal', s, e: this.i, value };
      }
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = s;
    if (m.exec(text)) {
      this.i = m.lastIndex;
      return { t: 'number', s, e: this.i, value: Number(text.slice(s, this.i)) };
    }
    this.fail(s >= text.length ? 'Unexpected end of JSON' : 'Expected a JSON value');
    return undefined;
  }

  /** Offset after the closing quote of the string starting at `s`, or -1 (reported) when unterminated. */
  private stringEnd(s: number): number {
    const text = this.text;
    let i = s + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c === 10) {
        this.i = i;
        this.fail('Unterminated JSON string');
        return -1;
      }
      if (c === 34) break;
      i += c === 92 ? 2 : 1;
    }
    this.i = i + 1;
    return i + 1;
  }

  private object(): JsonValue {
    const s = this.i++;
    const props: JsonProp[] = [];
    this.ws();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return { t: 'object', s, e: this.i, props };
    }
    while (!this.failed) {
      this.ws();
      const ks = this.i;
      if (this.text.charCodeAt(ks) !== 34) {
        this.fail('Expected a property name in double quotes');
        break;
      }
      const ke = this.stringEnd(ks);
      if (ke < 0) break;
      this.ws();
      if (this.text.charCodeAt(this.i) !== 58) {
        this.fail("Expected ':' after the property name");
        break;
      }
      this.i++;
      this.ws();
      const value = this.value();
      if (!value) break;
      props.push({ key: decodeJsonString(this.text, ks, ke), ks, ke, value });
      this.ws();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 125) return { t: 'object', s, e: this.i, props };
      if (c !== 44) {
        this.i--;
        this.fail("Expected ',' or '}' in JSON object");
      }
    }
    return { t: 'object', s, e: this.i, props };
  }

  private array(): JsonValue {
    const s = this.i++;
    const items: JsonValue[] = [];
    this.ws();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return { t: 'array', s, e: this.i, items };
    }
    while (!this.failed) {
      this.ws();
      const v = this.value();
      if (!v) break;
      items.push(v);
      this.ws();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 93) return { t: 'array', s, e: this.i, items };
      if (c !== 44) {
        this.i--;
        this.fail("Expected ',' or ']' in JSON array");
      }
    }
    return { t: 'array', s, e: this.i, items };
  }
}

function decodeJsonString(text: string, s: number, e: number): string {
  const raw = text.slice(s, e);
  if (raw.indexOf('\\') < 0) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON → Body

function emptyBody(p: ParserState, s: number, e: number): Body {
  return { kind: 'Body', items: [], attributes: [], blocks: [], range: p.range(s, e), startOffset: s, endOffset: e };
}

function isObjectList(v: JsonValue): boolean {
  return v.t === 'array' && v.items.length > 0 && v.items.every((x) => x.t === 'object');
}

function toBody(p: ParserState, obj: Extract<JsonValue, { t: 'object' }>, schema: BodySchema): Body {
  const items: (Attribute | Block)[] = [];
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  for (const prop of obj.props) {
    if (prop.key === '//') continue; // JSON-syntax comments
    const known = schema.blocks?.[prop.key];
    const asBlock =
      known ??
      (schema.objectsAreBlocks &&
      !MAP_ATTRIBUTES.has(prop.key) &&
      (prop.value.t === 'object' || isObjectList(prop.value))
        ? { labels: 0, body: PROVIDER_BODY }
        : undefined);
    if (asBlock) {
      for (const b of toBlocks(p, prop, asBlock)) {
        items.push(b);
        blocks.push(b);
      }
    } else {
      const expr = toExpression(p, prop.value);
      const attr: Attribute = node<Attribute>({
        __proto__: p.proto,
        lineIndex: p.lines,
        kind: 'Attribute',
        name: prop.key,
        nameRange: p.range(prop.ks, prop.ke),
        expr,
        startOffset: prop.ks,
        endOffset: expr.endOffset,
      });
      items.push(attr);
      attributes.push(attr);
    }
  }
  const s = obj.s + 1;
  const e = Math.max(s, obj.e - 1);
  return { kind: 'Body', items, attributes, blocks, range: p.range(s, e), startOffset: s, endOffset: e };
}

/** Walks `labels` levels of nested objects (each may also be an array of objects) down to block bodies. */
function toBlocks(p: ParserState, prop: JsonProp, schema: BlockSchema): Block[] {
  const out: Block[] = [];
  const walk = (v: JsonValue, labels: BlockLabel[]): void => {
    if (v.t === 'array') {
      for (const item of v.items) walk(item, labels);
      return;
    }
    if (v.t !== 'object') {
      p.error(v.s, v.e, `Expected an object for the '${prop.key}' block`);
      return;
    }
    if (labels.length < schema.labels) {
      for (const child of v.props) {
        if (child.key === '//') continue;
        const label: BlockLabel = node<BlockLabel>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'BlockLabel',
          value: child.key,
          quoted: true,
          startOffset: child.ks,
          endOffset: child.ke,
        });
        walk(child.value, [...labels, label]);
      }
      return;
    }
    const headerEnd = labels.length > 0 ? labels[labels.length - 1].endOffset : prop.ke;
    out.push({
      kind: 'Block',
      type: prop.key,
      typeRange: p.range(prop.ks, prop.ke),
      labels,
      body: toBody(p, v, schema.body),
      headerRange: p.range(prop.ks, headerEnd),
      complete: true,
      range: p.range(prop.ks, v.e),
      startOffset: prop.ks,
      endOffset: v.e,
    });
  };
  walk(prop.value, []);
  return out;
}

function toExpression(p: ParserState, v: JsonValue): Expression {
  const [s, e, proto] = [v.s, v.e, p.proto];
  switch (v.t) {
    case 'string':
      return parseJsonStringTemplate(p, v.s);
    case 'number':
      return node<LiteralExpr>({
        __proto__: proto,
        lineIndex: p.lines,
        kind: 'Literal',
        value: v.value,
        raw: p.text.slice(s, e),
        startOffset: s,
        endOffset: e,
      });
    case 'literal':
      return node<LiteralExpr>({
        __proto__: proto,
        lineIndex: p.lines,
        kind: 'Literal',
        value: v.value,
        startOffset: s,
        endOffset: e,
      });
    case 'array': {
      const items = v.items.map((x) => toExpression(p, x));
      return node<TupleExpr>({
        __proto__: proto,
        lineIndex: p.lines,
        kind: 'Tuple',
        items,
        startOffset: s,
        endOffset: e,
      });
    }
    case 'object': {
      const items: ObjectItem[] = v.props.map((prop) => {
        const value = toExpression(p, prop.value);
        const key = parseJsonStringTemplate(p, prop.ks);
        return node<ObjectItem>({
          __proto__: p.proto,
          lineIndex: p.lines,
          kind: 'ObjectItem',
          key,
          value,
          startOffset: prop.ks,
          endOffset: value.endOffset,
        });
      });
      return node<ObjectExpr>({
        __proto__: proto,
        lineIndex: p.lines,
        kind: 'Object',
        items,
        startOffset: s,
        endOffset: e,
      });
    }
  }
}
