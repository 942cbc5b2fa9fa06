import * as assert from 'assert';
import { priceResource, tieredCost, type PricingEnv } from '../../../server/src/pricing/engine';
import { unknown } from '../../../server/src/model/value';
import { fixtureSnapshot, tfResource } from '../../helpers/fixtures';

// Expected figures are worked out by hand from the frozen fixture snapshot, whose rows are copied from
// shared/pricing-sources: m5.large us-east-1 = 0.096 USD/h (karpenter-aws, 2026-07-20);
// m5.large eu-west-1 = 0.107 (ec2shop eu-west-1, 2025-04-04); EBS us-east-1 gp2 0.10, gp3 0.08 USD/GB-month,
// gp3 IOPS 0.005 USD/IOPS-month, gp3 throughput 40.96 USD/GiBps-month (ec2shop ebs.json, 2024-07-18).
const env = (): PricingEnv => ({ snapshot: fixtureSnapshot(), defaultRegions: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } });

describe('pricing engine', () => {
  it('prices an m5.large with its default root volume', () => {
    const c = priceResource(tfResource('aws_instance', 'web', { instance_type: 'm5.large' }), env());
    assert.strictEqual(c.status, 'priced');
    const [inst, root] = c.components;
    assert.strictEqual(inst.unitPrice, 0.096);
    assert.strictEqual(inst.monthlyQuantity, 730);
    assert.ok(Math.abs((inst.monthlyCost ?? 0) - 70.08) < 1e-9); // 730 × 0.096
    assert.strictEqual(root.monthlyQuantity, 8); // AMI default, recorded as an assumption
    assert.ok(Math.abs((root.monthlyCost ?? 0) - 0.8) < 1e-9); // 8 × 0.10
    assert.ok(Math.abs((c.monthlyCost ?? 0) - 70.88) < 1e-9);
    assert.ok(c.assumptions.some((a) => a.label === 'root_block_device.0.volume_size' && a.source === 'default'));
    assert.ok(c.assumptions.some((a) => a.label === 'instance_type' && a.value === 'm5.large' && a.source === 'attribute'));
    assert.strictEqual(c.priceDate, '2024-07-18'); // oldest table used: EBS
  });

  it('prices gp3 root volumes with IOPS and throughput above the included baseline', () => {
    const c = priceResource(
      tfResource('aws_instance', 'db', {
        instance_type: 'm5.large',
        root_block_device: [{ volume_type: 'gp3', volume_size: 100, iops: 4000, throughput: 250 }],
      }),
      env(),
    );
    const byName = Object.fromEntries(c.components.map((k) => [k.name, k.monthlyCost]));
    assert.ok(Math.abs((byName['Root volume storage (gp3)'] ?? 0) - 8) < 1e-9); // 100 × 0.08
    assert.ok(Math.abs((byName['Root volume provisioned IOPS above 3,000 (gp3)'] ?? 0) - 5) < 1e-9); // 1000 × 0.005
    assert.ok(Math.abs((byName['Root volume throughput above 125 MiB/s (gp3)'] ?? 0) - 5) < 1e-9); // 125 × 40.96/1024
  });

  it('uses the nearest region in the snapshot and says so, never silently', () => {
    const c = priceResource(tfResource('aws_instance', 'web', { instance_type: 'm5.large' }, { region: 'eu-west-3' }), env());
    const inst = c.components[0];
    assert.deepStrictEqual(inst.approximateRegion, { used: 'eu-west-1', wanted: 'eu-west-3' });
    assert.strictEqual(inst.unitPrice, 0.107);
  });

  it('reports an unknown instance type as price unknown with the reason', () => {
    const c = priceResource(tfResource('aws_instance', 'web', { instance_type: unknown('var.size has no value') }), env());
    assert.strictEqual(c.status, 'unknown');
    assert.strictEqual(c.monthlyCost, null);
    assert.match(c.reason ?? '', /var\.size has no value/);
  });

  it('reports an instance type missing from the snapshot', () => {
    const c = priceResource(tfResource('aws_instance', 'web', { instance_type: 'm5.gigantic' }), env());
    assert.strictEqual(c.status, 'unknown');
    assert.match(c.reason ?? '', /m5\.gigantic/);
  });

  it('marks GPU instances with their accelerator count', () => {
    const c = priceResource(tfResource('aws_instance', 'train', { instance_type: 'p4d.24xlarge' }), env());
    assert.deepStrictEqual(c.gpu, { count: 8 });
  });

  it('says unsupported for unknown types and free for free ones', () => {
    assert.strictEqual(priceResource(tfResource('aws_made_up_thing', 'x', {}), env()).status, 'unsupported');
    const free = priceResource(tfResource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' }), env());
    assert.strictEqual(free.status, 'free');
    assert.strictEqual(free.monthlyCost, 0);
  });

  it('prices across tiers whose boundaries come from the data', () => {
    const tiers = [
      { start: 0, price: 0.023 },
      { start: 51200, price: 0.022 },
      { start: 512000, price: 0.021 },
    ];
    assert.ok(Math.abs(tieredCost(100, tiers) - 2.3) < 1e-9);
    assert.ok(Math.abs(tieredCost(60000, tiers) - (51200 * 0.023 + 8800 * 0.022)) < 1e-9);
    assert.strictEqual(tieredCost(0, tiers), 0);
  });
});
