import * as assert from 'assert';
import type { Body, Expression, TemplateExpr } from '../../../../server/src/formats/terraform/ast';
import { literalValue } from '../../../../server/src/formats/terraform/ast';
import { parseHcl } from '../../../../server/src/formats/terraform/parser';
import { parseHclJson } from '../../../../server/src/formats/terraform/json-syntax';

// Cases ported from hashicorp/hcl: specsuite/tests/** (inputs reproduced; expected trees and values written
// here from the suite's .t files and hclsyntax/spec.md) and the JSON syntax rules Terraform documents.

function parse(text: string): { body: Body; problems: ReturnType<typeof parseHcl>['problems'] } {
  return parseHcl(text, 'spec.hcl');
}

function value(body: Body, path: string): unknown {
  const parts = path.split('.');
  let b = body;
  for (const block of parts.slice(0, -1)) {
    const found = b.blocks.find((x) => x.type === block);
    assert.ok(found, `block ${block}`);
    b = found.body;
  }
  const attr = b.attributes.find((a) => a.name === parts[parts.length - 1]);
  assert.ok(attr, `attribute ${path}`);
  return literalValue(attr.expr);
}

/** Object items of an attribute's object expression, as name → expression. */
function objectItems(body: Body, name: string): Map<string, Expression> {
  const e = body.attributes.find((a) => a.name === name)?.expr;
  assert.ok(e && e.kind === 'Object', `${name} is an object`);
  return new Map(e.items.map((i) => [String(literalValue(i.key)), i.value]));
}

describe('hcl specsuite: comments', () => {
  it('hash_comment, slash_comment and multiline_comment leave an empty body', () => {
    for (const text of ['# Hash comment\n', '// Slash comment\n', '/*\n  Multi-line comment\n*/\n']) {
      const { body, problems } = parse(text);
      assert.deepStrictEqual(problems, []);
      assert.strictEqual(body.items.length, 0);
    }
  });
});

describe('hcl specsuite: structure', () => {
  it('attributes/expected: two attributes', () => {
    const { body, problems } = parse('a = "a value"\nb = "b value"\n');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(value(body, 'a'), 'a value');
    assert.strictEqual(value(body, 'b'), 'b value');
  });

  it('attributes/singleline_bad: two attributes on one line is an error', () => {
    const { body, problems } = parse('a = "a value", b = "b value"\n');
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual(problems[0].range.start, { line: 0, character: 13 }); // the comma
    assert.strictEqual(value(body, 'a'), 'a value');
  });

  it('attributes/unexpected: an attribute where a block is expected is still read', () => {
    const { body, problems } = parse('a = "a value"\nb "foo" {}\n');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(body.attributes.length, 1);
    assert.strictEqual(body.blocks[0].labels[0].value, 'foo');
  });

  it('blocks/single_expected, single_oneline and single_empty_oneline', () => {
    assert.deepStrictEqual(parse('a {}\n').problems, []);
    assert.deepStrictEqual(parse('a {\n}\n').problems, []);
    const one = parse('a { b = "foo" }\n');
    assert.deepStrictEqual(one.problems, []);
    assert.strictEqual(value(one.body, 'a.b'), 'foo');
  });

  it('blocks/single_unclosed: the error is at the unclosed brace (line 1, columns 3-4)', () => {
    const { body, problems } = parse('a {\n');
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual(problems[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } });
    assert.strictEqual(body.blocks[0].complete, false);
  });

  it('blocks/single_oneline_invalid: a second attribute on the one line is an error', () => {
    const { body, problems } = parse('a { b = "foo", c = "bar" }\n');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(value(body, 'a.b'), 'foo');
    // HCL also rejects `a { b = "foo"\n}` and `a { d {} }`; this parser reads them leniently, which is harmless
    // for cost analysis and keeps the editor quiet while typing.
    assert.deepStrictEqual(parse('a { b = "foo"\n}\n').problems, []);
  });
});

describe('hcl specsuite: expressions', () => {
  it('primitive_literals: numbers, strings (BMP, astral, combining), booleans and null', () => {
    const { body, problems } = parse(
      [
        'whole_number                = 5',
        'fractional_number           = 3.2',
        'fractional_number_precision = 3.14159265358979323846264338327950288419716939937510582097494459',
        'string_ascii           = "hello"',
        'string_unicode_bmp     = "ЖЖ"',
        'string_unicode_astral  = "👩‍👩‍👧‍👦"',
        'string_unicode_nonnorm = "años"',
        'true  = true',
        'false = false',
        'null  = null',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(value(body, 'whole_number'), 5);
    assert.strictEqual(value(body, 'fractional_number'), 3.2);
    assert.strictEqual(value(body, 'fractional_number_precision'), 3.141592653589793);
    const precise = body.attributes[2].expr;
    assert.strictEqual(precise.kind === 'Literal' && precise.raw?.length, 64); // full text kept for big-number users
    assert.strictEqual(value(body, 'string_ascii'), 'hello');
    assert.strictEqual(value(body, 'string_unicode_bmp'), 'ЖЖ');
    assert.strictEqual(value(body, 'string_unicode_astral'), '👩‍👩‍👧‍👦');
    assert.strictEqual(value(body, 'string_unicode_nonnorm'), 'años'); // not normalized by the parser
    assert.deepStrictEqual([value(body, 'true'), value(body, 'false'), value(body, 'null')], [true, false, null]);
  });

  it('operators: every operator parses to the expected binary, unary or conditional node', () => {
    const { body, problems } = parse(
      [
        'equality "==" {\n  exactly = "a" == "a"\n}',
        'equality "!=" {\n  exactly = "a" != "a"\n}',
        'inequality "<" {\n  lt = 1 < 2\n}',
        'inequality "<=" {\n  lt = 1 <= 2\n}',
        'inequality ">" {\n  lt = 1 > 2\n}',
        'inequality ">=" {\n  lt = 1 >= 2\n}',
        'arithmetic {\n  add = 2 + 3.5\n  sub = 3.5 - 2\n  mul = 2 * 4.5\n  div = 1 / 10\n  mod = 11 % 5\n}',
        'logical_binary "&&" {\n  tt = true && true\n}',
        'logical_binary "||" {\n  tt = true || true\n}',
        'logical_unary "!" {\n  t = !true\n}',
        'conditional {\n  t = true ? "a" : "b"\n}',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(problems, []);
    const ops = body.blocks.flatMap((b) =>
      b.body.attributes.map((a) => {
        const e = a.expr;
        return e.kind === 'Binary' || e.kind === 'Unary' ? e.op : e.kind;
      }),
    );
    assert.deepStrictEqual(ops, [
      '==',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '+',
      '-',
      '*',
      '/',
      '%',
      '&&',
      '||',
      '!',
      'Conditional',
    ]);
    // Labels carry the operator text, decoded from the quoted label.
    assert.deepStrictEqual(
      body.blocks.map((b) => b.labels[0]?.value ?? ''),
      ['==', '!=', '<', '<=', '>', '>=', '', '&&', '||', '!', ''],
    );
  });

  // specsuite/tests/expressions/heredoc.hcl and heredoc.t
  const heredocs = [
    'normal = {',
    '  basic = <<EOT\nFoo\nBar\nBaz\nEOT',
    '  indented = <<EOT\n    Foo\n    Bar\n    Baz\n  EOT',
    '  indented_more = <<EOT\n    Foo\n      Bar\n    Baz\n  EOT',
    '  interp = <<EOT\n    Foo\n    ${bar}\n    Baz\n  EOT',
    '  marker_at_suffix = <<EOT\n    NOT EOT\n  EOT',
    '}',
    'flush = {',
    '  basic = <<-EOT\nFoo\nBar\nBaz\nEOT',
    '  indented = <<-EOT\n    Foo\n    Bar\n    Baz\n  EOT',
    '  indented_more = <<-EOT\n    Foo\n      Bar\n    Baz\n  EOT',
    '  indented_less = <<-EOT\n    Foo\n  Bar\n    Baz\n  EOT',
    '  interp = <<-EOT\n    Foo\n    ${bar}\n    Baz\n  EOT',
    '  interp_indented_more = <<-EOT\n    Foo\n      ${bar}\n    Baz\n  EOT',
    '  interp_indented_less = <<-EOT\n    Foo\n  ${space_bar}\n    Baz\n  EOT',
    '  tabs = <<-EOT\n\tFoo\n  Bar\n  Baz\n  EOT',
    '}',
    '',
  ].join('\n');

  /** Renders a template with each interpolation of a plain variable replaced by `values[name]`. */
  function render(e: Expression, values: Record<string, string>): string {
    assert.strictEqual(e.kind, 'Template');
    return (e as TemplateExpr).parts
      .map((p) => {
        if (p.kind === 'TemplateLiteral') return p.value;
        if (p.kind === 'TemplateInterpolation' && p.expr.kind === 'Variable') return values[p.expr.name];
        throw new Error(`unexpected ${p.kind}`);
      })
      .join('');
  }

  it('heredoc: normal heredocs keep indentation, and the marker must stand alone on its line', () => {
    const { body, problems } = parse(heredocs);
    assert.deepStrictEqual(problems, []);
    const normal = objectItems(body, 'normal');
    const v = { bar: 'Bar', space_bar: '  Bar' };
    assert.strictEqual(render(normal.get('basic')!, v), 'Foo\nBar\nBaz\n');
    assert.strictEqual(render(normal.get('indented')!, v), '    Foo\n    Bar\n    Baz\n');
    assert.strictEqual(render(normal.get('indented_more')!, v), '    Foo\n      Bar\n    Baz\n');
    assert.strictEqual(render(normal.get('interp')!, v), '    Foo\n    Bar\n    Baz\n');
    assert.strictEqual(render(normal.get('marker_at_suffix')!, v), '    NOT EOT\n');
  });

  it('heredoc: flush heredocs remove the smallest indentation, counting interpolations and tabs', () => {
    const { body } = parse(heredocs);
    const flush = objectItems(body, 'flush');
    const v = { bar: 'Bar', space_bar: '  Bar' };
    assert.strictEqual(render(flush.get('basic')!, v), 'Foo\nBar\nBaz\n');
    assert.strictEqual(render(flush.get('indented')!, v), 'Foo\nBar\nBaz\n');
    assert.strictEqual(render(flush.get('indented_more')!, v), 'Foo\n  Bar\nBaz\n');
    assert.strictEqual(render(flush.get('indented_less')!, v), '  Foo\nBar\n  Baz\n');
    assert.strictEqual(render(flush.get('interp')!, v), 'Foo\nBar\nBaz\n');
    assert.strictEqual(render(flush.get('interp_indented_more')!, v), 'Foo\n  Bar\nBaz\n');
    assert.strictEqual(render(flush.get('interp_indented_less')!, v), '  Foo\n  Bar\n  Baz\n');
    assert.strictEqual(render(flush.get('tabs')!, v), 'Foo\n Bar\n Baz\n');
  });
});

describe('hclsyntax/spec.md examples', () => {
  it('template strip markers remove whitespace around directives (the spec’s for-loop example)', () => {
    // The spec's example: %{ for ... ~} and %{~ endfor } keep each name on its own line without blank lines.
    const { body, problems } = parse('x = <<EOT\n%{ for ip in ips ~}\nserver ${ip}\n%{ endfor ~}\nEOT\n');
    assert.deepStrictEqual(problems, []);
    const t = body.attributes[0].expr as TemplateExpr;
    const loop = t.parts[0];
    assert.strictEqual(loop.kind, 'TemplateFor');
    if (loop.kind === 'TemplateFor') {
      assert.deepStrictEqual(
        loop.body.map((p) => (p.kind === 'TemplateLiteral' ? p.value : p.kind)),
        ['server ', 'TemplateInterpolation', '\n'],
      );
    }
    assert.strictEqual(t.parts.length, 1); // the newline after `endfor ~}` was stripped
  });

  it('escapes: $${ and %%{ are literal, a lone $ or % is literal', () => {
    const { body } = parse('a = "$${b} %%{c} $d %e 100%"\n');
    assert.strictEqual(value(body, 'a'), '${b} %{c} $d %e 100%');
  });

  it('the template-wrap case "${x}" is a template with a single interpolation', () => {
    const t = parse('a = "${x}"\n').body.attributes[0].expr as TemplateExpr;
    assert.deepStrictEqual(
      t.parts.map((p) => p.kind),
      ['TemplateInterpolation'],
    );
  });
});

describe('Terraform JSON syntax', () => {
  const json = JSON.stringify(
    {
      '//': 'comments are properties named //',
      resource: {
        aws_instance: {
          web: {
            instance_type: 't3.${var.size}',
            count: 2,
            tags: { Name: 'web' },
            ebs_block_device: [{ volume_size: 10 }, { volume_size: 20 }],
          },
          db: [{ instance_type: 'm5.large' }],
        },
      },
      variable: { size: { default: 'micro', validation: { condition: '${true}', error_message: 'x' } } },
      locals: [{ a: [1, 'é'] }],
      module: { vpc: { source: './vpc', cidrs: { a: '10.0.0.0/16' } } },
      terraform: { backend: { s3: { bucket: 'b' } }, required_providers: { aws: { source: 'hashicorp/aws' } } },
    },
    null,
    2,
  );
  const { body, problems } = parseHclJson(json, 'main.tf.json');

  it('maps resource → type → name → body, and arrays to repeated blocks', () => {
    assert.deepStrictEqual(problems, []);
    const resources = body.blocks.filter((b) => b.type === 'resource');
    assert.deepStrictEqual(
      resources.map((b) => b.labels.map((l) => l.value)),
      [
        ['aws_instance', 'web'],
        ['aws_instance', 'db'],
      ],
    );
    const web = resources[0].body;
    assert.strictEqual(value(web, 'count'), 2);
    assert.deepStrictEqual(value(web, 'tags'), { Name: 'web' }); // maps by convention stay attributes
    assert.deepStrictEqual(
      web.blocks.map((b) => [b.type, literalValue(b.body.attributes[0].expr)]),
      [
        ['ebs_block_device', 10],
        ['ebs_block_device', 20],
      ],
    );
  });

  it('reads strings as templates with ranges into the JSON text', () => {
    const web = body.blocks[0].body;
    const t = web.attributes.find((a) => a.name === 'instance_type')!.expr as TemplateExpr;
    assert.deepStrictEqual(
      t.parts.map((p) => p.kind),
      ['TemplateLiteral', 'TemplateInterpolation'],
    );
    const interp = t.parts[1];
    assert.strictEqual(json.slice(interp.startOffset, interp.endOffset), '${var.size}');
    const line = json.split('\n')[interp.range.start.line];
    assert.strictEqual(line.slice(interp.range.start.character, interp.range.end.character), '${var.size}');
  });

  it('knows the label counts and nested blocks of variable, locals, module and terraform', () => {
    const variable = body.blocks.find((b) => b.type === 'variable')!;
    assert.deepStrictEqual(
      variable.body.blocks.map((b) => b.type),
      ['validation'],
    );
    assert.deepStrictEqual(value(body.blocks.find((b) => b.type === 'locals')!.body, 'a'), [1, 'é']);
    const mod = body.blocks.find((b) => b.type === 'module')!;
    assert.deepStrictEqual(value(mod.body, 'cidrs'), { a: '10.0.0.0/16' }); // module inputs are attributes
    const tf = body.blocks.find((b) => b.type === 'terraform')!;
    assert.deepStrictEqual(
      tf.body.blocks.map((b) => [b.type, b.labels.map((l) => l.value)]),
      [
        ['backend', ['s3']],
        ['required_providers', []],
      ],
    );
  });

  it('reports malformed JSON with a range and keeps what it read', () => {
    const bad = parseHclJson('{"locals": {"a": 1, "b": }}', 'bad.tf.json');
    assert.strictEqual(bad.problems.length, 1);
    assert.deepStrictEqual(bad.problems[0].range.start, { line: 0, character: 25 });
    assert.strictEqual(value(bad.body.blocks[0].body, 'a'), 1);
  });
});
