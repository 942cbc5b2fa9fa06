import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type {
  Attribute,
  BinaryExpr,
  Block,
  Body,
  Expression,
  FunctionCallExpr,
  ForExpr,
  ObjectExpr,
  SplatExpr,
  TemplateExpr,
} from '../../../../server/src/formats/terraform/ast';
import { literalValue, traversalOf } from '../../../../server/src/formats/terraform/ast';
import { parseHcl } from '../../../../server/src/formats/terraform/parser';

/** Parses text that must be valid, and returns its body. */
function ok(text: string): Body {
  const r = parseHcl(text, 'main.tf');
  assert.deepStrictEqual(r.problems, [], `unexpected problems for:\n${text}`);
  return r.body;
}

function attr(body: Body, name: string): Attribute {
  const a = body.attributes.find((x) => x.name === name);
  assert.ok(a, `attribute ${name}`);
  return a;
}

/** The expression of `x = <src>`. */
function expr(src: string): Expression {
  return attr(ok(`x = ${src}\n`), 'x').expr;
}

/** A compact rendering of an expression tree, so precedence tests read like the source. */
function show(e: Expression): string {
  switch (e.kind) {
    case 'Literal':
      return JSON.stringify(e.value);
    case 'Variable':
      return e.name;
    case 'GetAttr':
      return `${show(e.object)}.${e.name}`;
    case 'Index':
      return `${show(e.object)}[${show(e.key)}]`;
    case 'Splat':
      return `splat${e.full ? '[*]' : '.*'}(${show(e.source)} -> ${show(e.each)})`;
    case 'SplatItem':
      return '@';
    case 'Binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'Unary':
      return `(${e.op}${show(e.operand)})`;
    case 'Conditional':
      return `(${show(e.condition)} ? ${show(e.trueExpr)} : ${show(e.falseExpr)})`;
    case 'Parens':
      return `(${show(e.expr)})`;
    case 'FunctionCall':
      return `${e.name}(${e.args.map(show).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'Template':
      return JSON.stringify(literalValue(e) ?? '<template>');
    default:
      return `<${e.kind}>`;
  }
}

describe('HCL parser: structure', () => {
  it('reads blocks with quoted and bare labels, nested blocks and attributes in order', () => {
    const body = ok(
      [
        'resource "aws_instance" web {',
        '  ami = "ami-1"',
        '  ebs_block_device {',
        '    volume_size = 10',
        '  }',
        '  count = 2',
        '}',
        '',
      ].join('\n'),
    );
    assert.strictEqual(body.blocks.length, 1);
    const b = body.blocks[0];
    assert.strictEqual(b.type, 'resource');
    assert.deepStrictEqual(
      b.labels.map((l) => [l.value, l.quoted]),
      [
        ['aws_instance', true],
        ['web', false],
      ],
    );
    assert.deepStrictEqual(
      b.body.items.map((i) => (i.kind === 'Block' ? `block ${i.type}` : `attr ${i.name}`)),
      ['attr ami', 'block ebs_block_device', 'attr count'],
    );
    assert.strictEqual(literalValue(attr(b.body.blocks[0].body, 'volume_size').expr), 10);
    assert.ok(b.complete);
  });

  it('accepts one-line blocks and empty blocks', () => {
    const body = ok('a { b = "foo" }\nc {}\nd "x" {\n}\n');
    assert.deepStrictEqual(
      body.blocks.map((b) => b.type),
      ['a', 'c', 'd'],
    );
    assert.strictEqual(literalValue(attr(body.blocks[0].body, 'b').expr), 'foo');
  });

  it('skips all three comment styles, including a line comment before EOF without newline', () => {
    const body = ok('# hash\na = 1 // slash\n/* multi\nline */ b = 2 # end\n// last');
    assert.deepStrictEqual(
      body.attributes.map((a) => [a.name, literalValue(a.expr)]),
      [
        ['a', 1],
        ['b', 2],
      ],
    );
  });

  it('accepts keywords and dashes as attribute names', () => {
    const body = ok('true = 1\nnull = 2\nfor = 3\nmy-name = 4\n');
    assert.deepStrictEqual(
      body.attributes.map((a) => a.name),
      ['true', 'null', 'for', 'my-name'],
    );
  });

  it('ignores a byte-order mark', () => {
    assert.strictEqual(ok('\ufeffresource "a" "b" {}\n').blocks[0].type, 'resource');
  });

  it('handles CRLF line endings', () => {
    const body = ok('a = 1\r\nb {\r\n  c = "x"\r\n}\r\n');
    assert.strictEqual(literalValue(attr(body, 'a').expr), 1);
    assert.strictEqual(literalValue(attr(body.blocks[0].body, 'c').expr), 'x');
  });
});

describe('HCL parser: literals and templates', () => {
  it('reads numbers, bools and null', () => {
    assert.strictEqual(literalValue(expr('42')), 42);
    assert.strictEqual(literalValue(expr('3.25')), 3.25);
    assert.strictEqual(literalValue(expr('1e3')), 1000);
    assert.strictEqual(literalValue(expr('2.5E-2')), 0.025);
    assert.strictEqual(literalValue(expr('-7')), -7);
    assert.strictEqual(literalValue(expr('true')), true);
    assert.strictEqual(literalValue(expr('false')), false);
    assert.strictEqual(literalValue(expr('null')), null);
  });

  it('decodes string escapes', () => {
    assert.strictEqual(literalValue(expr('"a\\tb\\nc\\"d\\\\e \\u00e9 \\U0001F600"')), 'a\tb\nc"d\\e é 😀');
    assert.strictEqual(literalValue(expr('"$${x} %%{y}"')), '${x} %{y}');
    assert.strictEqual(literalValue(expr('""')), '');
  });

  it('splits interpolations into parts', () => {
    const t = expr('"web-${count.index}-${var.env}"') as TemplateExpr;
    assert.deepStrictEqual(
      t.parts.map((p) =>
        p.kind === 'TemplateInterpolation' ? `\${${show(p.expr)}}` : p.kind === 'TemplateLiteral' ? p.value : p.kind,
      ),
      ['web-', '${count.index}', '-', '${var.env}'],
    );
    assert.strictEqual(literalValue(t), undefined);
  });

  it('reads a nested template inside an interpolation', () => {
    const t = expr('"a ${"b ${c} d"} e"') as TemplateExpr;
    const inner = t.parts[1];
    assert.strictEqual(inner.kind, 'TemplateInterpolation');
    assert.strictEqual(inner.kind === 'TemplateInterpolation' && inner.expr.kind, 'Template');
  });

  it('builds if/else and for directives, applying strip markers to the neighbouring literals', () => {
    const t = expr(
      '"%{ if x ~}  yes  %{~ else ~}  no  %{~ endif } / %{ for k, v in m ~} ${k} %{~ endfor }"',
    ) as TemplateExpr;
    const [ifPart, sep, forPart] = t.parts;
    assert.strictEqual(ifPart.kind, 'TemplateIf');
    if (ifPart.kind === 'TemplateIf') {
      assert.strictEqual(show(ifPart.condition), 'x');
      assert.deepStrictEqual(
        ifPart.then.map((p) => p.kind === 'TemplateLiteral' && p.value),
        ['yes'],
      );
      assert.deepStrictEqual(
        ifPart.else?.map((p) => p.kind === 'TemplateLiteral' && p.value),
        ['no'],
      );
    }
    assert.strictEqual(sep.kind === 'TemplateLiteral' && sep.value, ' / ');
    assert.strictEqual(forPart.kind, 'TemplateFor');
    if (forPart.kind === 'TemplateFor') {
      assert.deepStrictEqual([forPart.keyVar, forPart.valueVar, show(forPart.collection)], ['k', 'v', 'm']);
      assert.deepStrictEqual(
        forPart.body.map((p) => p.kind),
        ['TemplateInterpolation'],
      );
    }
  });

  it('reads heredocs, keeping the final newline, and flushes <<- indentation', () => {
    assert.strictEqual(literalValue(expr('<<EOT\nhello\n  world\nEOT\n')), 'hello\n  world\n');
    assert.strictEqual(literalValue(expr('<<-EOT\n    hello\n      world\n    EOT\n')), 'hello\n  world\n');
    assert.strictEqual(literalValue(expr('<<EOT\nEOT\n')), '');
    const t = expr('<<-EOT\n  a ${b}\n  c\n  EOT\n') as TemplateExpr;
    assert.ok(t.heredoc);
    assert.deepStrictEqual(
      t.parts.map((p) => (p.kind === 'TemplateLiteral' ? p.value : p.kind)),
      ['a ', 'TemplateInterpolation', '\nc\n'],
    );
  });

  it('passes a heredoc as a function argument', () => {
    const call = expr('base64encode(<<-EOT\n  echo hi\n  EOT\n)') as FunctionCallExpr;
    assert.strictEqual(call.kind, 'FunctionCall');
    assert.strictEqual(literalValue(call.args[0]), 'echo hi\n');
  });
});

describe('HCL parser: collections and for expressions', () => {
  it('reads tuples across lines with a trailing comma', () => {
    assert.deepStrictEqual(literalValue(expr('[\n  1,\n  "two",\n  [true, null],\n]')), [1, 'two', [true, null]]);
    assert.deepStrictEqual(literalValue(expr('[]')), []);
  });

  it('reads objects with = and :, commas or newlines, and identifier, string or parenthesised keys', () => {
    const o = expr('{\n  a = 1, "b" : 2\n  c = { d = [3] }\n  (k) = 4\n}') as ObjectExpr;
    assert.strictEqual(o.kind, 'Object');
    assert.deepStrictEqual(
      o.items.map((i) => show(i.key)),
      ['"a"', '"b"', '"c"', '(k)'],
    );
    assert.strictEqual(literalValue(o), undefined); // the (k) key is not a literal
    assert.deepStrictEqual(literalValue(expr('{ a = 1, "b" = { c = "d" } }')), { a: 1, b: { c: 'd' } });
  });

  it('reads tuple and object for expressions with conditions and grouping', () => {
    const t = expr('[for i, s in var.list : upper(s) if s != ""]') as ForExpr;
    assert.deepStrictEqual(
      [
        t.kind,
        t.isObject,
        t.keyVar,
        t.valueVar,
        show(t.collection),
        show(t.valueExpr),
        t.condition && show(t.condition),
      ],
      ['For', false, 'i', 's', 'var.list', 'upper(s)', '(s != "")'],
    );
    const o = expr('{\n  for k, v in var.m :\n  k => v...\n  if v > 1\n}') as ForExpr;
    assert.deepStrictEqual(
      [o.isObject, o.grouping, o.keyExpr && show(o.keyExpr), show(o.valueExpr), o.condition && show(o.condition)],
      [true, true, 'k', 'v', '(v > 1)'],
    );
  });

  it('treats a variable named for as a plain reference', () => {
    assert.strictEqual(show(expr('[for]')), '<Tuple>');
  });
});

describe('HCL parser: traversals, calls and operators', () => {
  it('reads attribute, index and legacy index steps', () => {
    assert.strictEqual(show(expr('aws_instance.web[0].id')), 'aws_instance.web[0].id');
    assert.strictEqual(show(expr('a.0.b')), 'a[0].b');
    assert.strictEqual(show(expr('a.0.1')), 'a[0][1]');
    assert.strictEqual(show(expr('m["k"]')), 'm["k"]');
    assert.deepStrictEqual(traversalOf(expr('aws_instance.web[0].id')), {
      root: 'aws_instance',
      steps: [
        { kind: 'attr', name: 'web' },
        { kind: 'index', key: 0 },
        { kind: 'attr', name: 'id' },
      ],
    });
    assert.strictEqual(traversalOf(expr('f(x).y')), undefined);
  });

  it('applies the rest of the traversal per element after [*], but indexes the list after .*', () => {
    // From the HCL spec: tuple[*].foo.bar[0] is [for v in tuple: v.foo.bar[0]],
    // while tuple.*.foo.bar[0] is [for v in tuple: v.foo.bar][0].
    assert.strictEqual(show(expr('tuple[*].foo.bar[0]')), 'splat[*](tuple -> @.foo.bar[0])');
    assert.strictEqual(show(expr('tuple.*.foo.bar[0]')), 'splat.*(tuple -> @.foo.bar)[0]');
    assert.strictEqual(show(expr('a[*]')), 'splat[*](a -> @)');
    const s = expr('a[*].b[*].c') as SplatExpr;
    assert.strictEqual(show(s), 'splat[*](splat[*](a -> @.b) -> @.c)');
  });

  it('reads calls with expansion and provider namespaces', () => {
    assert.strictEqual(show(expr('max(1, 2, 3)')), 'max(1, 2, 3)');
    assert.strictEqual(show(expr('concat(a, b...)')), 'concat(a, b...)');
    assert.strictEqual(show(expr('f(\n  1,\n  2,\n)')), 'f(1, 2)');
    const c = expr('provider::aws::arn_parse("x")') as FunctionCallExpr;
    assert.strictEqual(c.name, 'provider::aws::arn_parse');
  });

  it('follows HCL precedence: || < && < == != < comparisons < + - < * / %', () => {
    assert.strictEqual(show(expr('a || b && c == d < e + f * g')), '(a || (b && (c == (d < (e + (f * g))))))');
    assert.strictEqual(show(expr('a * b + c > d != e && f || g')), '((((((a * b) + c) > d) != e) && f) || g)');
    assert.strictEqual(show(expr('1 - 2 - 3')), '((1 - 2) - 3)');
    assert.strictEqual(show(expr('8 / 4 % 3 * 2')), '(((8 / 4) % 3) * 2)');
    assert.strictEqual(show(expr('!a && -b < c')), '((!a) && ((-b) < c))');
    assert.strictEqual(show(expr('(a + b) * c')), '(((a + b)) * c)'); // Parens node around the sum
  });

  it('nests conditionals to the right', () => {
    assert.strictEqual(show(expr('a ? b : c ? d : e')), '(a ? b : (c ? d : e))');
    assert.strictEqual(show(expr('x == 1 ? "a" : "b"')), '((x == 1) ? "a" : "b")');
  });

  it('keeps binary trees flat in the call stack for long chains', () => {
    const e = expr(Array.from({ length: 20000 }, (_, i) => `v${i}`).join(' + ')) as BinaryExpr;
    assert.strictEqual(e.kind, 'Binary');
    assert.strictEqual(show(e.right), 'v19999');
  });
});

describe('HCL parser: ranges', () => {
  const text = 'locals {\n  name = "😀 ${var.x}"\n  n    = 1\n}\n';
  const body = ok(text);
  const b = body.blocks[0] as Block;
  const pos = (needle: string): { line: number; character: number } => {
    const off = text.indexOf(needle);
    const line = text.slice(0, off).split('\n').length - 1;
    return { line, character: off - (text.lastIndexOf('\n', off - 1) + 1) };
  };

  it('gives every node LSP ranges in UTF-16 code units, matching its offsets', () => {
    const name = attr(b.body, 'name');
    assert.deepStrictEqual(name.nameRange.start, pos('name'));
    const tpl = name.expr as TemplateExpr;
    assert.deepStrictEqual(tpl.range.start, pos('"😀'));
    const interp = tpl.parts[1];
    // The emoji is two UTF-16 code units, so the interpolation starts at character 13 (12 in code points).
    assert.deepStrictEqual(interp.range.start, { line: 1, character: 13 });
    assert.strictEqual(text.slice(interp.startOffset, interp.endOffset), '${var.x}');
    assert.strictEqual(text.slice(tpl.startOffset, tpl.endOffset), '"😀 ${var.x}"');
  });

  it('gives attributes, attribute accesses and calls the range of their name', () => {
    const src = 'abc = var.region_x\ny = provider::a::b(1)\n';
    const names = ok(src).attributes;
    const slice = (r: { start: { line: number; character: number }; end: { character: number } }): string =>
      src.split('\n')[r.start.line].slice(r.start.character, r.end.character);
    assert.strictEqual(slice(names[0].nameRange), 'abc');
    assert.strictEqual(slice((names[0].expr as { nameRange: (typeof names)[0]['nameRange'] }).nameRange), 'region_x');
    assert.strictEqual(slice((names[1].expr as FunctionCallExpr).nameRange), 'provider::a::b');
    const json = JSON.parse(JSON.stringify(names[0]));
    assert.deepStrictEqual(json.nameRange, names[0].nameRange);
    assert.deepStrictEqual(json.expr.range, names[0].expr.range);
    assert.strictEqual(json.lineIndex, undefined);
  });

  it('gives every node of the corpus a range that matches its offsets', () => {
    const dir = path.resolve(__dirname, '../../../../../test/fixtures/terraform-corpus');
    let checked = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tf'))) {
      const src = fs.readFileSync(path.join(dir, file), 'utf8');
      const at = (offset: number): { line: number; character: number } => {
        const before = src.slice(0, offset);
        return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
      };
      const visit = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(visit);
        if (v === null || typeof v !== 'object' || !('kind' in v)) return;
        const n = v as { kind: string; range: unknown; startOffset: number; endOffset: number };
        assert.deepStrictEqual(n.range, { start: at(n.startOffset), end: at(n.endOffset) }, `${file}: ${n.kind}`);
        checked++;
        for (const [k, child] of Object.entries(v)) if (k !== 'lineIndex') visit(child);
      };
      visit(ok(src));
    }
    assert.ok(checked > 5000, `${checked} nodes checked`);
  });

  it('covers the whole block and the header separately', () => {
    assert.deepStrictEqual(b.range.start, { line: 0, character: 0 });
    assert.deepStrictEqual(b.range.end, { line: 3, character: 1 });
    assert.strictEqual(text.slice(b.startOffset, b.endOffset).endsWith('}'), true);
    assert.deepStrictEqual(b.headerRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    const n = attr(b.body, 'n');
    assert.deepStrictEqual(n.range, { start: pos('n    ='), end: { line: 2, character: 10 } });
  });
});
