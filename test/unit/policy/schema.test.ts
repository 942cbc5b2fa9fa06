import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { parsePolicy } from '../../../server/src/policy/parse';
import { REPO } from '../../helpers/fixtures';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'costlens-policy.schema.json'), 'utf8'));
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'policy');

/**
 * The JSON Schema users get completion from and the parser must agree: what the schema accepts parses without
 * problems, and what the parser rejects the schema rejects too.
 */
describe('policy JSON Schema (schemas/costlens-policy.schema.json)', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);

  it('accepts the fixtures, which also parse without problems', () => {
    for (const f of fs.readdirSync(FIXTURES)) {
      const text = fs.readFileSync(path.join(FIXTURES, f), 'utf8');
      assert.ok(validate(parse(text)), `${f}: ${JSON.stringify(validate.errors)}`);
      const p = parsePolicy(text, f);
      assert.deepStrictEqual(p.problems, [], f);
      assert.ok(p.rules.length > 0, f);
    }
  });

  it('rejects what the parser rejects', () => {
    const bad = [
      'policies:\n  - { rule: budget, scope: planet, limit: 1 }',
      'policies:\n  - { rule: budget, scope: workspace }',
      'policies:\n  - { rule: budget, scope: workspace, limit: -5 }',
      'policies:\n  - { rule: budget, scope: workspace, limit: 1, limt: 2 }',
      'policies:\n  - { rule: max-gpu }',
      'policies:\n  - { rule: forbidden-instance, patterns: [] }',
      'policies:\n  - { rule: require-usage, severity: fatal }',
      'policies:\n  - { rule: teleport }',
      'policies:\n  - 42',
    ];
    for (const text of bad) {
      assert.ok(!validate(parse(text)), `schema accepted: ${text}`);
      assert.ok(parsePolicy(text, 'x.yml').problems.length > 0, `parser accepted: ${text}`);
    }
  });
});
