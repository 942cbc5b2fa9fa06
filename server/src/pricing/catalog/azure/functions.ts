import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly } from './common';

/** Elastic Premium plan sizes: vCPUs and GB of memory per instance, as Azure documents EP1-EP3. */
const ELASTIC_PREMIUM: Readonly<Record<string, [number, number]>> = { EP1: [1, 3.5], EP2: [2, 7], EP3: [4, 14] };
/** Workflow Standard (Logic Apps Standard) plan sizes: vCPUs and GB of memory per instance (WS1-WS3). */
export const WORKFLOW_STANDARD: Readonly<Record<string, [number, number]>> = { WS1: [1, 3.5], WS2: [2, 7], WS3: [4, 14] };

/** The OS an App Service plan bills as: service plans say os_type; legacy plans say kind ("Linux") or reserved. */
function planOs(r: ResourceReader): 'linux' | 'windows' | Unknown {
  if (r.type === 'azurerm_service_plan') {
    const os = r.str('os_type') ?? new Unknown('os_type is not set');
    return typeof os === 'string' ? (os === 'Linux' ? 'linux' : 'windows') : os;
  }
  const kind = r.str('kind', 'Windows', 'provider default kind');
  return (typeof kind === 'string' && kind.toLowerCase() === 'linux') || r.bool('reserved') === true
    ? 'linux'
    : 'windows';
}

/**
 * azurerm_service_plan / azurerm_app_service_plan: an Elastic Premium plan (EP1-EP3) or a Workflow Standard plan
 * (WS1-WS3, Logic Apps Standard) bills vCPU and memory hours per instance; a Consumption plan (Y1, Dynamic) bills
 * nothing by itself (executions are priced on the function apps); other SKUs (B1-B3, S1-S3, P*v2, P*v3, P*mv3, I*,
 * D1/SHARED, F1) bill instance-hours at the Linux or Windows rate (WindowsContainer bills as Windows). Instances:
 * worker_count / sku.capacity, or usage `instances`.
 */
export const servicePlan: Family = {
  cloud: 'azure',
  terraform: ['azurerm_service_plan', 'azurerm_app_service_plan'],
  price(r, ctx) {
    const legacy = r.type === 'azurerm_app_service_plan';
    const sku = (legacy ? r.str('sku.0.size') : r.str('sku_name')) ?? new Unknown('the plan SKU is not set');
    if (typeof sku !== 'string') return { components: [hourly('Plan', ctx, sku)] };
    if (sku === 'Y1' || (legacy && r.str('sku.0.tier') === 'Dynamic')) {
      return { components: [], free: 'a Consumption plan is billed per execution on its function apps' };
    }
    const upper = sku.toUpperCase();
    const ep = ELASTIC_PREMIUM[upper] ?? WORKFLOW_STANDARD[upper];
    const meters = ELASTIC_PREMIUM[upper]
      ? { table: 'azure/functions', vcpu: 'premium-vcpu', memory: 'premium-memory' }
      : { table: 'azure/logic-apps', vcpu: 'standard-vcpu', memory: 'standard-memory' };
    const instances =
      ctx.usage.num('instances') ?? r.num(legacy ? 'sku.0.capacity' : 'worker_count', 1, 'one instance') ?? 1;
    if (!ep) {
      const os = planOs(r);
      const size = sku.toUpperCase() === 'SHARED' ? 'D1' : sku;
      const price = typeof os === 'string' ? { table: 'azure/app-service', key: [os, size] } : os;
      const label = os === 'linux' ? 'Linux' : os === 'windows' ? 'Windows' : '?';
      return { components: [hourly(`Instance usage (${label}, ${sku})`, ctx, price, instances)] };
    }
    const n = typeof instances === 'number' ? instances : 1;
    const components: ComponentSpec[] = [
      {
        ...hourly(`vCPU (${upper})`, ctx, { table: meters.table, key: [meters.vcpu] }, ep[0] * n),
        unit: 'vCPU-hours',
      },
      {
        ...hourly(`Memory (${upper})`, ctx, { table: meters.table, key: [meters.memory] }, ep[1] * n),
        unit: 'GB-hours',
      },
    ];
    return { components };
  },
};

/**
 * azurerm_linux_function_app / azurerm_windows_function_app / azurerm_function_app on a Consumption plan:
 * execution time in GB-seconds (usage: monthly_executions × execution_duration_ms, at least 100 ms, × memory_mb
 * rounded up to 128 MB) and executions per million. On a Premium or App Service plan the plan carries the cost:
 * leave the usage out. The monthly free grant is not deducted.
 */
export const functionApp: Family = {
  cloud: 'azure',
  terraform: ['azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app'],
  price(_r, ctx) {
    const executions = ctx.usage.num('monthly_executions');
    const ms = ctx.usage.num('execution_duration_ms');
    const mb = ctx.usage.num('memory_mb');
    const gbSeconds =
      executions === undefined || ms === undefined || mb === undefined
        ? undefined
        : ((executions * Math.max(ms, 100)) / 1000) * ((Math.ceil(mb / 128) * 128) / 1024);
    return {
      components: [
        {
          name: 'Execution time',
          unit: 'GB-seconds',
          quantity: gbSeconds,
          price: { table: 'azure/functions', key: ['execution-time'] },
          usageBased: true,
        },
        {
          name: 'Executions',
          unit: '1M executions',
          quantity: executions === undefined ? undefined : executions / 1e6,
          price: { table: 'azure/functions', key: ['executions'] },
          usageBased: true,
        },
      ],
    };
  },
};
