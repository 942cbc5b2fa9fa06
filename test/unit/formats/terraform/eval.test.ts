import * as assert from 'assert';
import { analyzeTerraformModule, type TerraformModuleResult } from '../../../../server/src/formats/terraform';
import type { Resource } from '../../../../server/src/model/resource';
import { isUnknown, type Value } from '../../../../server/src/model/value';
import { overlayFs } from '../../../../server/src/workspace/disk-fs';
import type { SourceFs } from '../../../../server/src/workspace/source-fs';

const NOTHING: SourceFs = { readFile: () => undefined, listDir: () => [], isDirectory: () => false };
const DEFAULTS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const;

/** Evaluates an in-memory module tree rooted at /ws. */
function run(files: Record<string, string>, vars?: Record<string, string>): TerraformModuleResult {
  return analyzeTerraformModule('/ws', overlayFs(new Map(Object.entries(files)), NOTHING), {
    defaultRegions: DEFAULTS,
    vars,
  });
}

function get(r: TerraformModuleResult, address: string): Resource {
  const found = r.resources.find((x) => x.address === address);
  assert.ok(
    found,
    `${address} not in [${r.resources.map((x) => x.address).join(', ')}]; problems: ${r.problems.map((p) => p.message).join('; ')}`,
  );
  return found;
}

function unknownReason(v: Value | undefined): string {
  assert.ok(isUnknown(v), `expected Unknown, got ${JSON.stringify(v)}`);
  return v.reason;
}

describe('terraform evaluator: expressions inside resources', () => {
  it('evaluates for expressions, splats, conditionals, arithmetic, heredocs and template directives', () => {
    const r = run({
      '/ws/main.tf': `
locals {
  sizes   = { small = 10, large = 100 }
  names   = [for k, v in local.sizes : upper(k) if v > 50]
  by_size = { for k, v in local.sizes : v => k }
  grouped = { for s in ["a1", "a2", "b1"] : substr(s, 0, 1) => s... }
  items   = [{ n = 1 }, { n = 2 }]
  ns      = local.items[*].n
  doc     = <<-EOT
    %{ for k in keys(local.sizes) ~}
    size \${k}
    %{ endfor ~}
  EOT
}

resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = local.sizes.large * 2 + 10 % 4 - (local.sizes["small"] / 5)
  type              = length(local.names) == 1 ? "gp3" : "gp2"
  tags = {
    names   = join(",", local.names)
    by_size = local.by_size["10"]
    grouped = join(",", local.grouped.a)
    ns      = jsonencode(local.ns)
    doc     = local.doc
    bare    = "\${local.sizes.small}"
    ws      = terraform.workspace
    root    = path.root
  }
}
`,
    });
    const v = get(r, 'aws_ebs_volume.v');
    assert.strictEqual(v.attributes.size, 200);
    assert.strictEqual(v.attributes.type, 'gp3');
    assert.deepStrictEqual(v.attributes.tags, {
      names: 'LARGE',
      by_size: 'small',
      grouped: 'a1,a2',
      ns: '[1,2]',
      doc: 'size large\nsize small\n',
      bare: 10,
      ws: 'default',
      root: '.',
    });
  });

  it('references instances by count.index and each.key across resources', () => {
    const r = run({
      '/ws/main.tf': `
resource "aws_instance" "a" {
  count         = 2
  instance_type = ["t3.micro", "t3.large"][count.index]
}
resource "aws_instance" "b" {
  count         = 2
  instance_type = aws_instance.a[count.index].instance_type
  subnet_id     = aws_instance.a[count.index].subnet_id
}
resource "aws_instance" "c" {
  for_each      = { x = "m5.large" }
  instance_type = each.value
}
resource "aws_instance" "d" {
  instance_type = aws_instance.c["x"].instance_type
  tags          = { all = join(",", aws_instance.a[*].instance_type) }
}
`,
    });
    assert.strictEqual(get(r, 'aws_instance.b[1]').attributes.instance_type, 't3.large');
    assert.strictEqual(
      unknownReason(get(r, 'aws_instance.b[1]').attributes.subnet_id),
      'aws_instance.a[1].subnet_id is known after apply',
    );
    assert.strictEqual(get(r, 'aws_instance.d').attributes.instance_type, 'm5.large');
    assert.deepStrictEqual(get(r, 'aws_instance.d').attributes.tags, { all: 't3.micro,t3.large' });
  });

  it('keeps the literal text before an unknown interpolation as the Unknown\'s prefix', () => {
    const r = run({
      '/ws/main.tf': `
resource "google_storage_bucket" "b" {
  name     = "logs-\${var.env}"
  location = "EU"
}
variable "env" { type = string }
resource "google_logging_project_sink" "s" {
  name        = "archive"
  destination = "storage.googleapis.com/\${google_storage_bucket.b.id}/\${var.env}"
}
resource "google_logging_project_sink" "t" {
  name        = "whole"
  destination = "\${var.env}"
}
`,
    });
    const s = get(r, 'google_logging_project_sink.s').attributes.destination;
    assert.ok(isUnknown(s));
    assert.strictEqual(s.prefix, 'storage.googleapis.com/');
    const t = get(r, 'google_logging_project_sink.t').attributes.destination;
    assert.ok(isUnknown(t));
    assert.strictEqual(t.prefix, undefined);
    // A nested template's prefix carries through: "logs-" is known even though env is not.
    const name = get(r, 'google_storage_bucket.b').attributes.name;
    assert.ok(isUnknown(name));
    assert.strictEqual(name.prefix, 'logs-');
  });

  it('shows one instance with an Unknown count and a warning when count cannot be known', () => {
    const r = run({
      '/ws/main.tf': `
data "aws_availability_zones" "all" {}
resource "aws_instance" "web" {
  count         = length(data.aws_availability_zones.all.names)
  instance_type = "t3.micro"
}
`,
    });
    assert.deepStrictEqual(
      r.resources.map((x) => x.address),
      ['aws_instance.web'],
    );
    const web = r.resources[0];
    assert.match(unknownReason(web.meta?.count), /count of aws_instance.web: data.aws_availability_zones.all/);
    assert.strictEqual(web.instanceKey, undefined);
    const p = r.problems.find((x) => x.message.includes('showing one instance'));
    assert.strictEqual(p?.severity, 'warning');
  });

  it('expands dynamic blocks with a custom iterator and nested blocks', () => {
    const r = run({
      '/ws/main.tf': `
variable "disks" {
  type    = list(object({ size = number, type = optional(string, "gp3") }))
  default = [{ size = 10 }, { size = 20, type = "io2" }]
}
resource "aws_instance" "x" {
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
  }
  dynamic "ebs_block_device" {
    for_each = var.disks
    iterator = disk
    content {
      device_name = "/dev/sd\${substr("fgh", disk.key, 1)}"
      volume_size = disk.value.size
      volume_type = disk.value.type
    }
  }
}
`,
    });
    const x = get(r, 'aws_instance.x');
    assert.deepStrictEqual(x.attributes.ebs_block_device, [
      { device_name: '/dev/sdf', volume_size: 10, volume_type: 'gp3' },
      { device_name: '/dev/sdg', volume_size: 20, volume_type: 'io2' },
    ]);
    assert.deepStrictEqual(x.attributes.root_block_device, [{ volume_size: 30 }]);
    assert.ok(x.attributeRanges['ebs_block_device.1.volume_size']);
  });

  it('converts variable values to the declared type and reports values that do not convert', () => {
    const r = run({
      '/ws/main.tf': `
variable "n" { type = number }
variable "flag" { type = bool }
variable "bad" { type = number }
variable "strict" {
  type     = string
  nullable = false
  default  = "t3.nano"
}
resource "aws_instance" "x" {
  instance_type = var.strict
  cpu_core_count = var.n + 1
  monitoring     = var.flag
  ebs_optimized  = var.bad
}
`,
      '/ws/terraform.tfvars': 'n = "3"\nflag = "true"\nbad = "many"\nstrict = null\n',
    });
    const x = get(r, 'aws_instance.x');
    assert.strictEqual(x.attributes.cpu_core_count, 4);
    assert.strictEqual(x.attributes.monitoring, true);
    assert.strictEqual(x.attributes.instance_type, 't3.nano');
    assert.match(unknownReason(x.attributes.ebs_optimized), /var\.bad must be a number/);
    assert.ok(r.problems.some((p) => p.file === '/ws/terraform.tfvars' && /var\.bad/.test(p.message)));
  });
});

describe('terraform evaluator: modules', () => {
  const child = {
    '/ws/modules/web/variables.tf': 'variable "type" {}\nvariable "n" { default = 1 }\n',
    '/ws/modules/web/main.tf':
      'resource "aws_instance" "this" {\n  count = var.n\n  instance_type = var.type\n  user_data = file("${path.module}/boot.sh")\n}\noutput "types" { value = aws_instance.this[*].instance_type }\n',
    '/ws/modules/web/boot.sh': 'echo hi',
  };

  it('reads registry modules from .terraform/modules/modules.json, with nested keys', () => {
    const r = run({
      '/ws/main.tf': 'module "svc" {\n  source = "acme/svc/aws"\n  version = "1.0.0"\n  size = "c5.large"\n}\n',
      '/ws/.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'svc', Source: 'registry.terraform.io/acme/svc/aws', Version: '1.0.0', Dir: '.terraform/modules/svc' },
          { Key: 'svc.web', Source: 'git::https://example.com/web.git', Dir: '.terraform/modules/svc.web' },
        ],
      }),
      '/ws/.terraform/modules/svc/main.tf':
        'variable "size" {}\nmodule "web" {\n  source = "git::https://example.com/web.git"\n  type = var.size\n  n = 2\n}\n',
      '/ws/.terraform/modules/svc.web/main.tf':
        'variable "type" {}\nvariable "n" {}\nresource "aws_instance" "this" {\n  count = var.n\n  instance_type = var.type\n}\n',
    });
    assert.deepStrictEqual(
      r.resources.map((x) => [x.address, x.declaration, x.modulePath, x.attributes.instance_type]),
      [
        [
          'module.svc.module.web.aws_instance.this[0]',
          'module.svc.module.web.aws_instance.this',
          'module.svc.module.web',
          'c5.large',
        ],
        [
          'module.svc.module.web.aws_instance.this[1]',
          'module.svc.module.web.aws_instance.this',
          'module.svc.module.web',
          'c5.large',
        ],
      ],
    );
    assert.deepStrictEqual(
      r.moduleCalls.map((c) => [c.name, c.unavailable]),
      [['svc', undefined]],
    );
  });

  it('evaluates local modules with count, path.module relative to the root and outputs', () => {
    const r = run({
      ...child,
      '/ws/main.tf': `
module "web" {
  source = "./modules/web"
  count  = 2
  type   = "t3.small"
  n      = count.index + 1
}
resource "aws_instance" "summary" {
  instance_type = module.web[1].types[1]
  tags          = { all = jsonencode(module.web[*].types) }
}
`,
    });
    assert.deepStrictEqual(
      r.resources.map((x) => x.address),
      [
        'aws_instance.summary',
        'module.web[0].aws_instance.this[0]',
        'module.web[1].aws_instance.this[0]',
        'module.web[1].aws_instance.this[1]',
      ],
    );
    assert.strictEqual(get(r, 'module.web[1].aws_instance.this[1]').attributes.user_data, 'echo hi');
    assert.strictEqual(get(r, 'aws_instance.summary').attributes.instance_type, 't3.small');
    assert.deepStrictEqual(get(r, 'aws_instance.summary').attributes.tags, {
      all: '[["t3.small"],["t3.small","t3.small"]]',
    });
  });

  it('stops a module that calls itself and reports it on the module block', () => {
    const r = run({
      '/ws/main.tf': 'module "self" {\n  source = "./loop"\n}\n',
      '/ws/loop/main.tf':
        'module "again" {\n  source = "../loop"\n}\nresource "aws_instance" "x" {\n  instance_type = "t3.micro"\n}\n',
    });
    assert.deepStrictEqual(
      r.resources.map((x) => x.address),
      ['module.self.aws_instance.x'],
    );
    const p = r.problems.find((x) => /recursion/.test(x.message));
    assert.strictEqual(p?.file, '/ws/loop/main.tf');
    assert.strictEqual(p?.severity, 'error');
  });

  it('reports arguments the module does not declare, and a missing local module directory', () => {
    const r = run({
      ...child,
      '/ws/main.tf':
        'module "a" {\n  source = "./modules/web"\n  type = "t3.micro"\n  typo = 1\n}\nmodule "b" {\n  source = "./nope"\n}\n',
    });
    assert.ok(r.problems.some((p) => p.message === 'module has no variable "typo"'));
    assert.ok(!r.problems.some((p) => p.message.includes('needs a value')));
    const missing = run({ ...child, '/ws/main.tf': 'module "a" {\n  source = "./modules/web"\n}\n' });
    assert.ok(missing.problems.some((p) => p.message === 'module "a" needs a value for variable "type"'));
    assert.match(r.moduleCalls.find((c) => c.name === 'b')?.unavailable ?? '', /no Terraform files/);
  });
});

describe('terraform evaluator: JSON syntax', () => {
  it('evaluates .tf.json resources next to .tf files, with templates in strings', () => {
    const r = run({
      '/ws/variables.tf': 'variable "type" { default = "m5.large" }\n',
      '/ws/main.tf.json': JSON.stringify({
        resource: {
          aws_instance: {
            api: {
              count: 2,
              instance_type: '${var.type}',
              root_block_device: { volume_size: 40 },
              tags: { Name: 'api-${count.index}' },
            },
          },
        },
      }),
    });
    const api = get(r, 'aws_instance.api[1]');
    assert.strictEqual(api.attributes.instance_type, 'm5.large');
    assert.deepStrictEqual(api.attributes.root_block_device, [{ volume_size: 40 }]);
    assert.deepStrictEqual(api.attributes.tags, { Name: 'api-1' });
    assert.strictEqual(api.file, '/ws/main.tf.json');
  });
});

describe('terraform evaluator: override files', () => {
  it('merges override.tf and *_override.tf into the blocks they name, after the other files', () => {
    const r = run({
      '/ws/main.tf':
        'locals {\n  size = 10\n}\nresource "aws_instance" "x" {\n  instance_type = "t3.micro"\n  ami = "ami-1"\n  root_block_device {\n    volume_size = local.size\n  }\n}\n',
      '/ws/override.tf': 'resource "aws_instance" "x" {\n  instance_type = "m5.large"\n}\n',
      '/ws/disk_override.tf':
        'locals {\n  size = 99\n}\nresource "aws_instance" "x" {\n  root_block_device {\n    volume_size = local.size * 2\n  }\n}\nresource "aws_instance" "ghost" {\n  ami = "x"\n}\n',
    });
    const x = get(r, 'aws_instance.x');
    assert.deepStrictEqual(x.attributes, {
      instance_type: 'm5.large',
      ami: 'ami-1',
      root_block_device: [{ volume_size: 198 }],
    });
    assert.strictEqual(x.file, '/ws/main.tf');
    assert.deepStrictEqual(
      r.resources.map((res) => res.address),
      ['aws_instance.x'],
    );
    assert.ok(r.problems.some((p) => p.file === '/ws/disk_override.tf' && /not declared/.test(p.message)));
  });
});
