import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO } from '../helpers/fixtures';
import { GitRepo, instance, PROVIDER, runCli } from '../unit/policy/git-repo';

const SCHEMA = JSON.parse(
  fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
);

describe('costlens check --format sarif', function () {
  this.timeout(30000);
  let repo: GitRepo;
  before(() => {
    repo = new GitRepo();
    repo.write('main.tf', PROVIDER + instance('web', 'm5.large') + instance('train', 'p4d.24xlarge'));
    repo.write(
      '.costlens.yml',
      [
        'policies:',
        '  - { id: no-p4d, rule: forbidden-instance, patterns: ["p4d.*"], message: No p4d }',
        '  - { rule: budget, scope: file, limit: 100, severity: warning }',
        '  - { rule: max-gpu, perResource: 4, severity: info }',
        '  - { rule: budget, scope: sideways, limit: 1 }',
      ].join('\n'),
    );
    repo.commit('base');
  });
  after(() => repo.dispose());

  it('is valid SARIF 2.1.0 (OASIS schema) with one result per violation and per broken rule', () => {
    const r = runCli(repo.dir, 'check', '--format', 'sarif');
    assert.strictEqual(r.status, 2, r.stderr);
    const log: any = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 2));

    const run = log.runs[0];
    assert.strictEqual(run.tool.driver.name, 'costlens');
    assert.deepStrictEqual(
      run.tool.driver.rules.map((x: any) => x.id),
      ['no-p4d', 'budget-2', 'max-gpu-3', 'policy-file'],
    );
    const byRule = (id: string) => run.results.filter((x: any) => x.ruleId === id);
    assert.strictEqual(byRule('no-p4d')[0].level, 'error');
    assert.strictEqual(byRule('no-p4d')[0].locations[0].physicalLocation.artifactLocation.uri, 'main.tf');
    assert.ok(
      byRule('no-p4d')[0].locations[0].physicalLocation.region.startLine > 1,
      'on the instance_type line, 1-based',
    );
    assert.strictEqual(byRule('budget-2')[0].level, 'warning');
    assert.strictEqual(
      byRule('budget-2')[0].locations[0].physicalLocation.region.startLine,
      1,
      'file budgets sit on line 1',
    );
    assert.strictEqual(byRule('max-gpu-3')[0].level, 'note');
    assert.strictEqual(byRule('policy-file')[0].locations[0].physicalLocation.artifactLocation.uri, '.costlens.yml');
    for (const res of run.results) assert.strictEqual(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
  });

  it('the schema check is not vacuous: a broken log fails it', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    assert.ok(
      !validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] }),
    );
  });
});
