import * as assert from 'assert';
import { nearestRegion, normalizeAzureRegion, regionArea, regionDistanceKm } from '../../../server/src/pricing/regions';

describe('nearest-region fallback', () => {
  const aws = new Set(['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-southeast-2', 'sa-east-1']);

  it('picks the geographically nearest region of the same cloud', () => {
    assert.strictEqual(nearestRegion('eu-west-2', aws), 'eu-west-1'); // London → Dublin, not Frankfurt
    assert.strictEqual(nearestRegion('eu-central-2', aws), 'eu-central-1'); // Zurich → Frankfurt
    assert.strictEqual(nearestRegion('us-west-1', aws), 'us-west-2');
    assert.strictEqual(nearestRegion('us-east-2', aws), 'us-east-1');
    assert.strictEqual(nearestRegion('ap-northeast-3', aws), 'ap-northeast-1'); // Osaka → Tokyo
    assert.strictEqual(nearestRegion('ap-southeast-4', aws), 'ap-southeast-2'); // Melbourne → Sydney
    assert.strictEqual(nearestRegion('il-central-1', aws), 'eu-central-1');
    assert.strictEqual(nearestRegion('europe-west2', new Set(['europe-west1', 'europe-west3', 'us-central1'])), 'europe-west1');
    assert.strictEqual(nearestRegion('swedencentral', new Set(['westeurope', 'northeurope', 'eastus'])), 'westeurope');
  });

  it('never crosses clouds even when another cloud has a closer region in the set', () => {
    assert.strictEqual(nearestRegion('europe-west2', new Set(['eu-west-2', 'europe-west1', 'us-central1'])), 'europe-west1');
  });

  it('accepts Azure display names as Terraform users write them', () => {
    assert.strictEqual(normalizeAzureRegion('West Europe'), 'westeurope');
    assert.strictEqual(normalizeAzureRegion('East US 2'), 'eastus2');
    assert.strictEqual(nearestRegion('West Europe', new Set(['westeurope', 'eastus'])), 'westeurope');
    assert.strictEqual(nearestRegion('UK South', new Set(['westeurope', 'eastus']), 'azure'), 'westeurope');
  });

  it('falls back by name for regions it has no location for', () => {
    assert.strictEqual(nearestRegion('eu-future-9', aws, 'aws'), 'eu-central-1');
    assert.strictEqual(nearestRegion('xx-nowhere-1', aws, 'aws'), 'us-east-1');
    assert.strictEqual(nearestRegion('eu-west-1', new Set()), undefined);
    assert.strictEqual(regionArea('europe-west4'), 'eu');
    assert.strictEqual(regionDistanceKm('us-east-1', 'nowhere'), undefined);
    const km = regionDistanceKm('eu-west-1', 'eu-west-2')!;
    assert.ok(km > 400 && km < 500, `Dublin–London ≈ 460 km, got ${km}`);
  });
});
