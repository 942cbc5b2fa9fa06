import { isUnknown, Unknown } from '../../../model/value';
import type { Family, PriceQuery } from '../../family';
import { referenced } from '../aws/common';
import { hourly } from './common';

const SKUS = new Set(['Standard', 'Enterprise', 'Premium']);

function skuPrice(sku: string | Unknown): PriceQuery | Unknown {
  if (isUnknown(sku)) return sku;
  return SKUS.has(sku)
    ? { table: 'azure/domain-services', key: [sku] }
    : new Unknown(`${sku} is not a Domain Services SKU (Standard, Enterprise, Premium)`);
}

/**
 * azurerm_active_directory_domain_service (Microsoft Entra Domain Services): the managed domain per hour by sku.
 * azurerm_active_directory_domain_service_replica_set: another hour at the sku of its domain (domain_service_id).
 */
export const domainService: Family = {
  cloud: 'azure',
  terraform: ['azurerm_active_directory_domain_service'],
  price(r, ctx) {
    const sku = r.str('sku') ?? new Unknown('sku is not set');
    return { components: [hourly(`Domain service (${isUnknown(sku) ? '?' : sku})`, ctx, skuPrice(sku))] };
  },
};

export const domainServiceReplicaSet: Family = {
  cloud: 'azure',
  terraform: ['azurerm_active_directory_domain_service_replica_set'],
  price(r, ctx) {
    const found = referenced(r, 'domain_service_id')?.sku;
    const why = new Unknown("the domain's sku is not known (domain_service_id not resolved)");
    const sku = typeof found === 'string' ? found : why;
    if (typeof found === 'string') {
      const note = 'the domain service named in domain_service_id';
      r.assume({ label: 'domain sku', value: found, source: 'derived', note });
    }
    return { components: [hourly(`Replica set (${isUnknown(sku) ? '?' : sku})`, ctx, skuPrice(sku))] };
  },
};
