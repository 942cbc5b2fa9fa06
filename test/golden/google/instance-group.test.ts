import * as assert from 'assert';
import type { Resource } from '../../../server/src/model/resource';
import { priceResource } from '../../../server/src/pricing/engine';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { tfResource } from '../../helpers/fixtures';
import { assertMatches, FIXTURE_SNAPSHOT, type Expected } from '../golden-runner';

/**
 * Instance group managers read their instance template through `meta.references`. The folder golden
 * `instance_group/` covers the evaluator's path; this test pins the family's contract on a hand-built Resource
 * (and the unresolved case). Figures are checked by hand like the folder goldens.
 *
 * Prices (us-central1, Cyclenerd pricing.yml 2026-07-30): e2-standard-4 0.13402284 per hour on demand,
 * 0.080424 spot; pd-balanced 0.1 per GB-month.
 *   web: 4 × 730 = 2,920 h × 0.13402284 = 391.3466928; boot disk 20 GB × 4 = 80 GB × 0.1 = 8. Total 399.3466928.
 *   batch (spot template, regional group of 6): 4,380 h × 0.080424 = 352.25712; 10 GB × 6 = 60 GB × 0.1 = 6.
 */
const template = (scheduling: Record<string, unknown>[]) => ({
  type: 'google_compute_instance_template',
  address: 'google_compute_instance_template.t',
  attributes: {
    machine_type: 'e2-standard-4',
    disk: [
      {
        source_image: 'debian-cloud/debian-12',
        disk_type: 'pd-balanced',
        disk_size_gb: scheduling.length ? 10 : 20,
        boot: true,
      },
    ],
    scheduling,
  },
});

function group(type: string, name: string, size: number, spot: boolean): Resource {
  const tmpl = template(spot ? [{ provisioning_model: 'SPOT', preemptible: true }] : []);
  return tfResource(
    type,
    name,
    { target_size: size, version: [{ instance_template: 'google_compute_instance_template.t.id' }] },
    {
      region: 'us-central1',
      meta: { references: { 'version.0.instance_template': tmpl as never } },
    },
  );
}

describe('golden: Google instance group managers', () => {
  const env = {
    snapshot: Snapshot.load(FIXTURE_SNAPSHOT),
    defaultRegions: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const,
  };

  it('prices target_size instances of the referenced template', () => {
    const costs = [
      priceResource(group('google_compute_instance_group_manager', 'web', 4, false), env),
      priceResource(group('google_compute_region_instance_group_manager', 'batch', 6, true), env),
    ];
    const expected: Expected = {
      resources: {
        'google_compute_instance_group_manager.web': {
          status: 'priced',
          monthlyCost: 399.3466928,
          components: [
            {
              name: 'Instance usage (Linux, on-demand, e2-standard-4)',
              monthlyQuantity: 2920,
              unitPrice: 0.13402284,
              monthlyCost: 391.3466928,
            },
            { name: 'Boot disk (pd-balanced)', monthlyQuantity: 80, unitPrice: 0.1, monthlyCost: 8 },
          ],
        },
        'google_compute_region_instance_group_manager.batch': {
          status: 'priced',
          monthlyCost: 358.25712,
          components: [
            {
              name: 'Instance usage (Linux, spot, e2-standard-4)',
              monthlyQuantity: 4380,
              unitPrice: 0.080424,
              monthlyCost: 352.25712,
            },
            { name: 'Boot disk (pd-balanced)', monthlyQuantity: 60, unitPrice: 0.1, monthlyCost: 6 },
          ],
        },
      },
    };
    assertMatches(costs, expected);
  });

  it('says why when the template cannot be resolved', () => {
    const r = tfResource(
      'google_compute_instance_group_manager',
      'orphan',
      { target_size: 2 },
      { region: 'us-central1' },
    );
    const cost = priceResource(r, env);
    assert.strictEqual(cost.status, 'unknown');
    assert.match(cost.reason ?? '', /instance template could not be resolved/);
  });
});
