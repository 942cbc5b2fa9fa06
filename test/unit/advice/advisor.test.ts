import * as assert from 'assert';
import { suggest, looksNonProduction } from '../../../server/src/advice/advisor';
import { editFor } from '../../../server/src/advice/text-edit';
import { priceResource, type PricingEnv } from '../../../server/src/pricing/engine';
import { fixtureSnapshot, tfResource } from '../../helpers/fixtures';

// Savings by hand from the frozen fixture snapshot (karpenter-aws us-east-1, 2026-07-20; ec2shop EBS 2024-07-18):
// m5.large 0.096 → m7g.large 0.0816: (0.096 − 0.0816) × 730 = 10.512 per instance.
// t2.micro 0.0116 → t3.micro 0.0104: 0.0012 × 730 = 0.876.   gp2 → gp3 on 8 GB: 8 × (0.10 − 0.08) = 0.16.
const env = (): PricingEnv => ({ snapshot: fixtureSnapshot(), defaultRegions: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } });

describe('advice', () => {
  it('offers Graviton with the saving and the judgement in the title, summed over instances', () => {
    const costs = [0, 1, 2].map((i) =>
      priceResource(tfResource('aws_instance', 'web', { instance_type: 'm5.large' }, { address: `aws_instance.web[${i}]`, declaration: 'aws_instance.web' }), env()),
    );
    const g = suggest(costs, env()).find((s) => s.ruleId === 'graviton');
    assert.ok(g);
    assert.strictEqual(g.next, 'm7g.large');
    assert.ok(Math.abs(g.monthlySaving - 3 * 10.512) < 1e-9);
    assert.strictEqual(g.title, 'Switch to m7g.large (Graviton) — saves $31.54/mo (if the workload supports ARM)');
  });

  it('offers the newer generation only when it is cheaper', () => {
    const t2 = suggest([priceResource(tfResource('aws_instance', 'a', { instance_type: 't2.micro' }), env())], env());
    const gen = t2.find((s) => s.ruleId === 'newer-generation');
    assert.strictEqual(gen?.next, 't3.micro');
    assert.ok(Math.abs((gen?.monthlySaving ?? 0) - 0.876) < 1e-9);
    // m5.large → m6i.large costs the same (0.096) and m7i.large more (0.1008): nothing to offer.
    const m5 = suggest([priceResource(tfResource('aws_instance', 'b', { instance_type: 'm5.large' }), env())], env());
    assert.ok(!m5.some((s) => s.ruleId === 'newer-generation'));
  });

  it('never offers an alternative priced in another region', () => {
    const c = priceResource(tfResource('aws_instance', 'eu', { instance_type: 'm5.large' }, { region: 'eu-west-3' }), env());
    assert.deepStrictEqual(suggest([c], env()), []);
  });

  it('offers gp2 → gp3 for a root volume', () => {
    const c = priceResource(tfResource('aws_instance', 'a', { instance_type: 'm5.large', root_block_device: [{ volume_type: 'gp2' }] }), env());
    const s = suggest([c], env()).find((x) => x.ruleId === 'gp2-to-gp3');
    assert.ok(s);
    assert.ok(Math.abs(s.monthlySaving - 0.16) < 1e-9);
  });

  it('recognises non-production resources by name and tags', () => {
    assert.ok(looksNonProduction(tfResource('aws_db_instance', 'staging_db', {})));
    assert.ok(looksNonProduction(tfResource('aws_db_instance', 'main', { tags: { Environment: 'dev' } })));
    assert.ok(!looksNonProduction(tfResource('aws_db_instance', 'main', { tags: { Environment: 'production' } })));
    assert.ok(!looksNonProduction(tfResource('aws_db_instance', 'devices', {})));
  });
});

describe('advice text edits', () => {
  const text = 'resource "aws_instance" "web" {\n  instance_type = "m5.large"\n  size = var.size\n}\n';
  const r = tfResource('aws_instance', 'web', { instance_type: 'm5.large' }, {
    headerRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 31 } },
    attributeRanges: {
      instance_type: { start: { line: 1, character: 2 }, end: { line: 1, character: 28 } },
      size: { start: { line: 2, character: 2 }, end: { line: 2, character: 17 } },
    },
  });
  const base = { ruleId: 'x', title: '', monthlySaving: 1, newMonthlyCost: 1 };

  it('replaces exactly the literal, keeping its quotes', () => {
    const e = editFor(text, r, { ...base, path: 'instance_type', current: 'm5.large', next: 'm7g.large', adds: false });
    assert.deepStrictEqual(e, { range: { start: { line: 1, character: 18 }, end: { line: 1, character: 28 } }, newText: '"m7g.large"' });
  });

  it('refuses to rewrite an expression', () => {
    assert.strictEqual(editFor(text, r, { ...base, path: 'size', current: 'm5.large', next: 'x', adds: false }), undefined);
  });

  it('adds a missing attribute after the block header, indented', () => {
    const e = editFor(text, r, { ...base, path: 'architectures.0', current: 'x86_64', next: 'arm64', adds: true });
    assert.deepStrictEqual(e, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '  architectures = ["arm64"]\n' });
  });
});

describe('advice through the Terraform evaluator', () => {
  // In-memory module; evaluated as the editor would, priced against the frozen fixture snapshot.
  const { analyzeTerraformModule } = require('../../../server/src/formats/terraform') as typeof import('../../../server/src/formats/terraform');
  const { overlayFs } = require('../../../server/src/workspace/disk-fs') as typeof import('../../../server/src/workspace/disk-fs');
  const { groupByDeclaration } = require('../../../server/src/features/group') as typeof import('../../../server/src/features/group');
  const none = { readFile: () => undefined, listDir: () => [], isDirectory: (p: string) => p === '/m' };
  const priced = (text: string) => {
    const r = analyzeTerraformModule('/m', overlayFs(new Map([['/m/main.tf', text]]), none), { defaultRegions: env().defaultRegions });
    return groupByDeclaration(r.resources.map((x) => priceResource(x, env())));
  };

  it('suggests one NAT gateway for a non-production VPC and edits the count expression', () => {
    const text = 'variable "azs" {\n  default = ["a", "b", "c"]\n}\n\nresource "aws_nat_gateway" "dev" {\n  count         = length(var.azs)\n  allocation_id = "eipalloc-1"\n}\n';
    const [group] = priced(text).filter((g) => g[0].resource.type === 'aws_nat_gateway');
    const s = suggest(group, env()).find((x) => x.ruleId === 'one-nat-non-prod');
    // aws/nat-gateway us-east-1 hours 0.045 USD/h (infracost golden, 2024-07-01): 2 dropped × 0.045 × 730 = 65.70.
    assert.ok(s);
    assert.strictEqual(s.title, 'Use one NAT gateway instead of 3 (non-production) — saves $65.70/mo');
    const e = editFor(text, group[0].resource, s);
    assert.deepStrictEqual(e, { range: { start: { line: 5, character: 18 }, end: { line: 5, character: 33 } }, newText: '1' });
  });

  it('does not suggest it for production', () => {
    const text = 'resource "aws_nat_gateway" "main" {\n  count = 3\n}\n';
    const [group] = priced(text);
    assert.ok(!suggest(group, env()).some((x) => x.ruleId === 'one-nat-non-prod'));
  });

  it('suggests Spot VMs for a GKE node pool and adds the attribute to node_config', () => {
    const text = 'resource "google_container_node_pool" "web" {\n  location   = "us-central1-a"\n  node_count = 3\n\n  node_config {\n    machine_type = "e2-standard-4"\n  }\n}\n';
    const [group] = priced(text);
    const s = suggest(group, env()).find((x) => x.ruleId === 'gke-spot-nodes');
    // google/compute us-central1 e2-standard-4 on-demand 0.13402284, spot 0.080424 (Cyclenerd pricing.yml 2026-07-30):
    // 3 nodes × 730 h × (0.13402284 − 0.080424) = 117.3814596 (boot disks unchanged).
    assert.ok(s, JSON.stringify(suggest(group, env()).map((x) => x.title)));
    assert.ok(Math.abs(s.monthlySaving - 117.3814596) < 1e-6, String(s.monthlySaving));
    const e = editFor(text, group[0].resource, s);
    assert.deepStrictEqual(e, { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '    spot = true\n' });
  });
});
