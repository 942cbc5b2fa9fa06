import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeCloudFormation } from '../../../server/src/formats/cloudformation';
import type { Cloud } from '../../../server/src/model/resource';
import { priceResource } from '../../../server/src/pricing/engine';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { assertMatches, FIXTURE_SNAPSHOT, loadUsage, REPO, type Expected } from '../golden-runner';

/**
 * The CloudFormation half of each AWS golden folder (template.yml), read by the real CloudFormation reader
 * instead of the runner's plain YAML walk: the logical ids of expected.json must price identically.
 * Folders whose families need a `Ref` resolved into meta.references are left to aws-golden.test.ts.
 */
const NEEDS_REFERENCES = new Set(['autoscaling_group', 'ecs_service', 'lambda_provisioned_concurrency']);
const REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

describe('golden: AWS families through the CloudFormation reader', () => {
  const root = path.join(REPO, 'test/golden/aws');
  const snapshot = Snapshot.load(FIXTURE_SNAPSHOT);
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const file = path.join(dir, 'template.yml');
    if (!fs.existsSync(file) || NEEDS_REFERENCES.has(name)) continue;
    it(name, () => {
      const all = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const logicalIds = Object.fromEntries(Object.entries(all.resources).filter(([address]) => /^[A-Z]/.test(address)));
      const { resources } = analyzeCloudFormation(file, fs.readFileSync(file, 'utf8'));
      assert.ok(resources.length > 0, 'the reader found no resources');
      const usage = loadUsage(dir);
      assertMatches(
        resources.map((r) => priceResource(r, { snapshot, defaultRegions: REGIONS, usage })),
        { resources: logicalIds },
      );
    });
  }
});
