import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { assertMatches, FIXTURE_SNAPSHOT, REPO, type Expected } from '../golden-runner';
import { priceModule } from '../google/evaluated-runner';

/**
 * The same AWS golden folders, with main.tf read by the real Terraform evaluator instead of hcl2json: the
 * Terraform resources of expected.json must come out identical. (CloudFormation entries are covered by
 * aws-golden.test.ts; folders whose families need referenced resources resolved are listed in NEEDS_REFERENCES.)
 */
const NEEDS_REFERENCES = new Set(['autoscaling_group', 'ebs_snapshot', 'ecs_service', 'eks_node_group']);

describe('golden: AWS families through the Terraform evaluator', () => {
  const root = path.join(REPO, 'test/golden/aws');
  const snapshot = Snapshot.load(FIXTURE_SNAPSHOT);
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory() || !fs.existsSync(path.join(dir, 'main.tf')) || NEEDS_REFERENCES.has(name)) continue;
    it(name, () => {
      const all = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const terraformOnly = Object.fromEntries(Object.entries(all.resources).filter(([address]) => /^[a-z]/.test(address)));
      const costs = priceModule(dir, snapshot);
      assert.ok(costs.length > 0, 'the evaluator found no resources');
      assertMatches(costs, { resources: terraformOnly });
    });
  }
});
