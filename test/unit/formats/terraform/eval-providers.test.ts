import * as assert from 'assert';
import { analyzeTerraformModule, type TerraformModuleResult } from '../../../../server/src/formats/terraform';
import type { Resource } from '../../../../server/src/model/resource';
import { isUnknown } from '../../../../server/src/model/value';
import { overlayFs } from '../../../../server/src/workspace/disk-fs';

/** Regions as the pricing hover explains them: from the resource, its provider configuration, or the default. */
function run(files: Record<string, string>, vars?: Record<string, string>): TerraformModuleResult {
  const fs = overlayFs(new Map(Object.entries(files)), {
    readFile: () => undefined,
    listDir: () => [],
    isDirectory: () => false,
  });
  return analyzeTerraformModule('/ws', fs, {
    defaultRegions: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' },
    vars,
  });
}

function get(r: TerraformModuleResult, address: string): Resource {
  const found = r.resources.find((x) => x.address === address);
  assert.ok(found, `${address} not in [${r.resources.map((x) => x.address).join(', ')}]`);
  return found;
}

describe('terraform evaluator: regions', () => {
  it('reads Google zone/region and Azure location, falling back to no region (the default)', () => {
    const r = run({
      '/ws/main.tf': `
provider "google" {
  region = "europe-west4"
}
resource "google_compute_instance" "zoned" {
  machine_type = "e2-medium"
  zone         = "us-east1-b"
}
resource "google_compute_instance" "plain" {
  machine_type = "e2-medium"
}
resource "azurerm_linux_virtual_machine" "vm" {
  size     = "Standard_B2s"
  location = "West Europe"
}
resource "aws_instance" "nowhere" {
  instance_type = "t3.micro"
}
`,
    });
    assert.deepStrictEqual(
      [get(r, 'google_compute_instance.zoned').region, get(r, 'google_compute_instance.zoned').regionSource],
      ['us-east1', 'zone attribute'],
    );
    assert.deepStrictEqual(
      [get(r, 'google_compute_instance.plain').region, get(r, 'google_compute_instance.plain').cloud],
      ['europe-west4', 'google'],
    );
    assert.deepStrictEqual(
      [get(r, 'azurerm_linux_virtual_machine.vm').region, get(r, 'azurerm_linux_virtual_machine.vm').cloud],
      ['westeurope', 'azure'],
    );
    assert.strictEqual(get(r, 'aws_instance.nowhere').region, undefined);
  });
});

describe('terraform evaluator: provider configurations passed to modules', () => {
  const files = {
    '/ws/main.tf': `
variable "region" {}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "usw2"
  region = "us-west-2"
}
provider "google" {
  zone = "europe-west1-b"
}
module "m" {
  source = "./m"
  providers = {
    aws.dr = aws.usw2
  }
}
resource "google_compute_disk" "d" {
  size = 10
}
`,
    '/ws/m/main.tf': `
resource "aws_instance" "primary" {
  instance_type = "t3.micro"
}
resource "aws_instance" "dr" {
  provider      = aws.dr
  instance_type = "t3.micro"
}
`,
  };

  it('inherits the default provider, maps aliases through providers = {}, and derives a region from a zone', () => {
    const r = run(files, { region: 'eu-west-1' });
    assert.deepStrictEqual(
      [get(r, 'module.m.aws_instance.primary').region, get(r, 'module.m.aws_instance.primary').regionSource],
      ['eu-west-1', 'provider "aws" block'],
    );
    assert.deepStrictEqual(
      [get(r, 'module.m.aws_instance.dr').region, get(r, 'module.m.aws_instance.dr').regionSource],
      ['us-west-2', 'provider "aws.usw2" block'],
    );
    assert.deepStrictEqual(
      [get(r, 'google_compute_disk.d').region, get(r, 'google_compute_disk.d').regionSource],
      ['europe-west1', 'zone in provider "google" block'],
    );
  });

  it('keeps a region that is a variable without value Unknown, so pricing says why', () => {
    const r = run(files);
    const region = get(r, 'module.m.aws_instance.primary').region;
    assert.ok(isUnknown(region));
    assert.strictEqual(region.reason, 'var.region has no value');
  });
});
