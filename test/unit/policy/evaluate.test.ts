import * as assert from 'assert';
import { evaluatePolicy, type IncreaseInput } from '../../../server/src/policy/evaluate';
import { parsePolicy } from '../../../server/src/policy/parse';
import type { PolicyRule } from '../../../server/src/policy/types';
import { tfResource } from '../../helpers/fixtures';
import { at, cost, price } from './costs';

const ROOT = '/ws';
const rules = (yaml: string): PolicyRule[] => {
  const p = parsePolicy('policies:\n' + yaml, '/ws/.costlens.yml');
  assert.deepStrictEqual(p.problems, []);
  return [...p.rules];
};
const run = (costs: Parameters<typeof evaluatePolicy>[0], yaml: string, diff?: IncreaseInput) =>
  evaluatePolicy(costs, rules(yaml), { workspaceRoot: ROOT, diff });

describe('policy rules', () => {
  describe('budget', () => {
    it('workspace: the sum of known monthly costs, anchored on the largest contributor', () => {
      const costs = [
        cost('aws_instance', 'a', 100),
        cost('aws_instance', 'b', 250, {}, at('/ws/b.tf', 7)),
        cost('aws_instance', 'c', null),
      ];
      // 100 + 250 (+ unknown as 0) = 350 > 300.
      const r = run(costs, '  - { rule: budget, scope: workspace, limit: 300, message: Team budget }');
      assert.strictEqual(r.violations.length, 1);
      const v = r.violations[0];
      assert.strictEqual(v.actual, 350);
      assert.strictEqual(v.limit, 300);
      assert.strictEqual(v.file, '/ws/b.tf');
      assert.strictEqual(v.range.start.line, 7);
      assert.strictEqual(v.severity, 'error');
      assert.match(
        v.message,
        /^Team budget: The workspace costs \$350\.00\/mo, over the budget of \$300\.00\/mo \(largest: aws_instance\.b/,
      );
      assert.strictEqual(
        run(costs, '  - { rule: budget, scope: workspace, limit: 350 }').violations.length,
        0,
        'at the limit is within budget',
      );
    });

    it('file: each matching file on its own, reported on line 1 of the file', () => {
      const costs = [
        cost('aws_instance', 'a', 100, {}, at('/ws/a.tf', 3)),
        cost('aws_instance', 'b', 50, {}, at('/ws/a.tf', 9)),
        cost('aws_instance', 'c', 20, {}, at('/ws/b.tf', 0)),
      ];
      // a.tf: 100 + 50 = 150 > 100; b.tf: 20.
      const r = run(costs, '  - { rule: budget, scope: file, limit: 100 }');
      assert.deepStrictEqual(
        r.violations.map((v) => [v.file, v.range.start.line, v.actual]),
        [['/ws/a.tf', 0, 150]],
      );
      assert.match(r.violations[0].message, /File a\.tf costs \$150\.00\/mo/);
      assert.strictEqual(
        run(costs, '  - { rule: budget, scope: file, match: "b*.tf", limit: 100 }').violations.length,
        0,
      );
    });

    it('directory: everything below each matching directory', () => {
      const costs = [
        cost('aws_instance', 'p', 300, {}, at('/ws/envs/prod/main.tf', 1)),
        cost('aws_instance', 'd', 50, {}, at('/ws/envs/dev/main.tf', 1)),
        cost('aws_instance', 'g', 500, {}, at('/ws/global/main.tf', 1)),
      ];
      const r = run(costs, '  - { rule: budget, scope: directory, match: "envs/*", limit: 100 }');
      assert.deepStrictEqual(
        r.violations.map((v) => [v.address, v.actual]),
        [['aws_instance.p', 300]],
      );
      assert.match(r.violations[0].message, /Directory envs\/prod costs \$300\.00\/mo/);
      // Without match every directory counts: . = 850, envs = 350, envs/prod = 300, envs/dev = 50, global = 500.
      const all = run(costs, '  - { rule: budget, scope: directory, limit: 400 }');
      assert.deepStrictEqual(all.violations.map((v) => v.actual).sort(), [500, 850]);
    });

    it('resource type and address pattern: the sum over matching resources', () => {
      const costs = [
        cost('aws_instance', 'a', 100),
        cost('aws_instance', 'b', 100, {}, { address: 'module.app.aws_instance.b' }),
        cost('aws_instance', 'c', 100, {}, { address: 'module.app.aws_instance.c' }),
        cost('aws_nat_gateway', 'n', 32.85),
      ];
      // aws_instance: 3 × 100 = 300 > 200; aws_nat_gateway 32.85 ≤ 200.
      const t = run(costs, '  - { rule: budget, scope: resource-type, match: "aws_*", limit: 200 }');
      assert.deepStrictEqual(
        t.violations.map((v) => [v.message.slice(0, 26), v.actual]),
        [['Resource type aws_instance', 300]],
      );
      // module.app.*: 100 + 100 = 200 > 150.
      const a = run(
        costs,
        '  - { rule: budget, scope: address, match: "module.app.*", limit: 150, severity: warning }',
      );
      assert.strictEqual(a.violations.length, 1);
      assert.strictEqual(a.violations[0].actual, 200);
      assert.strictEqual(a.violations[0].severity, 'warning');
    });
  });

  describe('forbidden-instance', () => {
    it('matches the instance type attribute and underlines it', () => {
      const attrRange = { start: { line: 4, character: 18 }, end: { line: 4, character: 32 } };
      const gpu = tfResource(
        'aws_instance',
        'train',
        { instance_type: 'p4d.24xlarge' },
        { attributeRanges: { instance_type: attrRange } },
      );
      const web = tfResource('aws_instance', 'web', { instance_type: 'm5.large' });
      const r = run(
        [price(gpu), price(web)],
        '  - { rule: forbidden-instance, patterns: ["p4d.*", "*.metal"], message: No training boxes }',
      );
      assert.strictEqual(r.violations.length, 1);
      assert.deepStrictEqual(r.violations[0].range, attrRange);
      assert.strictEqual(
        r.violations[0].message,
        'No training boxes: aws_instance.train uses p4d.24xlarge (instance_type), which matches the forbidden pattern p4d.*',
      );
    });

    it('reads nested, list-valued and cluster-assumed instance types', () => {
      const gke = cost(
        'google_container_node_pool',
        'gpu',
        10,
        {},
        { attributes: { node_config: [{ machine_type: 'a2-megagpu-16g' }] } },
      );
      const eks = cost(
        'aws_eks_node_group',
        'ng',
        10,
        {},
        { attributes: { instance_types: ['m5.large', 'm5.metal'] } },
      );
      const rds = cost('aws_db_instance', 'db', 10, {}, { attributes: { instance_class: 'db.r5.metal' } });
      const k8s = cost(
        'Deployment',
        'web',
        10,
        {},
        { dialect: 'kubernetes', address: 'Deployment/default/web', meta: { nodeType: 'x2iedn.metal' } },
      );
      const r = run([gke, eks, rds, k8s], '  - { rule: forbidden-instance, patterns: ["*.metal", "a2-mega*"] }');
      assert.deepStrictEqual(
        r.violations.map((v) => v.address),
        ['google_container_node_pool.gpu', 'aws_eks_node_group.ng', 'aws_db_instance.db', 'Deployment/default/web'],
      );
      assert.match(r.violations[3].message, /x2iedn\.metal \(nodeType \(cluster assumption\)\)/);
    });
  });

  describe('max-gpu', () => {
    it('caps accelerators per resource and in total (counts from the snapshot specs)', () => {
      // Fixture ec2-specs: p4d.24xlarge has 8 GPUs, g5.xlarge 1.
      const p4d = price(tfResource('aws_instance', 'train', { instance_type: 'p4d.24xlarge' }));
      const g5 = price(tfResource('aws_instance', 'infer', { instance_type: 'g5.xlarge' }));
      const m5 = price(tfResource('aws_instance', 'web', { instance_type: 'm5.large' }));
      assert.strictEqual(p4d.gpu?.count, 8);
      const r = run([p4d, g5, m5], '  - { rule: max-gpu, perResource: 4, total: 8 }');
      assert.deepStrictEqual(
        r.violations.map((v) => [v.address, v.actual, v.limit]),
        [
          ['aws_instance.train', 8, 4],
          ['aws_instance.train', 9, 8],
        ],
      );
      assert.strictEqual(run([p4d, g5, m5], '  - { rule: max-gpu, total: 9 }').violations.length, 0);
    });

    it('leaves TPU chips out of a GPU cap (they carry their own marker)', () => {
      // v5litepod-16 = 16 v5e chips; the T4 pool node has 1 GPU.
      const tpu = price(
        tfResource('google_tpu_v2_vm', 'trainer', { accelerator_type: 'v5litepod-16', zone: 'us-central1-a' }),
      );
      const g5 = price(tfResource('aws_instance', 'infer', { instance_type: 'g5.xlarge' }));
      assert.deepStrictEqual([tpu.gpu?.count, tpu.gpu?.kind], [16, 'TPU']);
      assert.strictEqual(tpu.status, 'unknown');
      const r = run([tpu, g5], '  - { rule: max-gpu, perResource: 4, total: 1 }');
      assert.deepStrictEqual(r.violations, []);
      assert.strictEqual(run([tpu, g5], '  - { rule: max-gpu, total: 0 }').violations[0]?.actual, 1);
    });
  });

  describe('usage-based resources', () => {
    const fn = tfResource('aws_lambda_function', 'api', { memory_size: 512 });
    const usage = (requests: number, ms: number) => ({
      resourceUsage: { 'aws_lambda_function.api': { monthly_requests: requests, request_duration_ms: ms } },
      typeDefaults: {},
      source: 'test',
    });

    it('require-usage flags a usage-based resource without usage figures', () => {
      const r = run([price(fn)], '  - { rule: require-usage, severity: warning }');
      assert.strictEqual(r.violations.length, 1);
      assert.match(
        r.violations[0].message,
        /aws_lambda_function\.api is usage-based and the usage file has no figures for requests, duration \(x86_64\)/,
      );
      assert.strictEqual(run([price(fn, usage(1e6, 100))], '  - { rule: require-usage }').violations.length, 0);
    });

    it('max-cost-per-million-requests from the Lambda components', () => {
      // 1M requests × $0.20 = 0.20; 1M × 0.1 s × 0.5 GB = 50,000 GB-s × $0.0000166667 = 0.833335 → $1.033335 per 1M.
      const c = price(fn, usage(1e6, 100));
      const r = run([c], '  - { rule: max-cost-per-million-requests, limit: 1 }');
      assert.strictEqual(r.violations.length, 1);
      assert.ok(Math.abs((r.violations[0].actual ?? 0) - 1.033335) < 1e-9, String(r.violations[0].actual));
      assert.match(r.violations[0].message, /costs \$1\.03 per 1M requests, over the limit of \$1\.00/);
      assert.strictEqual(run([c], '  - { rule: max-cost-per-million-requests, limit: 1.04 }').violations.length, 0);
      // The figure does not depend on volume (same tier): 3M requests at 100 ms → still $1.033335 per 1M.
      const r3 = run([price(fn, usage(3e6, 100))], '  - { rule: max-cost-per-million-requests, limit: 1 }');
      assert.ok(Math.abs((r3.violations[0].actual ?? 0) - 1.033335) < 1e-9);
    });

    it('max-cost-per-million-requests without usage is a note, not a guess', () => {
      const r = run([price(fn)], '  - { rule: max-cost-per-million-requests, limit: 1 }');
      assert.strictEqual(r.violations.length, 0);
      assert.strictEqual(r.notes.length, 1);
      assert.match(r.notes[0].message, /not computable: no monthly_requests in the usage file/);
    });
  });

  describe('max-increase', () => {
    const web = tfResource('aws_instance', 'web', {}, at('/ws/main.tf', 9));
    const gpu = tfResource('aws_instance', 'gpu', {}, at('/ws/main.tf', 24));
    const diff: IncreaseInput = {
      delta: 70.08 + 734.38 - 20,
      changes: [
        { address: 'aws_instance.gpu', delta: 734.38, resource: gpu },
        { address: 'aws_instance.web', delta: 70.08, resource: web },
        { address: 'aws_instance.old', delta: -20, resource: web },
      ],
    };

    it('caps the total increase, anchored on the largest increase', () => {
      // 70.08 + 734.38 − 20 = 784.46 > 500.
      const r = run([], '  - { rule: max-increase, limit: 500 }', diff);
      assert.strictEqual(r.violations.length, 1);
      assert.ok(Math.abs((r.violations[0].actual ?? 0) - 784.46) < 1e-9);
      assert.strictEqual(r.violations[0].address, 'aws_instance.gpu');
      assert.strictEqual(r.violations[0].range.start.line, 24);
      assert.match(
        r.violations[0].message,
        /This change adds \$784\.46\/mo in total, over the allowed increase of \$500\.00\/mo/,
      );
      assert.strictEqual(run([], '  - { rule: max-increase, limit: 800 }', diff).violations.length, 0);
    });

    it('caps each resource with scope: resource', () => {
      const r = run([], '  - { rule: max-increase, scope: resource, limit: 50 }', diff);
      assert.deepStrictEqual(
        r.violations.map((v) => v.address),
        ['aws_instance.gpu', 'aws_instance.web'],
      );
    });

    it('without a base it is not checked and says so', () => {
      const r = run([cost('aws_instance', 'a', 1)], '  - { rule: max-increase, limit: 1 }');
      assert.strictEqual(r.violations.length, 0);
      assert.match(r.notes[0].message, /needs a base/);
    });
  });
});
