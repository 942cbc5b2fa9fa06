import * as assert from 'assert';
import { analyzeTerraformModule } from '../../../../server/src/formats/terraform';
import { overlayFs } from '../../../../server/src/workspace/disk-fs';
import type { SourceFs } from '../../../../server/src/workspace/source-fs';

const NONE: SourceFs = { readFile: () => undefined, listDir: () => [], isDirectory: (p) => p === '/m' };
const REGIONS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

describe('terraform references between resources', () => {
  const text = `resource "aws_launch_template" "app" {
  instance_type = "m5.large"
}

resource "aws_autoscaling_group" "app" {
  desired_capacity = 3
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_ecs_service" "api" {
  task_definition = aws_ecs_task_definition.api.arn
  count           = 2
}

resource "aws_ecs_task_definition" "api" {
  cpu = "512"
}
`;
  const result = analyzeTerraformModule('/m', overlayFs(new Map([['/m/main.tf', text]]), NONE), { defaultRegions: REGIONS });
  const byAddress = Object.fromEntries(result.resources.map((r) => [r.address, r]));

  it('resolves a reference inside a nested block to the referenced configuration', () => {
    const refs = byAddress['aws_autoscaling_group.app'].meta?.references as any;
    assert.deepStrictEqual(refs['launch_template.0.id'], { type: 'aws_launch_template', address: 'aws_launch_template.app', attributes: { instance_type: 'm5.large' } });
    // The id itself is still known only after apply.
    assert.ok((byAddress['aws_autoscaling_group.app'].attributes.launch_template as any)[0].id.reason.includes('after apply'));
  });

  it('resolves forward references and gives every instance the reference', () => {
    for (const a of ['aws_ecs_service.api[0]', 'aws_ecs_service.api[1]']) {
      const refs = byAddress[a].meta?.references as any;
      assert.strictEqual(refs.task_definition.attributes.cpu, '512', a);
    }
  });

  it('adds no references where there are none', () => {
    assert.strictEqual(byAddress['aws_launch_template.app'].meta, undefined);
  });
});

describe('terraform references one level deep', () => {
  const text = `resource "azurerm_cosmosdb_account" "db" {
  name     = "db"
  location = "westus"
}

resource "azurerm_cosmosdb_cassandra_keyspace" "ks" {
  name         = "ks"
  account_name = azurerm_cosmosdb_account.db.name
}

resource "azurerm_cosmosdb_cassandra_table" "t" {
  name                  = "t"
  cassandra_keyspace_id = azurerm_cosmosdb_cassandra_keyspace.ks.id
}
`;
  const result = analyzeTerraformModule('/m', overlayFs(new Map([['/m/main.tf', text]]), NONE), { defaultRegions: REGIONS });
  const table = result.resources.find((r) => r.address === 'azurerm_cosmosdb_cassandra_table.t');

  it("carries the referenced resource's own references", () => {
    const ks = (table?.meta?.references as any).cassandra_keyspace_id;
    assert.strictEqual(ks.address, 'azurerm_cosmosdb_cassandra_keyspace.ks');
    assert.deepStrictEqual(ks.references.account_name.attributes, { name: 'db', location: 'westus' });
    assert.strictEqual(ks.references.account_name.references, undefined, 'one level only');
  });

  it('inherits the location found one level further', () => {
    assert.strictEqual(table?.region, 'westus');
  });
});

describe('google location attribute', () => {
  const text = `provider "google" {
  region = "us-central1"
}

resource "google_container_cluster" "eu" {
  name     = "eu"
  location = "europe-west4"
}

resource "google_container_node_pool" "zonal" {
  cluster  = "eu"
  location = "europe-west4-b"
}

resource "google_storage_bucket" "assets" {
  name     = "assets"
  location = "US"
}
`;
  const result = analyzeTerraformModule('/m', overlayFs(new Map([['/m/main.tf', text]]), NONE), { defaultRegions: REGIONS });
  const region = (a: string) => result.resources.find((r) => r.address === a)?.region;

  it('prices GKE where it runs: a regional or zonal location, not the provider region', () => {
    assert.strictEqual(region('google_container_cluster.eu'), 'europe-west4');
    assert.strictEqual(region('google_container_node_pool.zonal'), 'europe-west4');
  });

  it('leaves multi-region bucket locations to the bucket family', () => {
    assert.strictEqual(region('google_storage_bucket.assets'), 'us-central1');
  });
});

describe('azure children inherit the parent location', () => {
  const text = `resource "azurerm_kubernetes_cluster" "main" {
  name     = "main"
  location = "West Europe"
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                  = "batch"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
}

resource "azurerm_kubernetes_cluster_node_pool" "pinned" {
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  location              = "northeurope"
}
`;
  const result = analyzeTerraformModule('/m', overlayFs(new Map([['/m/main.tf', text]]), NONE), { defaultRegions: REGIONS });
  const find = (a: string) => result.resources.find((r) => r.address === a);

  it('prices an AKS node pool where its cluster runs', () => {
    assert.strictEqual(find('azurerm_kubernetes_cluster_node_pool.batch')?.region, 'westeurope');
    assert.strictEqual(find('azurerm_kubernetes_cluster_node_pool.batch')?.regionSource, 'location of azurerm_kubernetes_cluster.main');
  });

  it('keeps an explicit location', () => {
    assert.strictEqual(find('azurerm_kubernetes_cluster_node_pool.pinned')?.region, 'northeurope');
  });
});
