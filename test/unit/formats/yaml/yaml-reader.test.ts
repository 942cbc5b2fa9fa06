import * as assert from 'assert';
import { at, parseYaml, toValue, type YNode } from '../../../../server/src/formats/yaml';
import { positionOf } from './position';

describe('yaml reader', () => {
  it('gives LSP ranges (zero-based, UTF-16) for keys and values', () => {
    const text = 'metadata:\n  name: web # 🚀 note\nspec:\n  label: "🚀x"\n  replicas: 3\n';
    const doc = parseYaml(text, 'f.yaml').documents[0];
    const replicas = at(doc.root, 'spec.replicas') as YNode;
    assert.deepStrictEqual(replicas.range.start, positionOf(text, '3\n'));
    const label = at(doc.root, 'spec.label') as YNode;
    // The rocket is two UTF-16 code units, so the value ends after the closing quote at 14, not 13.
    assert.deepStrictEqual(label.range.end, { line: 3, character: 14 });
    assert.strictEqual(toValue(label), '🚀x');
  });

  it('rewrites CloudFormation short-form tags to their long form', () => {
    const text = [
      'a: !Ref Param',
      'b: !GetAtt Fn.Arn',
      'c: !Sub "${AWS::Region}-x"',
      'd: !Join ["-", [a, !Ref B]]',
      'e: !If [IsProd, 1, 2]',
      'f: !FindInMap [M, k, v]',
      'g: !Select [0, !GetAZs ""]',
      'h: !Equals [!Ref X, y]',
      'i: !Condition C',
      'j: !Base64 text',
      'k: !ImportValue other',
      'l: !Split [",", "a,b"]',
      'm: !Not [!Condition C]',
      'n: !Cidr [10.0.0.0/16, 2, 8]',
    ].join('\n');
    const file = parseYaml(text, 't.yaml');
    assert.deepStrictEqual(file.documents[0].problems, []);
    assert.deepStrictEqual(toValue(file.documents[0].root), {
      a: { Ref: 'Param' },
      b: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      c: { 'Fn::Sub': '${AWS::Region}-x' },
      d: { 'Fn::Join': ['-', ['a', { Ref: 'B' }]] },
      e: { 'Fn::If': ['IsProd', 1, 2] },
      f: { 'Fn::FindInMap': ['M', 'k', 'v'] },
      g: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      h: { 'Fn::Equals': [{ Ref: 'X' }, 'y'] },
      i: { Condition: 'C' },
      j: { 'Fn::Base64': 'text' },
      k: { 'Fn::ImportValue': 'other' },
      l: { 'Fn::Split': [',', 'a,b'] },
      m: { 'Fn::Not': [{ Condition: 'C' }] },
      n: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
    });
  });

  it('keeps each document to itself: a broken one does not hide the next', () => {
    const text = 'kind: A\n---\nkind: [oops\n---\nkind: C\n';
    const docs = parseYaml(text, 's.yaml').documents;
    assert.strictEqual(docs.length, 3);
    assert.deepStrictEqual(toValue(docs[0].root), { kind: 'A' });
    assert.ok(docs[1].hasErrors);
    assert.ok(docs[1].problems.some((p) => p.severity === 'error' && p.source === 'yaml'));
    assert.ok(docs[1].problems[0].range.start.line >= 2, 'the error points into the broken document');
    assert.deepStrictEqual(toValue(docs[2].root), { kind: 'C' });
    assert.strictEqual(docs[2].hasErrors, false);
  });

  it('reads JSON, anchors, aliases and merge keys', () => {
    assert.deepStrictEqual(toValue(parseYaml('{"a": [1, {"b": true}]}', 'x.json').documents[0].root), { a: [1, { b: true }] });
    const text = 'base: &b {cpu: 1, mem: 2}\nx:\n  <<: *b\n  mem: 4\ny: *b\n';
    assert.deepStrictEqual(toValue(parseYaml(text, 'a.yaml').documents[0].root), { base: { cpu: 1, mem: 2 }, x: { cpu: 1, mem: 4 }, y: { cpu: 1, mem: 2 } });
  });

  it('caps alias expansion instead of hanging on a billion-laughs file', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const doc = parseYaml(lines.join('\n'), 'bomb.yaml').documents[0];
    assert.ok(doc.problems.some((p) => /too many aliased nodes/.test(p.message)));
  });

  it('reads an empty file as no documents or one empty document, without problems', () => {
    const docs = parseYaml('', 'e.yaml').documents;
    assert.ok(docs.every((d) => d.root === undefined && d.problems.length === 0));
  });
});
