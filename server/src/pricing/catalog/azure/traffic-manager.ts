import type { Value, ValueObject } from '../../../model/value';
import type { Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { pick, referenced } from '../aws/common';
import { billingLocation, usage } from './common';

/** Health checks at a shorter interval than this (seconds) bill the fast-interval add-on. */
const NORMAL_INTERVAL = 30;

const q = (zone: string, item: string, tiered = false): PriceQuery =>
  tiered
    ? { table: 'azure/traffic-manager', key: [zone, item], tiered }
    : { table: 'azure/traffic-manager', key: [zone, item, '0'] };

/** Traffic Manager is global; Infracost bills US Gov, China and Germany apart and everything else as Global. */
function billingRegion(r: ResourceReader, ctx: FamilyContext, group: Value | undefined, from?: string): string {
  const { location, note } = billingLocation(ctx, group, from);
  const zone = location.includes('usgov')
    ? 'US Gov'
    : location.includes('china')
      ? 'China'
      : location.includes('germany')
        ? 'Germany'
        : 'Global';
  r.assume({ label: 'billing region', value: zone, source: 'derived', note });
  return zone;
}

/**
 * azurerm_traffic_manager_profile: DNS queries per 1M, tiered at 1B a month (usage: monthly_dns_queries), and
 * Traffic View data points per 1M when traffic_view_enabled (usage: monthly_traffic_view_data_points). A disabled
 * profile is free.
 */
export const trafficManagerProfile: Family = {
  cloud: 'azure',
  terraform: ['azurerm_traffic_manager_profile'],
  price(r, ctx) {
    if (r.str('profile_status') === 'Disabled') return { components: [], free: 'the profile is disabled' };
    const zone = billingRegion(r, ctx, referenced(r, 'resource_group_name')?.location);
    const queries = q(zone, 'dns-queries', true);
    const components = [usage('DNS queries', '1M queries', ctx, 'monthly_dns_queries', queries, 1e-6)];
    if (r.bool('traffic_view_enabled') === true) {
      const key = 'monthly_traffic_view_data_points';
      components.push(usage('Traffic View', '1M data points', ctx, key, q(zone, 'traffic-view'), 1e-6));
    }
    return { components };
  },
};

/**
 * Traffic Manager endpoints: a health check per endpoint-month (external endpoints at their own price; nested
 * endpoints as Azure endpoints), plus the fast-interval add-on when the profile's monitor_config checks more often
 * than every 30 seconds. Endpoints of a disabled profile are free.
 */
export const trafficManagerEndpoint: Family = {
  cloud: 'azure',
  terraform: [
    'azurerm_traffic_manager_azure_endpoint',
    'azurerm_traffic_manager_external_endpoint',
    'azurerm_traffic_manager_nested_endpoint',
  ],
  price(r, ctx) {
    const profile = referenced(r, 'profile_id');
    if (profile?.profile_status === 'Disabled') return { components: [], free: 'its profile is disabled' };
    const group = profileGroup(r);
    const zone = billingRegion(r, ctx, group?.location, "profile's resource group location");
    const kind = r.type === 'azurerm_traffic_manager_external_endpoint' ? 'external' : 'azure';
    const interval = pick(profile, 'monitor_config.0.interval_in_seconds');
    const seconds = typeof interval === 'number' ? interval : NORMAL_INTERVAL;
    r.assume({
      label: 'health check interval',
      value: `${seconds} s`,
      source: typeof interval === 'number' ? 'derived' : 'default',
      note: typeof interval === 'number' ? "the profile's monitor_config" : 'provider default; unset or not resolved',
    });
    const label = kind === 'external' ? 'external' : 'Azure';
    const components = [
      { name: `Health checks (${label} endpoint)`, unit: 'months', quantity: 1, price: q(zone, `${kind}-endpoint`) },
    ];
    if (seconds < NORMAL_INTERVAL) {
      const price = q(zone, `${kind}-endpoint-fast`);
      components.push({ name: 'Fast interval health checks add-on', unit: 'months', quantity: 1, price });
    }
    return { components };
  },
};

/** The resource group of the endpoint's profile, one reference level further (profile_id → resource_group_name). */
function profileGroup(r: ResourceReader): ValueObject | undefined {
  return r.reference('profile_id', 'resource_group_name')?.attributes;
}
