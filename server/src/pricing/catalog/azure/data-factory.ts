import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, FamilyContext, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly, usage } from './common';

const df = (item: string): PriceQuery => ({ table: 'azure/data-factory', key: [item] });

const COMPUTE_TYPES: Readonly<Record<string, string>> = {
  General: 'General Purpose',
  ComputeOptimized: 'Compute Optimized',
  MemoryOptimized: 'Memory Optimized',
};

/** Orchestration, data movement and pipeline activity of an integration runtime ('azure' or 'self-hosted'). */
function activities(r: ResourceReader, ctx: FamilyContext, kind: 'azure' | 'self-hosted'): ComponentSpec[] {
  const note = 'no price in the snapshot: Infracost prints it only rounded';
  r.assume({ label: 'external pipeline activity', value: 'not shown', source: 'derived', note });
  const movementUnit = kind === 'azure' ? 'DIU-hours' : 'hours';
  return [
    usage('Orchestration', '1k runs', ctx, 'monthly_orchestration_runs', df(`${kind}-orchestration`), 1 / 1000),
    usage('Data movement activity', movementUnit, ctx, 'monthly_data_movement_hrs', df(`${kind}-data-movement`)),
    usage('Pipeline activity', 'hours', ctx, 'monthly_pipeline_activity_hrs', df(`${kind}-pipeline-activity`)),
  ];
}

/** azurerm_data_factory: read/write and monitoring operations per 50k entities (usage keys as Infracost). */
export const dataFactory: Family = {
  cloud: 'azure',
  terraform: ['azurerm_data_factory'],
  price(_r, ctx) {
    const per50k = (name: string, key: string, item: string) =>
      usage(name, '50k entities', ctx, key, df(item), 1 / 50_000);
    return {
      components: [
        per50k('Read/Write operations', 'monthly_read_write_operation_entities', 'read-write'),
        per50k('Monitoring operations', 'monthly_monitoring_operation_entities', 'monitoring'),
      ],
    };
  },
};

/**
 * azurerm_data_factory_integration_runtime_azure: data flow vCore-hours (core_count × monthly_hrs, by compute_type;
 * data flow clusters bill only while they run), orchestration runs, data movement DIU-hours and pipeline activity
 * hours, all usage. azurerm_data_factory_integration_runtime_self_hosted: the same activities at the self-hosted
 * prices; its machines are billed where they run.
 */
export const dataFactoryIntegrationRuntime: Family = {
  cloud: 'azure',
  terraform: ['azurerm_data_factory_integration_runtime_azure', 'azurerm_data_factory_integration_runtime_self_hosted'],
  price(r, ctx) {
    if (r.type === 'azurerm_data_factory_integration_runtime_self_hosted') {
      return { components: activities(r, ctx, 'self-hosted') };
    }
    const type = r.str('compute_type', 'General', 'provider default') ?? new Unknown('compute_type is not set');
    const cores = r.num('core_count', 8, 'provider default') ?? new Unknown('core_count is not set');
    const label = typeof type === 'string' ? COMPUTE_TYPES[type] : undefined;
    const price = label
      ? df(`data-flow-${String(type)}`)
      : isUnknown(type)
        ? type
        : new Unknown(`compute_type ${type} (General, ComputeOptimized, MemoryOptimized)`);
    const hours = ctx.usage.num('monthly_hrs');
    if (hours === undefined) {
      const note = 'a data flow cluster bills only while it runs; set monthly_hrs (Infracost assumes 730)';
      r.assume({ label: 'data flow hours', value: 'usage', source: 'default', note });
    }
    const quantity = hours === undefined ? undefined : isUnknown(cores) ? cores : hours * cores;
    const name = `Data flow compute (${label ?? String(type)}, ${String(cores)} vCores)`;
    return {
      components: [
        { name, unit: 'vCore-hours', quantity, price, usageBased: true },
        ...activities(r, ctx, 'azure'),
      ],
    };
  },
};

/**
 * azurerm_data_factory_integration_runtime_azure_ssis (and its older name _managed): number_of_nodes nodes of
 * node_size every hour the runtime is started (monthly_hrs, default the whole month), at the price for the edition
 * and licence type (provider defaults Standard, LicenseIncluded).
 */
export const dataFactorySsisRuntime: Family = {
  cloud: 'azure',
  terraform: [
    'azurerm_data_factory_integration_runtime_azure_ssis',
    'azurerm_data_factory_integration_runtime_managed',
  ],
  price(r, ctx) {
    const size = r.str('node_size') ?? new Unknown('node_size is not set');
    const edition = r.str('edition', 'Standard', 'provider default');
    const licence = r.str('license_type', 'LicenseIncluded', 'provider default');
    const nodes = r.num('number_of_nodes', 1, 'provider default') ?? new Unknown('number_of_nodes is not set');
    const parts = [size, edition, licence];
    const unknown = parts.find(isUnknown);
    const item = `ssis-${String(size).toLowerCase()}-${String(edition)}-${String(licence)}`;
    const price = unknown ?? { table: 'azure/data-factory', key: [item] };
    const name = `SSIS nodes (${parts.map((p) => (isUnknown(p) ? '?' : String(p))).join(', ')})`;
    return { components: [hourly(name, ctx, price, nodes)] };
  },
};
