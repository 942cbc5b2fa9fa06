import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, usage } from './common';

/** Capacity units Azure reserves (and bills) per v2 instance, fixed or autoscale minimum (its pricing article). */
const CU_PER_INSTANCE = 10;

const price = (sku: string, meter: string): PriceQuery => ({
  table: 'azure/application-gateway',
  key: [sku, meter],
  tiered: true,
});

/**
 * azurerm_application_gateway. v1 (Standard_Small … WAF_Large): every instance (sku.capacity) per hour, and data
 * processed by size, tiered 0–10 TB / 10–40 TB / over 40 TB (usage: monthly_data_processed_gb). v2 (Standard_v2,
 * WAF_v2): one fixed charge per gateway-hour plus capacity-unit-hours: 10 CUs reserved per instance (sku.capacity or
 * autoscale_configuration.min_capacity), or the usage file's capacity_units when that is more.
 */
export const applicationGateway: Family = {
  cloud: 'azure',
  terraform: ['azurerm_application_gateway'],
  price(r, ctx) {
    const sku = r.str('sku.0.name');
    if (typeof sku !== 'string') {
      const why = isUnknown(sku) ? sku : new Unknown('sku.name is not set');
      return { components: [hourly('Gateway usage', ctx, why)] };
    }
    const v1 = /^(Standard|WAF)_(Small|Medium|Large)$/.exec(sku);
    if (v1) {
      const instances = r.num('sku.0.capacity') ?? new Unknown('sku.capacity (the instance count) is not set');
      const gateway = hourly(`Gateway usage (${sku})`, ctx, price(sku, 'gateway'), instances);
      const data = usage(`Data processed (${v1[2]})`, 'GB', ctx, 'monthly_data_processed_gb', price(v1[2], 'data'));
      return { components: [{ ...gateway, unit: 'instance-hours' }, data] };
    }
    if (sku !== 'Standard_v2' && sku !== 'WAF_v2') {
      const why = new Unknown(`the ${sku} gateway price is not in the offline snapshot`);
      return { components: [hourly(`Gateway usage (${sku})`, ctx, why)] };
    }
    const fixed = hourly(`Gateway usage (${sku}, fixed)`, ctx, price(sku, 'fixed'));
    return { components: [fixed, capacityUnits(r, ctx, sku)] };
  },
};

function capacityUnits(r: ResourceReader, ctx: FamilyContext, sku: string): ComponentSpec {
  const name = `Capacity units (${sku})`;
  const cuPrice = price(sku, 'capacity-unit');
  const instances = r.has('sku.0.capacity') ? r.num('sku.0.capacity') : r.num('autoscale_configuration.0.min_capacity');
  if (isUnknown(instances)) return { name, unit: 'CU-hours', quantity: instances, price: cuPrice };
  const reserved = (instances ?? 0) * CU_PER_INSTANCE;
  const used = ctx.usage.num('capacity_units');
  if (used === undefined && reserved === 0) {
    return usage(name, 'CU-hours', ctx, 'capacity_units', cuPrice, ctx.hoursPerMonth);
  }
  const billed = Math.max(used ?? 0, reserved);
  const extra =
    used === undefined
      ? '; traffic beyond that is billed on top (usage: capacity_units)'
      : ', or capacity_units from the usage file when higher';
  r.assume({
    label: 'capacity units',
    value: String(billed),
    source: 'derived',
    note: `${CU_PER_INSTANCE} CUs reserved per instance × ${instances ?? 0}${extra}`,
  });
  return { ...hourly(name, ctx, cuPrice, billed), unit: 'CU-hours' };
}
