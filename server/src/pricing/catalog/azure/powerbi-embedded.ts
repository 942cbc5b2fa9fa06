import { Unknown } from '../../../model/value';
import type { Family } from '../../family';

const SKUS = new Set(['A5']);

/** azurerm_powerbi_embedded: one capacity node billed every hour of the month at the sku_name's rate (A1–A6). */
export const powerbiEmbedded: Family = {
  cloud: 'azure',
  terraform: ['azurerm_powerbi_embedded'],
  price(r, ctx) {
    const sku = r.str('sku_name') ?? new Unknown('sku_name is not set');
    const price =
      typeof sku === 'string' && SKUS.has(sku)
        ? { table: 'azure/powerbi-embedded', key: [sku] }
        : new Unknown(`Power BI Embedded ${String(sku)} is not in the snapshot (only A5 is)`);
    const hours = ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth;
    const name = `Node usage (${typeof sku === 'string' ? sku : '?'})`;
    return { components: [{ name, unit: 'hours', quantity: hours, price }] };
  },
};
