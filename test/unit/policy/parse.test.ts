import * as assert from 'assert';
import { parsePolicy } from '../../../server/src/policy/parse';
import { positionOf } from '../../helpers/fixtures';

const FILE = '/ws/.costlens.yml';

describe('policy file parser', () => {
  it('reads every rule kind from the policies: section and ignores the other sections', () => {
    const text = [
      'clusters:',
      '  - name: prod',
      'policies:',
      '  - rule: budget',
      '    scope: directory',
      '    match: envs/*',
      '    limit: 500',
      '    severity: warning',
      '    message: Environment over budget',
      '  - { rule: max-increase, limit: 100, scope: resource }',
      '  - { id: no-big-gpus, rule: forbidden-instance, patterns: ["p4d.*", "*.metal"] }',
      '  - { rule: max-gpu, perResource: 4, total: 8, severity: info }',
      '  - { rule: require-usage }',
      '  - { rule: max-cost-per-million-requests, limit: 2.5 }',
    ].join('\n');
    const p = parsePolicy(text, FILE);
    assert.deepStrictEqual(p.problems, []);
    assert.deepStrictEqual(
      p.rules.map((r) => [r.id, r.rule, r.severity]),
      [
        ['budget-1', 'budget', 'warning'],
        ['max-increase-2', 'max-increase', 'error'],
        ['no-big-gpus', 'forbidden-instance', 'error'],
        ['max-gpu-4', 'max-gpu', 'info'],
        ['require-usage-5', 'require-usage', 'error'],
        ['max-cost-per-million-requests-6', 'max-cost-per-million-requests', 'error'],
      ],
    );
    const budget = p.rules[0];
    assert.ok(budget.rule === 'budget');
    assert.strictEqual(budget.scope, 'directory');
    assert.strictEqual(budget.match, 'envs/*');
    assert.strictEqual(budget.limit, 500);
    assert.strictEqual(budget.message, 'Environment over budget');
    assert.deepStrictEqual(budget.range?.start, positionOf(text, 'rule: budget'));
    const gpu = p.rules[3];
    assert.ok(gpu.rule === 'max-gpu');
    assert.strictEqual(gpu.perResource, 4);
    assert.strictEqual(gpu.total, 8);
    const forbidden = p.rules[2];
    assert.ok(forbidden.rule === 'forbidden-instance');
    assert.deepStrictEqual(forbidden.patterns, ['p4d.*', '*.metal']);
  });

  it('reports a broken rule with its range and keeps the others', () => {
    const text = [
      'policies:',
      '  - rule: budget',
      '    scope: planet',
      '    limit: 10',
      '  - rule: budget',
      '    scope: workspace',
      '    limit: lots',
      '  - { rule: max-gpu, total: 2 }',
    ].join('\n');
    const p = parsePolicy(text, FILE);
    assert.deepStrictEqual(
      p.rules.map((r) => r.id),
      ['max-gpu-3'],
    );
    assert.strictEqual(p.problems.length, 2);
    assert.match(p.problems[0].message, /scope/);
    assert.deepStrictEqual(p.problems[0].range.start, positionOf(text, 'planet'));
    assert.match(p.problems[1].message, /limit.*number/);
    assert.deepStrictEqual(p.problems[1].range.start, positionOf(text, 'lots'));
    assert.ok(p.problems.every((x) => x.severity === 'error' && x.file === FILE));
  });

  it('warns about unknown keys (likely typos) but applies the rule', () => {
    const text = 'policies:\n  - rule: budget\n    scope: workspace\n    limit: 10\n    limt: 20\n';
    const p = parsePolicy(text, FILE);
    assert.strictEqual(p.rules.length, 1);
    assert.strictEqual(p.problems.length, 1);
    assert.strictEqual(p.problems[0].severity, 'warning');
    assert.match(p.problems[0].message, /unknown key "limt"/);
    assert.deepStrictEqual(p.problems[0].range.start, positionOf(text, 'limt'));
  });

  it('reports YAML syntax errors with a range and never throws', () => {
    const text = 'policies:\n  - rule: budget\n    scope: [workspace\n';
    const p = parsePolicy(text, FILE);
    assert.ok(p.problems.length > 0);
    assert.ok(p.problems.some((x) => x.severity === 'error' && x.range.start.line >= 2));
    for (const garbage of ['', '[', '{{{', 'policies: 3', 'policies:\n  - 42\n  - [a]', '\u0000\u0001']) {
      const q = parsePolicy(garbage, FILE);
      assert.ok(Array.isArray(q.rules) && Array.isArray(q.problems), garbage);
    }
    assert.match(parsePolicy('policies: 3', FILE).problems[0].message, /must be a list/);
  });

  it('accepts a standalone file that is a bare list of rules, in YAML or JSON', () => {
    const yaml = parsePolicy('- { rule: budget, scope: workspace, limit: 1 }\n', '/ws/policy.yml');
    const json = parsePolicy('[{"rule": "require-usage", "severity": "warning"}]', '/ws/policy.json');
    assert.deepStrictEqual(
      yaml.rules.map((r) => r.rule),
      ['budget'],
    );
    assert.deepStrictEqual(
      json.rules.map((r) => [r.rule, r.severity]),
      [['require-usage', 'warning']],
    );
  });

  it('flags duplicate ids, a missing limit and a max-gpu rule without figures', () => {
    const text = [
      'policies:',
      '  - { id: a, rule: require-usage }',
      '  - { id: a, rule: require-usage }',
      '  - { rule: max-increase }',
      '  - { rule: max-gpu }',
      '  - { rule: forbidden-instance, patterns: [] }',
      '  - { rule: require-usage, severity: fatal }',
    ].join('\n');
    const p = parsePolicy(text, FILE);
    assert.deepStrictEqual(
      p.rules.map((r) => r.id),
      ['a', 'a'],
    );
    const messages = p.problems.map((x) => x.message).join('\n');
    assert.match(messages, /duplicate rule id "a"/);
    assert.match(messages, /`limit` is required/);
    assert.match(messages, /perResource/);
    assert.match(messages, /patterns/);
    assert.match(messages, /severity/);
  });
});
