import { isObject, Unknown, type Value } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';

const at = (item: string) => ({ table: 'azure/container-apps', key: [item] });

/** "0.5Gi", "1.5Gi", "2Gi" → GiB; undefined for anything else. */
function gib(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^(\d+(?:\.\d+)?)Gi$/.exec(v.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/** The template's containers summed: vCPUs and GiB, or why they cannot be read. */
function allocation(r: ResourceReader): { cpu: number; memory: number } | Unknown {
  const containers = r.list('template.0.container');
  if (containers.length === 0) return new Unknown('template.container is not set');
  let cpu = 0;
  let memory = 0;
  for (const c of containers) {
    const size = isObject(c) ? { cpu: c.cpu, memory: gib(c.memory) } : undefined;
    if (typeof size?.cpu !== 'number' || size.memory === undefined)
      return new Unknown('a container cpu or memory is not known before apply');
    cpu += size.cpu;
    memory += size.memory;
  }
  return { cpu, memory };
}

/**
 * azurerm_container_app on the Consumption plan, as Infracost models it from the usage file: active seconds =
 * requests × execution_time_ms ÷ 1000 ÷ concurrent_requests (default 1), billed per vCPU-second and GiB-second of
 * the template's containers; requests per 1M; min_replicas (usage, else template.min_replicas) replicas idle all
 * month at the idle rate, which is not in the snapshot. The monthly free grants (180,000 vCPU-s, 360,000 GiB-s, 2M
 * requests) are per subscription and not deducted. An app on a dedicated workload profile is billed on its
 * environment.
 */
export const containerApp: Family = {
  cloud: 'azure',
  terraform: ['azurerm_container_app'],
  price(r, ctx) {
    const profile = r.str('workload_profile_name');
    if (typeof profile === 'string' && profile !== 'Consumption')
      return { components: [], free: `runs on the ${profile} workload profile, billed on its environment` };
    const size = allocation(r);
    const requests = ctx.usage.num('requests');
    const ms = ctx.usage.num('execution_time_ms');
    const concurrency = Math.max(1, ctx.usage.num('concurrent_requests') ?? 1);
    const active = requests !== undefined && ms !== undefined ? (requests * ms) / 1000 / concurrency : undefined;
    if (active !== undefined)
      r.assume({
        label: 'active seconds',
        value: active.toLocaleString('en-US'),
        source: 'derived',
        note: 'requests × execution_time_ms ÷ 1000 ÷ concurrent_requests; free grants not deducted',
      });
    const times = (per: (s: { cpu: number; memory: number }) => number, seconds: number | undefined) =>
      size instanceof Unknown ? size : seconds === undefined ? undefined : per(size) * seconds;
    const components: ComponentSpec[] = [
      {
        name: 'vCPU (active)',
        unit: 'vCPU-seconds',
        quantity: times((s) => s.cpu, active),
        price: at('vcpu-active'),
        usageBased: true,
      },
      {
        name: 'Memory (active)',
        unit: 'GiB-seconds',
        quantity: times((s) => s.memory, active),
        price: at('memory-active'),
        usageBased: true,
      },
    ];
    // The per-1M request price is not pinned by any source: with request usage the total is unknown (said so);
    // without it the line is left out and the hover names it, rather than making every app "price unknown".
    if (requests !== undefined)
      components.push({
        name: 'Requests',
        unit: '1M requests',
        quantity: requests / 1_000_000,
        price: new Unknown('the per-1M request price is not in the snapshot'),
        usageBased: true,
      });
    else
      r.assume({
        label: 'requests',
        value: 'not included',
        source: 'default',
        note: 'request charges (per 1M beyond the monthly free grant) are not in the snapshot',
      });
    const minReplicas = ctx.usage.num('min_replicas') ?? r.num('template.0.min_replicas', 0, 'provider default') ?? 0;
    if (typeof minReplicas === 'number' && minReplicas > 0) {
      const idle = minReplicas * ctx.hoursPerMonth * 3600;
      const why = new Unknown('the idle vCPU and memory rates are not in the snapshot');
      components.push(
        {
          name: `vCPU (idle, ${minReplicas} min replicas)`,
          unit: 'vCPU-seconds',
          quantity: times((s) => s.cpu, idle),
          price: why,
        },
        {
          name: `Memory (idle, ${minReplicas} min replicas)`,
          unit: 'GiB-seconds',
          quantity: times((s) => s.memory, idle),
          price: why,
        },
      );
    }
    return { components };
  },
};

/**
 * azurerm_container_app_environment: free on the Consumption plan alone; with dedicated workload profiles, the
 * plan management fee every hour, and each profile's minimum_count instances (vCPU and memory hours, prices not in
 * the snapshot).
 */
export const containerAppEnvironment: Family = {
  cloud: 'azure',
  terraform: ['azurerm_container_app_environment'],
  price(r, ctx) {
    const profiles = r.list('workload_profile');
    const dedicated = profiles.filter((p) => isObject(p) && p.workload_profile_type !== 'Consumption');
    if (dedicated.length === 0)
      return { components: [], free: 'a Consumption-only environment has no charge of its own: its apps are billed' };
    const components: ComponentSpec[] = [];
    for (const p of dedicated) {
      if (!isObject(p)) continue;
      const type = typeof p.workload_profile_type === 'string' ? p.workload_profile_type : '?';
      const min = typeof p.minimum_count === 'number' ? p.minimum_count : 0;
      if (min > 0)
        components.push({
          name: `Dedicated instances (${type}, minimum ${min})`,
          unit: 'instance-hours',
          quantity: min * ctx.hoursPerMonth,
          price: new Unknown(`dedicated ${type} vCPU and memory prices are not in the snapshot`),
        });
    }
    const fee = at('dedicated-management');
    components.push({ name: 'Dedicated plan management', unit: 'hours', quantity: ctx.hoursPerMonth, price: fee });
    return { components };
  },
};
