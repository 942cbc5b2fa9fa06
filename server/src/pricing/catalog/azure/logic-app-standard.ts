import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { referenced } from '../aws/common';
import { hourly, usage } from './common';
import { WORKFLOW_STANDARD } from './functions';

const at = (item: string): PriceQuery => ({ table: 'azure/logic-apps', key: [item] });

/**
 * azurerm_logic_app_standard: standard and enterprise connector calls (usage: monthly_standard_connector_calls,
 * monthly_enterprise_connector_calls). The vCPU and memory hours are billed on its Workflow Standard plan
 * (app_service_plan_id); when that plan is outside the configuration, the usage file's `sku` (WS1-WS3) bills one
 * instance here instead, as Infracost does.
 */
export const logicAppStandard: Family = {
  cloud: 'azure',
  terraform: ['azurerm_logic_app_standard'],
  price(r, ctx) {
    const components: ComponentSpec[] = [];
    const sku = ctx.usage.str('sku')?.toUpperCase();
    if (referenced(r, 'app_service_plan_id')) {
      const note = 'the plan in app_service_plan_id bills the vCPU and memory hours';
      r.assume({ label: 'compute', value: 'on the plan', source: 'derived', note });
    } else if (sku) {
      const size = WORKFLOW_STANDARD[sku];
      const why = new Unknown(`${sku} is not a Workflow Standard SKU (WS1-WS3)`);
      components.push(
        { ...hourly(`Workflow vCPU (${sku})`, ctx, size ? at('standard-vcpu') : why, size?.[0]), unit: 'vCPU-hours' },
        { ...hourly(`Workflow memory (${sku})`, ctx, size ? at('standard-memory') : why, size?.[1]), unit: 'GB-hours' },
      );
    } else {
      const why = 'the plan in app_service_plan_id is not in the configuration (usage file: sku WS1-WS3)';
      const price = new Unknown(why);
      components.push({ name: 'Workflow vCPU and memory', unit: 'hours', quantity: undefined, price });
    }
    for (const kind of ['standard', 'enterprise']) {
      const name = `${kind === 'standard' ? 'Standard' : 'Enterprise'} connector calls`;
      components.push(usage(name, 'calls', ctx, `monthly_${kind}_connector_calls`, at(`${kind}-connector`)));
    }
    return { components };
  },
};
