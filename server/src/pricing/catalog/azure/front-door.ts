import { isObject, isUnknown, Unknown, type Value } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { referenced } from '../aws/common';
import { billingLocation, hourly, usage } from './common';

/** Routing rules billed at the first-rules price; further rules at the per-additional-rule price. */
const INCLUDED_RULES = 5;
/** Frontend hosts (custom domains) included with a Front Door. */
const FREE_HOSTS = 100;

/** Outbound data zones as the usage file names them (Infracost's keys) and Azure's billing zones. */
const OUTBOUND_ZONES: readonly [string, string, string][] = [
  ['north_america_europe_africa', 'Zone 1', 'North America, Europe and Africa'],
  ['asia_pacific', 'Zone 2', 'Asia Pacific (including Japan)'],
  ['south_america', 'Zone 3', 'South America'],
  ['australia', 'Zone 4', 'Australia'],
  ['india', 'Zone 5', 'India'],
  ['us_gov', 'US Gov Zone 1', 'US Gov'],
];

/**
 * Azure's edge billing zones (Front Door classic, CDN) for a location: Asia Pacific 2, South America 3, Australia 4,
 * India 5, US Gov; the rest (North America, Europe, Middle East, Africa) Zone 1.
 */
export function edgeZone(location: string): string {
  return /^usgov|^usdod/.test(location)
    ? 'US Gov Zone 1'
    : /^australia/.test(location)
      ? 'Zone 4'
      : /^brazil/.test(location)
        ? 'Zone 3'
        : /india/.test(location)
          ? 'Zone 5'
          : /^(eastasia|southeastasia|japan|korea|taiwan|indonesia|malaysia)/.test(location)
            ? 'Zone 2'
            : 'Zone 1';
}

/** Front Door is global; its fixed charges are priced in the billing zone of the resource group's location. */
function billingZone(r: ResourceReader, ctx: FamilyContext): string {
  const { location, note } = billingLocation(ctx, referenced(r, 'resource_group_name')?.location);
  const zone = edgeZone(location);
  r.assume({ label: 'billing zone', value: zone, source: 'derived', note });
  return zone;
}

const enabled = (block: Value): boolean => !isObject(block) || (block.enabled !== false && block.enabled !== 'false');

/** Billing zones with prices in the snapshot (Infracost's goldens price Zone 1 only). */
const PRICED_ZONES = new Set(['Zone 1']);

function q(zone: string, item: string, tiered = false): PriceQuery | Unknown {
  if (!PRICED_ZONES.has(zone)) return new Unknown(`Front Door prices for ${zone} are not in the offline snapshot`);
  return tiered
    ? { table: 'azure/front-door', key: [zone, item], tiered }
    : { table: 'azure/front-door', key: [zone, item, '0'] };
}

/**
 * azurerm_frontdoor (classic): enabled routing rules per hour (the first five at one price, more at another),
 * frontend hosts over 100 per month, inbound data per GB (usage: monthly_inbound_data_transfer_gb) and outbound data
 * per GB tiered at 10 and 50 TB, per edge zone (usage: monthly_outbound_data_transfer_gb.<zone>).
 */
export const frontDoor: Family = {
  cloud: 'azure',
  terraform: ['azurerm_frontdoor'],
  price(r, ctx) {
    const zone = billingZone(r, ctx);
    const rules = r.list('routing_rule').filter(enabled).length;
    const hosts = r.list('frontend_endpoint').length;
    r.assume({ label: 'routing rules', value: String(rules), source: 'derived', note: 'enabled routing_rule blocks' });
    const components: ComponentSpec[] = [];
    const first = Math.min(rules, INCLUDED_RULES);
    if (first > 0) {
      components.push(hourly(`Routing rules (first ${INCLUDED_RULES})`, ctx, q(zone, 'routing-rule'), first));
    }
    if (rules > INCLUDED_RULES) {
      const extra = rules - INCLUDED_RULES;
      components.push(hourly(`Routing rules (${extra} additional)`, ctx, q(zone, 'routing-rule-extra'), extra));
    }
    if (hosts > FREE_HOSTS) {
      const name = `Frontend hosts (over ${FREE_HOSTS})`;
      components.push({ name, unit: 'hosts', quantity: hosts - FREE_HOSTS, price: q(zone, 'custom-domain') });
    }
    components.push(usage('Inbound data transfer', 'GB', ctx, 'monthly_inbound_data_transfer_gb', q(zone, 'data-in')));
    const given = OUTBOUND_ZONES.filter(([key]) => ctx.usage.has(`monthly_outbound_data_transfer_gb.${key}`));
    // Without outbound usage, the resource group's zone is shown at its unit price.
    const shown = given.length > 0 ? given : OUTBOUND_ZONES.filter(([, z]) => z === zone);
    for (const [key, outZone, label] of shown) {
      const name = `Outbound data transfer (${label})`;
      components.push(usage(name, 'GB', ctx, `monthly_outbound_data_transfer_gb.${key}`, q(outZone, 'data-out', true)));
    }
    return { components };
  },
};

/**
 * azurerm_frontdoor_firewall_policy (WAF for classic Front Door): the policy per month, custom rules and managed
 * rule sets per month, and requests through each per 1M (usage: monthly_custom_rule_requests,
 * monthly_managed_ruleset_requests).
 */
export const frontDoorFirewallPolicy: Family = {
  cloud: 'azure',
  terraform: ['azurerm_frontdoor_firewall_policy'],
  price(r, ctx) {
    const zone = billingZone(r, ctx);
    const rules = r.list('custom_rule').length;
    const rulesets = r.list('managed_rule').length;
    const components: ComponentSpec[] = [{ name: 'Policy', unit: 'months', quantity: 1, price: q(zone, 'waf-policy') }];
    if (rules > 0) {
      components.push({ name: 'Custom rules', unit: 'rules', quantity: rules, price: q(zone, 'waf-custom-rule') });
      const price = q(zone, 'waf-custom-rule-requests');
      const key = 'monthly_custom_rule_requests';
      components.push(usage('Custom rule requests', '1M requests', ctx, key, price, 1e-6));
    }
    if (rulesets > 0) {
      const price = q(zone, 'waf-managed-ruleset');
      components.push({ name: 'Managed rulesets', unit: 'rulesets', quantity: rulesets, price });
      const requests = q(zone, 'waf-managed-ruleset-requests');
      const key = 'monthly_managed_ruleset_requests';
      components.push(usage('Managed ruleset requests', '1M requests', ctx, key, requests, 1e-6));
    }
    return { components };
  },
};

const PROFILE_SKUS = new Set(['Standard_AzureFrontDoor', 'Premium_AzureFrontDoor']);

/**
 * azurerm_cdn_frontdoor_profile (Front Door Standard/Premium): the SKU's base fee per month, billed by the hour
 * (monthly_hrs / 730). Requests and data transfer are billed per zone on top; their prices are not in the snapshot,
 * so the hover says they are left out. Endpoints, routes, origins, rule sets and WAF policies add no fee of their own.
 */
export const frontDoorProfile: Family = {
  cloud: 'azure',
  terraform: ['azurerm_cdn_frontdoor_profile'],
  price(r, ctx) {
    const sku = r.str('sku_name');
    const price = isUnknown(sku)
      ? sku
      : sku !== undefined && PROFILE_SKUS.has(sku)
        ? { table: 'azure/front-door-profile', key: [sku] }
        : new Unknown(`${String(sku)} is not a Front Door Standard/Premium SKU`);
    const months = (ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth) / ctx.hoursPerMonth;
    r.assume({
      label: 'requests and data transfer',
      value: 'not shown',
      source: 'derived',
      note: 'billed per zone on top of the base fee; those prices are not in the offline snapshot',
    });
    const label = typeof sku === 'string' ? sku.replace('_AzureFrontDoor', '') : '?';
    return { components: [{ name: `Base fee (${label})`, unit: 'months', quantity: months, price }] };
  },
};
