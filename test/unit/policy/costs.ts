import type { Resource } from '../../../server/src/model/resource';
import type { CostComponent, ResourceCost } from '../../../server/src/pricing/cost';
import { priceResource } from '../../../server/src/pricing/engine';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import type { UsageData } from '../../../server/src/pricing/usage';
import { fixtureSnapshot, tfResource } from '../../helpers/fixtures';

/**
 * ResourceCosts with round figures for rule tests that are about grouping and thresholds, not prices: the
 * expected sums are then plain arithmetic in the test. `price` uses the real engine on the fixture snapshot.
 */
export function cost(
  type: string,
  name: string,
  monthly: number | null,
  extra: Partial<ResourceCost> = {},
  res: Partial<Resource> = {},
): ResourceCost {
  const resource = tfResource(type, name, {}, res);
  return {
    resource,
    status: monthly === null ? 'unknown' : 'priced',
    monthlyCost: monthly,
    hourlyCost: null,
    partialMonthlyCost: monthly ?? 0,
    components: [],
    assumptions: [],
    ...extra,
  };
}

export function component(
  name: string,
  unit: string,
  monthlyQuantity: number | null,
  unitPrice: number,
  usageBased: boolean,
): CostComponent {
  return {
    name,
    unit,
    monthlyQuantity,
    unitPrice,
    monthlyCost: monthlyQuantity === null ? null : monthlyQuantity * unitPrice,
    usageBased,
  };
}

export function price(resource: Resource, usage?: UsageData): ResourceCost {
  return priceResource(resource, {
    snapshot: fixtureSnapshot(),
    defaultRegions: DEFAULT_SETTINGS.defaultRegion,
    usage,
    hoursPerMonth: 730,
  });
}

export function at(file: string, line: number): Partial<Resource> {
  const r = { start: { line, character: 0 }, end: { line: line + 3, character: 1 } };
  return { file, range: r, headerRange: { start: { line, character: 0 }, end: { line, character: 30 } } };
}
