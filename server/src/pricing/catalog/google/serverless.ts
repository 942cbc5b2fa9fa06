import type { ComponentSpec, Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';

/** Kubernetes-style quantities Cloud Run accepts ('1', '2000m'; '512Mi', '1Gi', '2G') → vCPUs / GiB. */
export function cpuOf(v: string): number {
  return v.endsWith('m') ? Number(v.slice(0, -1)) / 1000 : Number(v);
}

export function gibOf(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  const unit: Record<string, number> = { Ki: 1 / 1024 ** 2, Mi: 1 / 1024, Gi: 1, K: 1e3 / 1024 ** 3, M: 1e6 / 1024 ** 3, G: 1e9 / 1024 ** 3 };
  return m[2] ? n * unit[m[2]] : n / 1024 ** 3;
}

/** Busy seconds per month from usage: monthly_requests × average_request_duration_ms; undefined without it. */
function busySeconds(ctx: FamilyContext): { requests?: number; seconds?: number } {
  const requests = ctx.usage.num('monthly_requests');
  const ms = ctx.usage.num('average_request_duration_ms');
  return { requests, seconds: requests === undefined || ms === undefined ? undefined : (requests * ms) / 1000 };
}

function limits(r: ResourceReader, base: string): { cpu: number; gib: number } {
  const cpu = r.str(`${base}.cpu`, '1', 'Cloud Run default CPU limit');
  const mem = r.str(`${base}.memory`, '512Mi', 'Cloud Run default memory limit');
  return { cpu: typeof cpu === 'string' ? cpuOf(cpu) : 1, gib: typeof mem === 'string' ? gibOf(mem) : 0.5 };
}

/**
 * google_cloud_run_service / google_cloud_run_v2_service, request-based billing: vCPU-seconds and GiB-seconds
 * while requests are served (usage: monthly_requests × average_request_duration_ms × the container limits)
 * and requests. Tier 1 prices; other regions use the nearest priced region, labelled.
 */
export const cloudRunService: Family = {
  cloud: 'google',
  terraform: ['google_cloud_run_service', 'google_cloud_run_v2_service'],
  price(r, ctx) {
    const v2 = r.type === 'google_cloud_run_v2_service';
    const { cpu, gib } = limits(r, v2 ? 'template.0.containers.0.resources.0.limits' : 'template.0.spec.0.containers.0.resources.0.limits');
    const { requests, seconds } = busySeconds(ctx);
    const per = (x: number): number | undefined => (seconds === undefined ? undefined : seconds * x);
    const components: ComponentSpec[] = [
      { name: `CPU allocation time (${cpu} vCPU)`, unit: 'vCPU-seconds', quantity: per(cpu), price: { table: 'google/cloud-run', key: ['cpu'] }, usageBased: true },
      { name: `Memory allocation time (${gib} GiB)`, unit: 'GiB-seconds', quantity: per(gib), price: { table: 'google/cloud-run', key: ['memory'] }, usageBased: true },
      { name: 'Requests', unit: 'requests', quantity: requests, price: { table: 'google/cloud-run', key: ['requests'] }, usageBased: true },
    ];
    return { components };
  },
};

/** Cloud Functions (1st gen) CPU clock by memory size, in GHz, as Google documents the tiers. */
const GHZ_BY_MB: readonly [number, number][] = [
  [128, 0.2],
  [256, 0.4],
  [512, 0.8],
  [1024, 1.4],
  [2048, 2.4],
  [4096, 4.8],
  [8192, 4.8],
];

/**
 * google_cloudfunctions_function: GHz-seconds and GB-seconds per invocation (usage: monthly_function_invocations
 * × request_duration_ms), invocations, and outbound data (monthly_outbound_data_gb), as in Infracost.
 */
export const cloudFunction: Family = {
  cloud: 'google',
  terraform: ['google_cloudfunctions_function'],
  price(r, ctx) {
    const mb = r.num('available_memory_mb', 256, 'provider default memory');
    const memMb = typeof mb === 'number' ? mb : 256;
    const ghz = (GHZ_BY_MB.find(([m]) => memMb <= m) ?? GHZ_BY_MB[GHZ_BY_MB.length - 1])[1];
    const calls = ctx.usage.num('monthly_function_invocations');
    const ms = ctx.usage.num('request_duration_ms');
    const seconds = calls === undefined || ms === undefined ? undefined : (calls * Math.ceil(ms / 100) * 100) / 1000;
    const egress = ctx.usage.num('monthly_outbound_data_gb');
    return {
      components: [
        { name: `CPU (${ghz} GHz)`, unit: 'GHz-seconds', quantity: seconds === undefined ? undefined : seconds * ghz, price: { table: 'google/cloud-functions', key: ['cpu'] }, usageBased: true },
        { name: `Memory (${memMb} MB)`, unit: 'GB-seconds', quantity: seconds === undefined ? undefined : (seconds * memMb) / 1024, price: { table: 'google/cloud-functions', key: ['memory'] }, usageBased: true },
        { name: 'Invocations', unit: 'invocations', quantity: calls, price: { table: 'google/cloud-functions', key: ['invocations'] }, usageBased: true },
        { name: 'Outbound data transfer', unit: 'GB', quantity: egress, price: { table: 'google/cloud-functions', key: ['egress'] }, usageBased: true },
      ],
    };
  },
};
