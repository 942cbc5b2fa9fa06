import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  analyzeTerraformModule,
  type ParseCacheEntry,
  type TerraformModuleResult,
} from '../../../../server/src/formats/terraform';
import type { Range } from '../../../../server/src/model/range';
import type { Resource } from '../../../../server/src/model/resource';
import { isUnknown, type Value } from '../../../../server/src/model/value';
import { diskFs } from '../../../../server/src/workspace/disk-fs';
import { positionOf, REPO } from '../../../helpers/fixtures';

const BASIC = path.join(REPO, 'test', 'fixtures', 'terraform', 'basic');
const DEFAULTS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const;
const MAIN = path.join(BASIC, 'main.tf');
const MAIN_TEXT = fs.readFileSync(MAIN, 'utf8');

function analyze(extra: Partial<Parameters<typeof analyzeTerraformModule>[2]> = {}): TerraformModuleResult {
  return analyzeTerraformModule(BASIC, diskFs, { defaultRegions: DEFAULTS, ...extra });
}

function byAddress(r: TerraformModuleResult, address: string): Resource {
  const found = r.resources.find((x) => x.address === address);
  assert.ok(found, `${address} not in ${r.resources.map((x) => x.address).join(', ')}`);
  return found;
}

/** The range of `needle` in the text: fixtures carry their own positions, nothing is hand-counted. */
function rangeOf(text: string, needle: string, from = ''): Range {
  const base = from ? text.indexOf(from) : 0;
  const head = text.slice(0, base);
  const start = positionOf(text.slice(base), needle);
  const end = positionOf(text.slice(base), needle, needle.length);
  const lineShift = head.split('\n').length - 1;
  const col = (p: { line: number; character: number }) =>
    p.line === 0 ? p.character + head.length - head.lastIndexOf('\n') - 1 : p.character;
  return {
    start: { line: start.line + lineShift, character: col(start) },
    end: { line: end.line + lineShift, character: col(end) },
  };
}

function reason(v: Value | undefined): string {
  assert.ok(isUnknown(v), `expected Unknown, got ${JSON.stringify(v)}`);
  return v.reason;
}

describe('analyzeTerraformModule on the basic fixture (variables.tf, main.tf, terraform.tfvars, modules/app)', () => {
  const r = analyze();

  it('emits one resource per instance Terraform would create, with Terraform addresses', () => {
    assert.deepStrictEqual(
      r.resources.map((x) => x.address),
      [
        'aws_instance.web[0]',
        'aws_instance.web[1]',
        'aws_instance.worker["batch"]',
        'aws_instance.worker["queue"]',
        'aws_instance.dr',
        'aws_ebs_volume.data["cache"]',
        'aws_ebs_volume.data["logs"]',
        'aws_eip.app[0]',
        'aws_eip.app[1]',
        'module.app.aws_instance.this[0]',
        'module.app.aws_instance.this[1]',
        'module.apps_west["blue"].aws_instance.this[0]',
        'module.apps_west["green"].aws_instance.this[0]',
      ],
    );
  });

  it('evaluates locals, tfvars, lookup, merge, format and cidrsubnet into attributes', () => {
    const web1 = byAddress(r, 'aws_instance.web[1]');
    assert.strictEqual(web1.attributes.instance_type, 'm5.large');
    assert.strictEqual(web1.attributes.subnet_id, '10.0.1.0/24');
    assert.deepStrictEqual(web1.attributes.root_block_device, [{ volume_size: 50, volume_type: 'gp3' }]);
    assert.deepStrictEqual(web1.attributes.tags, { Environment: 'prod', Team: 'platform', Name: 'prod-app-web-02' });
    assert.strictEqual(web1.instanceKey, 1);
    assert.strictEqual(web1.declaration, 'aws_instance.web');
    assert.strictEqual(web1.dialect, 'terraform');
    assert.strictEqual(web1.cloud, 'aws');
    assert.strictEqual(web1.file, MAIN);
  });

  it('gives ranges for the block, its header line and each attribute path', () => {
    const web = byAddress(r, 'aws_instance.web[0]');
    const start = positionOf(MAIN_TEXT, 'resource "aws_instance" "web"');
    assert.deepStrictEqual(web.headerRange, rangeOf(MAIN_TEXT, 'resource "aws_instance" "web"'));
    assert.deepStrictEqual(web.range.start, start);
    assert.deepStrictEqual(web.range.end, positionOf(MAIN_TEXT, '}\n\nresource "aws_instance" "worker"', 1));
    assert.deepStrictEqual(web.attributeRanges.instance_type, rangeOf(MAIN_TEXT, 'instance_type = local.web_type'));
    assert.deepStrictEqual(
      web.attributeRanges['root_block_device.0.volume_size'],
      rangeOf(MAIN_TEXT, 'volume_size = local.root_size'),
    );
  });

  it('leaves data sources and unset variables Unknown, with the reason and where it came from', () => {
    const web = byAddress(r, 'aws_instance.web[0]');
    assert.match(reason(web.attributes.ami), /data\.aws_ami\.ubuntu/);
    const worker = byAddress(r, 'aws_instance.worker["batch"]');
    assert.strictEqual(reason(worker.attributes.ami), 'var.unset_ami has no value');
    assert.deepStrictEqual((worker.attributes.ami as { range?: Range }).range, rangeOf(MAIN_TEXT, 'var.unset_ami'));
  });

  it('expands for_each over a map of objects with optional() defaults, dynamic blocks and templatefile', () => {
    const batch = byAddress(r, 'aws_instance.worker["batch"]');
    const queue = byAddress(r, 'aws_instance.worker["queue"]');
    assert.strictEqual(batch.instanceKey, 'batch');
    assert.strictEqual(batch.attributes.instance_type, 'c5.2xlarge');
    assert.deepStrictEqual(batch.attributes.ebs_block_device, [{ device_name: '/dev/sdf', volume_size: 200 }]);
    assert.deepStrictEqual(queue.attributes.ebs_block_device, [{ device_name: '/dev/sdf', volume_size: 20 }]);
    assert.strictEqual(batch.attributes.user_data, '#!/bin/bash\necho "hello batch"\nmkfs /dev/disk-200\n');
    assert.deepStrictEqual(
      batch.attributeRanges['ebs_block_device.0.volume_size'],
      rangeOf(MAIN_TEXT, 'volume_size = ebs_block_device.value'),
    );
  });

  it('expands toset() for_each in key order and evaluates conditionals on each.key', () => {
    assert.strictEqual(byAddress(r, 'aws_ebs_volume.data["logs"]').attributes.size, 100);
    assert.strictEqual(byAddress(r, 'aws_ebs_volume.data["cache"]').attributes.size, 50);
    assert.strictEqual(byAddress(r, 'aws_ebs_volume.data["cache"]').attributes.availability_zone, 'us-east-1a');
  });

  it('resolves references to other resources: set attributes are known, computed ones known after apply', () => {
    const dr = byAddress(r, 'aws_instance.dr');
    assert.strictEqual(dr.attributes.instance_type, 'm5.large');
    assert.strictEqual(reason(dr.attributes.private_ip), 'aws_instance.web[0].private_ip is known after apply');
  });

  it('takes regions from the default provider, provider aliases and module providers maps', () => {
    const web = byAddress(r, 'aws_instance.web[0]');
    assert.strictEqual(web.region, 'us-east-1');
    assert.strictEqual(web.regionSource, 'provider "aws" block');
    const dr = byAddress(r, 'aws_instance.dr');
    assert.strictEqual(dr.region, 'us-west-2');
    assert.strictEqual(dr.regionSource, 'provider "aws.west" block');
    assert.strictEqual(byAddress(r, 'module.apps_west["green"].aws_instance.this[0]').region, 'us-west-2');
    assert.strictEqual(byAddress(r, 'module.app.aws_instance.this[0]').region, 'us-east-1');
  });

  it('evaluates local modules with the caller’s inputs, count and for_each', () => {
    const a = byAddress(r, 'module.app.aws_instance.this[1]');
    assert.strictEqual(a.attributes.instance_type, 'c5.xlarge');
    assert.deepStrictEqual(a.attributes.tags, { Name: 'prod-app-1' });
    assert.strictEqual(a.modulePath, 'module.app');
    assert.strictEqual(a.declaration, 'module.app.aws_instance.this');
    assert.strictEqual(a.file, path.join(BASIC, 'modules', 'app', 'main.tf'));
    const green = byAddress(r, 'module.apps_west["green"].aws_instance.this[0]');
    assert.strictEqual(green.attributes.instance_type, 't3.medium');
    assert.strictEqual(green.modulePath, 'module.apps_west["green"]');
    assert.strictEqual(green.declaration, 'module.apps_west.aws_instance.this');
  });

  it('reads module outputs, including splats of computed attributes', () => {
    const eip = byAddress(r, 'aws_eip.app[1]');
    assert.deepStrictEqual(eip.attributes.tags, { Size: 'C5.XLARGE' });
    assert.strictEqual(reason(eip.attributes.instance), 'module.app.aws_instance.this[1].id is known after apply');
  });

  it('lists module calls, marking registry modules without .terraform as not downloaded (info problem)', () => {
    assert.deepStrictEqual(
      r.moduleCalls.map((c) => [c.name, c.source, c.modulePath, c.unavailable]),
      [
        ['app', './modules/app', 'module.app', undefined],
        ['apps_west', './modules/app', 'module.apps_west', undefined],
        ['vpc', 'terraform-aws-modules/vpc/aws', 'module.vpc', 'module not downloaded'],
      ],
    );
    assert.deepStrictEqual(r.moduleCalls[2].headerRange, rangeOf(MAIN_TEXT, 'module "vpc"'));
    const p = r.problems.find((x) => x.message.includes('not downloaded'));
    assert.strictEqual(p?.severity, 'info');
    assert.deepStrictEqual(p?.range, rangeOf(MAIN_TEXT, 'module "vpc"'));
  });

  it('reports a cycle between locals as a problem on the local', () => {
    const p = r.problems.find((x) => x.message.includes('cycle'));
    assert.ok(p, r.problems.map((x) => x.message).join('\n'));
    assert.strictEqual(p.file, MAIN);
    assert.ok(
      [
        rangeOf(MAIN_TEXT, 'cycle_a       = local.cycle_b').start.line,
        rangeOf(MAIN_TEXT, 'cycle_b       = local.cycle_a').start.line,
      ].includes(p.range.start.line),
    );
  });
});

describe('analyzeTerraformModule options', () => {
  it('lets options.vars win over terraform.tfvars, converted per the declared type', () => {
    const r = analyze({ vars: { environment: 'dev', web_count: '3', enable_bastion: 'true' } });
    const webs = r.resources.filter((x) => x.declaration === 'aws_instance.web');
    assert.strictEqual(webs.length, 3);
    assert.strictEqual(webs[0].attributes.instance_type, 't3.micro');
    assert.ok(r.resources.some((x) => x.address === 'aws_instance.bastion[0]'));
  });

  it('parses complex -var values as expressions', () => {
    const r = analyze({ vars: { workers: '{ solo = { size = "m5.xlarge" } }' } });
    const workers = r.resources.filter((x) => x.declaration === 'aws_instance.worker');
    assert.deepStrictEqual(
      workers.map((x) => [x.address, x.attributes.instance_type]),
      [['aws_instance.worker["solo"]', 'm5.xlarge']],
    );
  });

  it('reports terraform.workspace and takes the region variable through the evaluator', () => {
    const r = analyze({ vars: { region: 'eu-west-1' }, workspace: 'staging' });
    assert.strictEqual(byAddress(r, 'aws_instance.web[0]').region, 'eu-west-1');
    assert.strictEqual(byAddress(r, 'aws_ebs_volume.data["logs"]').attributes.availability_zone, 'eu-west-1a');
  });

  it('reuses cached parses of unchanged files and re-parses changed text', () => {
    const cache = new Map<string, ParseCacheEntry>();
    analyze({ parseCache: cache });
    const first = cache.get(MAIN)?.result;
    assert.ok(first);
    analyze({ parseCache: cache });
    assert.strictEqual(cache.get(MAIN)?.result, first);
    const edited = MAIN_TEXT.replace('volume_type = "gp3"', 'volume_type = "io2"');
    const overlay = { ...diskFs, readFile: (p: string) => (p === MAIN ? edited : diskFs.readFile(p)) };
    const r = analyzeTerraformModule(BASIC, overlay, { defaultRegions: DEFAULTS, parseCache: cache });
    assert.notStrictEqual(cache.get(MAIN)?.result, first);
    assert.deepStrictEqual(byAddress(r, 'aws_instance.web[0]').attributes.root_block_device, [
      { volume_size: 50, volume_type: 'io2' },
    ]);
  });

  it('never throws: a failing file system becomes a problem', () => {
    const broken = {
      ...diskFs,
      listDir: (): string[] => {
        throw new Error('disk on fire');
      },
    };
    const r = analyzeTerraformModule(BASIC, broken, { defaultRegions: DEFAULTS });
    assert.deepStrictEqual(r.resources, []);
    assert.match(r.problems[0].message, /disk on fire/);
  });
});
