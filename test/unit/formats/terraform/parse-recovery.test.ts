import * as assert from 'assert';
import { fuzz } from '../../../../bench/fuzz-terraform';
import type { Attribute, Body, ErrorExpr } from '../../../../server/src/formats/terraform/ast';
import { literalValue } from '../../../../server/src/formats/terraform/ast';
import { MAX_DEPTH } from '../../../../server/src/formats/terraform/parser-state';
import { parseHcl } from '../../../../server/src/formats/terraform/parser';
import { parseHclJson } from '../../../../server/src/formats/terraform/json-syntax';

// Broken input as it appears while typing: the parser must keep what it can read, mark what it cannot with
// an explicit Error node, report each break with a range, and carry on with the following blocks.

function parse(text: string): ReturnType<typeof parseHcl> {
  return parseHcl(text, 'main.tf');
}

function find(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

/** Zero-based line of the first occurrence of `needle`, to anchor expected problem positions. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('HCL parser: error recovery', () => {
  it('keeps a half-typed attribute as an Error node and parses the next one', () => {
    const text = 'resource "aws_instance" "web" {\n  instance_type = \n  ami = "ami-1"\n}\n';
    const { body, problems } = parse(text);
    const b = body.blocks[0];
    assert.ok(b.complete);
    const it = find(b.body, 'instance_type');
    assert.strictEqual(it?.expr.kind, 'Error');
    assert.strictEqual(literalValue(find(b.body, 'ami')!.expr), 'ami-1');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].source, 'hcl');
    assert.strictEqual(problems[0].range.start.line, lineOf(text, 'instance_type'));
    const err = it?.expr as ErrorExpr;
    assert.strictEqual(err.message, problems[0].message);
  });

  it('keeps a block header without { and parses the following block', () => {
    const text = 'resource "aws_instance"\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n';
    const { body, problems } = parse(text);
    assert.deepStrictEqual(
      body.blocks.map((b) => [b.type, b.labels.map((l) => l.value), b.complete]),
      [
        ['resource', ['aws_instance'], false],
        ['resource', ['aws_s3_bucket', 'b'], true],
      ],
    );
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /Expected '\{'/);
    assert.strictEqual(problems[0].range.start.line, 0);
  });

  it('ends an unterminated string at the line end', () => {
    const text = 'a = "abc\nb = 2\n';
    const { body, problems } = parse(text);
    assert.strictEqual(literalValue(find(body, 'a')!.expr), 'abc');
    assert.strictEqual(literalValue(find(body, 'b')!.expr), 2);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /Unterminated string/);
  });

  it('recovers from an unclosed interpolation inside a string', () => {
    const { body, problems } = parse('a = "x-${var.y"\nb = 2\n');
    assert.strictEqual(find(body, 'a')?.expr.kind, 'Template');
    assert.strictEqual(literalValue(find(body, 'b')!.expr), 2);
    assert.ok(problems.length >= 1);
  });

  it('reports an unterminated heredoc and keeps its text', () => {
    const { body, problems } = parse('a = 1\nb = <<EOT\nline one\n');
    assert.strictEqual(literalValue(find(body, 'a')!.expr), 1);
    assert.strictEqual(literalValue(find(body, 'b')!.expr), 'line one\n');
    assert.match(problems[0].message, /Unterminated heredoc: missing closing 'EOT'/);
  });

  it('closes a block whose } is missing when the next top-level block starts at column 0', () => {
    const text = 'resource "a" "one" {\n  x = 1\n\nresource "a" "two" {\n  y = 2\n}\n';
    const { body, problems } = parse(text);
    assert.deepStrictEqual(
      body.blocks.map((b) => [b.labels[1].value, b.complete]),
      [
        ['one', false],
        ['two', true],
      ],
    );
    assert.strictEqual(literalValue(find(body.blocks[0].body, 'x')!.expr), 1);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /missing its closing '\}'/);
    assert.deepStrictEqual(problems[0].range.start, { line: 0, character: text.indexOf('{') });
  });

  it('reports a missing } at end of file', () => {
    const { body, problems } = parse('a {\n  b = 1\n');
    assert.strictEqual(body.blocks[0].complete, false);
    assert.strictEqual(literalValue(find(body.blocks[0].body, 'b')!.expr), 1);
    assert.strictEqual(problems.length, 1);
  });

  it('ends a tuple whose ] is missing at the next attribute', () => {
    const text = 'locals {\n  l = [1, 2,\n  m = 3\n}\n';
    const { body, problems } = parse(text);
    const locals = body.blocks[0].body;
    assert.deepStrictEqual(literalValue(find(locals, 'l')!.expr), [1, 2]);
    assert.strictEqual(literalValue(find(locals, 'm')!.expr), 3);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /Missing '\]'/);
  });

  it('ends a call whose ) is missing at the next attribute, and an object whose } is missing at the next block', () => {
    const { body, problems } = parse('a = max(1, 2\nb = { c = 1\n\nresource "x" "y" {}\n');
    assert.strictEqual(find(body, 'a')?.expr.kind, 'FunctionCall');
    assert.strictEqual(find(body, 'b')?.expr.kind, 'Object');
    assert.strictEqual(body.blocks.length, 1);
    assert.strictEqual(problems.length, 2);
  });

  it('marks a bad operand and keeps the rest of the file', () => {
    const { body, problems } = parse('a = 1 +\nb = * 2\nc = 3\n');
    const a = find(body, 'a')!.expr;
    assert.strictEqual(a.kind === 'Binary' && a.right.kind, 'Error');
    const b = find(body, 'b')!.expr;
    assert.strictEqual(b.kind === 'Binary' && b.left.kind, 'Error');
    assert.strictEqual(literalValue(find(body, 'c')!.expr), 3);
    assert.strictEqual(problems.length, 2);
  });

  it('keeps `var.` with an empty attribute name for completion', () => {
    const { body, problems } = parse('a = var.\n');
    const e = find(body, 'a')!.expr;
    assert.strictEqual(e.kind === 'GetAttr' && e.name, '');
    assert.strictEqual(problems.length, 1);
  });

  it('reports stray tokens, a stray } and junk after a value, one problem each', () => {
    const { body, problems } = parse('}\n= 1\na = 1 2\nb = 2\n');
    assert.strictEqual(literalValue(find(body, 'a')!.expr), 1);
    assert.strictEqual(literalValue(find(body, 'b')!.expr), 2);
    assert.strictEqual(problems.length, 3);
    assert.deepStrictEqual(
      problems.map((p) => p.range.start.line),
      [0, 1, 2],
    );
  });

  it('reports an unterminated block comment', () => {
    const { problems } = parse('a = 1\n/* never closed\nb = 2\n');
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /Unterminated comment/);
  });

  it('reports unbalanced template directives', () => {
    const { problems } = parse('a = "%{ if x }yes"\nb = "%{ endfor }"\n');
    assert.strictEqual(problems.length, 2);
  });
});

describe('HCL parser: nesting limits', () => {
  const deep = (open: string, close: string, n = 10000): string => `a = ${open.repeat(n)}1${close.repeat(n)}\nb = 2\n`;

  for (const [open, close] of [
    ['[', ']'],
    ['(', ')'],
    ['{x = ', '}'],
  ]) {
    it(`caps 10,000 nested ${open} at ${MAX_DEPTH} levels, reports it and parses what follows`, () => {
      const { body, problems } = parse(deep(open, close));
      assert.strictEqual(problems.length, 1);
      assert.match(problems[0].message, /nested more than 256 levels/);
      assert.strictEqual(literalValue(find(body, 'b')!.expr), 2);
    });
  }

  it('survives 10,000 unclosed [ and ( without closers', () => {
    for (const open of ['[', '(']) {
      const { problems } = parse(`a = ${open.repeat(10000)}\n`);
      assert.ok(problems.length >= 1);
    }
  });

  it('caps deep unary chains, nested templates and nested blocks', () => {
    assert.ok(parse(`a = ${'!'.repeat(10000)}true\n`).problems.length >= 1);
    assert.ok(parse(`a = ${'"${'.repeat(5000)}x${'}"'.repeat(5000)}\n`).problems.length >= 1);
    const blocks = parse(`${'b {\n'.repeat(10000)}${'}\n'.repeat(10000)}c = 1\n`);
    assert.ok(blocks.problems.some((p) => /nested more than/.test(p.message)));
    assert.strictEqual(literalValue(find(blocks.body, 'c')!.expr), 1);
  });

  it('caps deep JSON too', () => {
    const { problems } = parseHclJson(`{"locals": {"a": ${'['.repeat(10000)}${']'.repeat(10000)}}}`, 'x.tf.json');
    assert.strictEqual(problems.length, 1);
  });
});

describe('HCL parser: fuzzing', () => {
  it('parses 2,000 random mutations of the corpus without an exception', function () {
    this.timeout(60000); // generous for slow CI machines; speed is measured in bench/, not asserted here
    const report = fuzz(2000, 1234);
    assert.deepStrictEqual(report.exceptions, []);
    assert.strictEqual(report.cases, 2000);
  });

  it('reports problems with ranges inside the text for every mutation', () => {
    const text = 'resource "a" "b" {\n  x = [1, {y = "${z}"}]\n}\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const src = text.slice(0, cut);
      const lines = src.split('\n');
      for (const p of parse(src).problems) {
        assert.ok(p.range.end.line < lines.length, `problem line in range for cut ${cut}`);
        assert.ok(p.range.end.character <= lines[p.range.end.line].length, `problem column in range for cut ${cut}`);
      }
    }
  });
});
