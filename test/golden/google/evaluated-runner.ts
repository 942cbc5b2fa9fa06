import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeTerraformModule } from '../../../server/src/formats/terraform';
import type { Cloud } from '../../../server/src/model/resource';
import type { CostStatus, ResourceCost } from '../../../server/src/pricing/cost';
import { priceResource } from '../../../server/src/pricing/engine';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { diskFs } from '../../../server/src/workspace/disk-fs';
import { assertMatches, FIXTURE_SNAPSHOT, loadUsage, toExpected, type Expected } from '../golden-runner';

/**
 * Golden tests for the Google and Azure families, run end to end: each folder's main.tf goes through the
 * real Terraform evaluator (`analyzeTerraformModule`), then `priceResource` against the frozen test
 * snapshot, and the result is compared with the hand-checked expected.json (SOURCE.md has the arithmetic
 * and where each price comes from). `UPDATE_GOLDEN=1` rewrites expected.json for review, as for AWS.
 */

const DEFAULT_REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

export function priceModule(dir: string, snapshot: Snapshot): ResourceCost[] {
  const { resources } = analyzeTerraformModule(dir, diskFs, { defaultRegions: DEFAULT_REGIONS });
  const usage = loadUsage(dir);
  return resources.map((r) => priceResource(r, { snapshot, defaultRegions: DEFAULT_REGIONS, usage }));
}

/** Registers one mocha test per folder under `root` that has a main.tf and an expected.json. */
export function evaluatedGoldenSuite(root: string): void {
  const snapshot = Snapshot.load(FIXTURE_SNAPSHOT);
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory() || !fs.existsSync(path.join(dir, 'main.tf'))) continue;
    it(name, () => {
      assert.ok(
        fs.existsSync(path.join(dir, 'expected.json')) || process.env.UPDATE_GOLDEN === '1',
        `${name}/expected.json is missing`,
      );
      const costs = priceModule(dir, snapshot);
      const file = path.join(dir, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.writeFileSync(file, JSON.stringify(toExpected(costs), null, 2) + '\n');
        return;
      }
      assertMatches(costs, JSON.parse(fs.readFileSync(file, 'utf8')) as Expected);
    });
  }
}

/** Pins coverage of an example module: the status of every resource it declares. */
export function checkCoverage(dir: string, expected: Readonly<Record<string, CostStatus>>): void {
  const costs = priceModule(dir, Snapshot.load(FIXTURE_SNAPSHOT));
  const actual = Object.fromEntries(costs.map((c) => [c.resource.address, c.status]));
  assert.deepStrictEqual(actual, expected);
}
