import * as assert from 'assert';
import * as path from 'path';
import { EvalError } from '../../../../server/src/formats/terraform/evaluator/values';
import { evaluate } from '../../../../server/src/formats/terraform/evaluator/expression';
import { standaloneScope } from '../../../../server/src/formats/terraform/evaluator/standalone';
import { parseHcl } from '../../../../server/src/formats/terraform/parser';
import { isUnknown, Unknown, type Value } from '../../../../server/src/model/value';
import type { SourceFs } from '../../../../server/src/workspace/source-fs';

/** An in-memory workspace, so file functions are tested without the disk. */
function memFs(files: Record<string, string>): SourceFs {
  return {
    readFile: (p) => files[p],
    listDir: (d) =>
      Object.keys(files)
        .filter((f) => path.dirname(f) === d)
        .map((f) => path.basename(f)),
    isDirectory: (d) => Object.keys(files).some((f) => f.startsWith(`${d}/`)),
  };
}

function ev(src: string, names: Record<string, Value> = {}, fs: SourceFs = memFs({})): Value {
  const parsed = parseHcl(`v = ${src}\n`, '/ws/test.tf');
  assert.deepStrictEqual(parsed.problems, [], `parse of ${src}`);
  return evaluate(parsed.body.attributes[0].expr, standaloneScope(fs, '/ws', names));
}

type Case = [expr: string, expected: Value];

/** Runs documented examples: each table cites the Terraform documentation page it comes from. */
function examples(
  fn: string,
  cases: Case[],
  doc = `https://developer.hashicorp.com/terraform/language/functions/${fn}`,
): void {
  it(`${fn} (${doc})`, () => {
    for (const [expr, expected] of cases) assert.deepStrictEqual(ev(expr), expected, expr);
  });
}

function fails(expr: string, pattern: RegExp): void {
  const v = ev(expr);
  assert.ok(v instanceof EvalError, `${expr} should fail, got ${JSON.stringify(v)}`);
  assert.match(v.reason, pattern);
}

describe('terraform functions: numeric', () => {
  examples('abs', [
    ['abs(23)', 23],
    ['abs(0)', 0],
    ['abs(-12.4)', 12.4],
  ]);
  examples('ceil', [
    ['ceil(5)', 5],
    ['ceil(5.1)', 6],
  ]);
  examples('floor', [
    ['floor(5)', 5],
    ['floor(4.9)', 4],
  ]);
  examples('max', [
    ['max(12, 54, 3)', 54],
    ['max([12, 54, 3]...)', 54],
  ]);
  examples('min', [
    ['min(12, 54, 3)', 3],
    ['min([12, 54, 3]...)', 3],
  ]);
  examples('pow', [
    ['pow(3, 2)', 9],
    ['pow(4, 0)', 1],
  ]);
  examples('signum', [
    ['signum(-13)', -1],
    ['signum(0)', 0],
    ['signum(344)', 1],
  ]);
  examples('parseint', [
    ['parseint("100", 10)', 100],
    ['parseint("FF", 16)', 255],
    ['parseint("-10", 16)', -16],
    ['parseint("1011111011101111", 2)', 48879],
    ['parseint("aA", 62)', 656],
  ]);
  it('parseint rejects digits outside the base (documented error example)', () =>
    fails('parseint("12", 2)', /parseint\(\): cannot parse/));
});

describe('terraform functions: string', () => {
  examples('chomp', [
    ['chomp("hello\\n")', 'hello'],
    ['chomp("hello\\r\\n")', 'hello'],
    ['chomp("hello\\n\\n")', 'hello'],
  ]);
  examples('format', [
    ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
    ['format("There are %d lights", 4)', 'There are 4 lights'],
    ['format("%.2f", 3.14159)', '3.14'],
    ['format("%03d|%-4s|%4s", 7, "ab", "cd")', '007|ab  |  cd'],
    ['format("%[2]s %[1]s", "a", "b")', 'b a'],
    ['format("%q %v %t %x", "hi", [1], true, 255)', '"hi" [1] true ff'],
  ]);
  examples('formatlist', [
    [
      'formatlist("Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"])',
      ['Hello, Valentina!', 'Hello, Ander!', 'Hello, Olivia!', 'Hello, Sam!'],
    ],
    [
      'formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])',
      ['Salutations, Valentina!', 'Salutations, Ander!'],
    ],
  ]);
  examples('join', [
    ['join("-", ["foo", "bar", "baz"])', 'foo-bar-baz'],
    ['join(", ", ["foo"])', 'foo'],
  ]);
  examples('split', [
    ['split(",", "foo")', ['foo']],
    ['split(",", "foo,bar,baz")', ['foo', 'bar', 'baz']],
    ['split(",", "")', ['']],
  ]);
  examples('lower', [
    ['lower("HELLO")', 'hello'],
    ['lower("АЛЛО!")', 'алло!'],
  ]);
  examples('upper', [
    ['upper("hello")', 'HELLO'],
    ['upper("алло!")', 'АЛЛО!'],
  ]);
  examples('title', [['title("hello world")', 'Hello World']]);
  examples('trim', [
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trim("foobar", "far")', 'oob'],
    ['trim("   hello! world.!  ", "! ")', 'hello! world.'],
  ]);
  examples('trimprefix', [
    ['trimprefix("helloworld", "hello")', 'world'],
    ['trimprefix("helloworld", "cat")', 'helloworld'],
  ]);
  examples('trimsuffix', [['trimsuffix("helloworld", "world")', 'hello']]);
  examples('trimspace', [['trimspace("  hello\\n\\n")', 'hello']]);
  examples('replace', [
    ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
    ['replace("hello world", "/w.*d/", "everybody")', 'hello everybody'],
  ]);
  examples('substr', [
    ['substr("hello world", 1, 4)', 'ello'],
    ['substr("🤔🤷", 0, 1)', '🤔'],
    ['substr("hello world", -5, -1)', 'world'],
    ['substr("hello world", 6, 10)', 'world'],
  ]);
  examples('regex', [
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
    [
      'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
      { scheme: 'https', authority: 'terraform.io' },
    ],
  ]);
  it('regex fails when there is no match (documented error example)', () =>
    fails('regex("[a-z]+", "53453453.34534523454")', /did not match/));
  examples('regexall', [
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    ['length(regexall("[a-z]+", "1234abcd5678efgh9"))', 2],
    ['length(regexall("[a-z]+", "123456789")) > 0', false],
  ]);
  examples('strrev', [
    ['strrev("hello")', 'olleh'],
    ['strrev("a ☃")', '☃ a'],
  ]);
  examples('startswith', [
    ['startswith("hello world", "hello")', true],
    ['startswith("hello world", "world")', false],
  ]);
  examples('endswith', [
    ['endswith("hello world", "world")', true],
    ['endswith("hello world", "hello")', false],
  ]);
});

describe('terraform functions: collection', () => {
  examples('concat', [['concat(["a", ""], ["b", "c"])', ['a', '', 'b', 'c']]]);
  examples('contains', [
    ['contains(["a", "b", "c"], "a")', true],
    ['contains(["a", "b", "c"], "d")', false],
  ]);
  examples('distinct', [['distinct(["a", "b", "a", "c", "d", "b"])', ['a', 'b', 'c', 'd']]]);
  examples('element', [
    ['element(["a", "b", "c"], 1)', 'b'],
    ['element(["a", "b", "c"], 3)', 'a'],
    ['element(["a", "b", "c"], length(["a", "b", "c"])-1)', 'c'],
  ]);
  examples('flatten', [
    ['flatten([["a", "b"], [], ["c"]])', ['a', 'b', 'c']],
    ['flatten([[["a", "b"], []], ["c"]])', ['a', 'b', 'c']],
  ]);
  examples('index', [['index(["a", "b", "c"], "b")', 1]]);
  examples('keys', [['keys({a=1, c=2, d=3})', ['a', 'c', 'd']]]);
  examples('values', [['values({a=3, c=2, d=1})', [3, 2, 1]]]);
  examples('length', [
    ['length([])', 0],
    ['length(["a", "b"])', 2],
    ['length({"a" = "b"})', 1],
    ['length("hello")', 5],
    ['length("👾🕹️")', 2],
  ]);
  examples('lookup', [
    ['lookup({a="ay", b="bee"}, "a", "what?")', 'ay'],
    ['lookup({a="ay", b="bee"}, "c", "what?")', 'what?'],
  ]);
  examples('merge', [
    ['merge({a="b", c="d"}, {e="f", c="z"})', { a: 'b', c: 'z', e: 'f' }],
    ['merge({a="b"}, {a=[1,2], c="z"}, {d=3})', { a: [1, 2], c: 'z', d: 3 }],
  ]);
  examples('one', [
    ['one([])', null],
    ['one(["hello"])', 'hello'],
    ['one(toset([]))', null],
  ]);
  it('one fails on two elements (documented error example)', () =>
    fails('one(["hello", "goodbye"])', /either zero or one/));
  examples('range', [
    ['range(3)', [0, 1, 2]],
    ['range(1, 4)', [1, 2, 3]],
    ['range(1, 8, 2)', [1, 3, 5, 7]],
    ['range(1, 4, 0.5)', [1, 1.5, 2, 2.5, 3, 3.5]],
    ['range(4, 1)', [4, 3, 2]],
    ['range(10, 5, -2)', [10, 8, 6]],
  ]);
  examples('reverse', [['reverse([1, 2, 3])', [3, 2, 1]]]);
  examples('setproduct', [
    [
      'setproduct(["development", "staging", "production"], ["app1", "app2"])',
      [
        ['development', 'app1'],
        ['development', 'app2'],
        ['staging', 'app1'],
        ['staging', 'app2'],
        ['production', 'app1'],
        ['production', 'app2'],
      ],
    ],
  ]);
  examples('setunion', [['setunion(["a", "b"], ["b", "c"], ["d"])', ['a', 'b', 'c', 'd']]]);
  examples('setintersection', [['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ['b']]]);
  examples('slice', [['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']]]);
  examples('sort', [['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']]]);
  examples('sum', [['sum([10, 13, 6, 4.5])', 33.5]]);
  examples('transpose', [
    ['transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
  ]);
  examples('zipmap', [['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }]]);
  examples('coalesce', [
    ['coalesce("a", "b")', 'a'],
    ['coalesce("", "b")', 'b'],
    ['coalesce(1, 2)', 1],
    ['coalesce(["", "b"]...)', 'b'],
  ]);
  examples('coalescelist', [
    ['coalescelist(["a", "b"], ["c", "d"])', ['a', 'b']],
    ['coalescelist([], ["c", "d"])', ['c', 'd']],
  ]);
  examples('compact', [['compact(["a", "", "b", null, "c"])', ['a', 'b', 'c']]]);
});

describe('terraform functions: type conversion, try and can', () => {
  examples('tolist', [
    ['tolist(["a", "b", "c"])', ['a', 'b', 'c']],
    ['tolist(["a", "b", 3])', ['a', 'b', '3']],
  ]);
  examples('toset', [
    ['toset(["a", "b", "c"])', ['a', 'b', 'c']],
    ['toset(["c", "b", "b"])', ['b', 'c']],
    ['toset(["a", "b", 3])', ['3', 'a', 'b']],
  ]);
  examples('tomap', [['tomap({"a" = 1, "b" = 2})', { a: 1, b: 2 }]]);
  examples('tonumber', [
    ['tonumber(1)', 1],
    ['tonumber("1")', 1],
    ['tonumber(null)', null],
  ]);
  examples('tostring', [
    ['tostring("hello")', 'hello'],
    ['tostring(1)', '1'],
    ['tostring(true)', 'true'],
    ['tostring(null)', null],
  ]);
  examples('tobool', [
    ['tobool(true)', true],
    ['tobool("true")', true],
    ['tobool(null)', null],
  ]);
  it('conversion functions fail on the documented bad inputs', () => {
    fails('tonumber("no")', /tonumber\(\)/);
    fails('tostring([])', /tostring\(\)/);
    fails('tobool("no")', /tobool\(\)/);
    fails('tobool(1)', /tobool\(\)/);
  });
  examples('try', [
    ['try(tonumber("no"), 5)', 5],
    ['try({a = 1}.b, "fallback")', 'fallback'],
    ['try(lookup({}, "x"), null)', null],
  ]);
  examples('can', [
    ['can(regex("^ami-", "ami-123"))', true],
    ['can(regex("^ami-", "img-123"))', false],
  ]);
  it('try does not swallow values Terraform only knows after apply', () => {
    const unknown = new Unknown('aws_instance.x.id is known after apply');
    assert.strictEqual(ev('try(x, "fallback")', { x: unknown }), unknown);
  });
});

describe('terraform functions: encoding', () => {
  examples('jsonencode', [
    ['jsonencode({"hello"="world"})', '{"hello":"world"}'],
    ['jsonencode({b = [1, true, null], a = "<&>"})', '{"a":"\\u003c\\u0026\\u003e","b":[1,true,null]}'],
  ]);
  examples('jsondecode', [
    ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: 'world' }],
    ['jsondecode("true")', true],
  ]);
  examples('yamlencode', [
    ['yamlencode({"a":"b", "c":"d"})', '"a": "b"\n"c": "d"\n'],
    ['yamlencode({"foo":[1, 2, 3], "bar": "baz"})', '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
    [
      'yamlencode({"foo":[1, {"a":"b","c":"d"}, 3], "bar": "baz"})',
      '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n',
    ],
  ]);
  examples('yamldecode', [
    ['yamldecode("hello: world")', { hello: 'world' }],
    ['yamldecode("true")', true],
    ['yamldecode("{a: &foo [1, 2, 3], b: *foo}")', { a: [1, 2, 3], b: [1, 2, 3] }],
  ]);
  examples('base64encode', [['base64encode("Hello World")', 'SGVsbG8gV29ybGQ=']]);
  examples('base64decode', [['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World']]);
  it('base64decode rejects invalid input instead of guessing', () =>
    fails('base64decode("not base64!")', /not valid base64/));
});

describe('terraform functions: ip network', () => {
  examples('cidrsubnet', [
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
  ]);
  examples('cidrhost', [
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
  ]);
  examples('cidrnetmask', [['cidrnetmask("172.16.0.0/12")', '255.240.0.0']]);
  examples('cidrsubnets', [
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  ]);
  it('cidrsubnet fails when the subnet number does not fit', () =>
    fails('cidrsubnet("10.0.0.0/24", 2, 4)', /does not accommodate/));
});

describe('terraform functions: filesystem (through SourceFs only)', () => {
  const fs = memFs({
    '/ws/hello.txt': 'Hello World',
    '/ws/t/backends.tftpl': '%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n',
  });
  it('file and fileexists (https://developer.hashicorp.com/terraform/language/functions/file)', () => {
    assert.strictEqual(ev('file("${path.module}/hello.txt")', { path: { module: '.' } }, fs), 'Hello World');
    assert.strictEqual(ev('fileexists("hello.txt")', {}, fs), true);
    assert.strictEqual(ev('fileexists("nope.txt")', {}, fs), false);
    const missing = ev('file("nope.txt")', {}, fs);
    assert.ok(missing instanceof EvalError && /no file exists/.test(missing.reason));
  });
});

describe('terraform functions: unknown propagation and argument errors', () => {
  const u = new Unknown('var.x has no value');
  it('returns the Unknown argument instead of a guess', () => {
    assert.strictEqual(ev('abs(x)', { x: u }), u);
    assert.strictEqual(ev('join(",", ["a", x])', { x: u }), u);
    assert.strictEqual(ev('upper(x)', { x: u }), u);
  });
  it('still knows results that do not depend on the unknown element', () => {
    assert.strictEqual(ev('length(["a", x])', { x: u }), 2);
    assert.strictEqual(ev('coalesce("a", x)', { x: u }), 'a');
  });
  it('turns wrong arguments and unknown functions into Unknowns with a reason, never exceptions', () => {
    fails('abs("abc")', /abs\(\): value must be a number/);
    fails('nosuchfn(1)', /unknown function nosuchfn/);
    fails('upper("a", "b")', /takes 1 argument/);
    fails('element([], 0)', /empty list/);
    const v = ev('lookup({}, "k")');
    assert.ok(isUnknown(v));
  });
});

describe('terraform functions: sensitivity wrappers', () => {
  examples('sensitive', [
    ['sensitive("t3.micro")', 't3.micro'],
    ['nonsensitive(sensitive(5))', 5],
  ]);
});
