import type { ComponentSpec, Family } from '../../family';
import { cpuOf, gibOf } from './cloud-run';

/**
 * The vCPUs a 2nd-gen function gets when available_cpu is not set: the minimum for its memory (Cloud Run
 * functions' memory-limits page: 128 MiB .083, 256 MiB .167, 512 MiB .333, 1 GiB .583, 2 GiB 1, more than
 * 4 GiB 2, more than 8 GiB 4, more than 16 GiB 6, more than 24 GiB 8). [up to MiB, vCPUs]
 */
const DEFAULT_CPU: readonly [number, number][] = [
  [128, 0.083],
  [256, 0.167],
  [512, 0.333],
  [1024, 0.583],
  [4096, 1],
  [8192, 2],
  [16384, 4],
  [24576, 6],
  [32768, 8],
];

/**
 * google_cloudfunctions2_function (Cloud Run functions): billed as a Cloud Run service with request-based
 * billing, so vCPU-seconds and GiB-seconds while invocations run (usage: monthly_function_invocations ×
 * request_duration_ms, the same keys as 1st gen) and invocations, at the google/cloud-run prices.
 */
export const cloudFunction2: Family = {
  cloud: 'google',
  terraform: ['google_cloudfunctions2_function'],
  price(r, ctx) {
    const base = 'service_config.0';
    const mem = r.str(`${base}.available_memory`, '256M', 'provider default memory');
    const gib = typeof mem === 'string' ? gibOf(mem) : gibOf('256M');
    const setCpu = r.str(`${base}.available_cpu`);
    let cpu = typeof setCpu === 'string' ? cpuOf(setCpu) : NaN;
    if (Number.isNaN(cpu)) {
      cpu = (DEFAULT_CPU.find(([mib]) => gib * 1024 <= mib) ?? DEFAULT_CPU[DEFAULT_CPU.length - 1])[1];
      r.assume({ label: 'vCPUs', value: String(cpu), source: 'derived', note: 'the minimum CPU for the memory limit' });
    }
    const calls = ctx.usage.num('monthly_function_invocations');
    const ms = ctx.usage.num('request_duration_ms');
    const seconds = calls === undefined || ms === undefined ? undefined : (calls * ms) / 1000;
    const components: ComponentSpec[] = [
      {
        name: `CPU allocation time (${cpu} vCPU)`,
        unit: 'vCPU-seconds',
        quantity: seconds === undefined ? undefined : seconds * cpu,
        price: { table: 'google/cloud-run', key: ['cpu'] },
        usageBased: true,
      },
      {
        name: `Memory allocation time (${String(mem)})`,
        unit: 'GiB-seconds',
        quantity: seconds === undefined ? undefined : seconds * gib,
        price: { table: 'google/cloud-run', key: ['memory'] },
        usageBased: true,
      },
      {
        name: 'Invocations',
        unit: 'requests',
        quantity: calls,
        price: { table: 'google/cloud-run', key: ['requests'] },
        usageBased: true,
      },
    ];
    return { components };
  },
};
