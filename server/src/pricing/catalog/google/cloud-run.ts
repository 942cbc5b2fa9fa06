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
  const unit: Record<string, number> = {
    Ki: 1 / 1024 ** 2,
    Mi: 1 / 1024,
    Gi: 1,
    K: 1e3 / 1024 ** 3,
    M: 1e6 / 1024 ** 3,
    G: 1e9 / 1024 ** 3,
  };
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
    const { cpu, gib } = limits(
      r,
      v2 ? 'template.0.containers.0.resources.0.limits' : 'template.0.spec.0.containers.0.resources.0.limits',
    );
    const { requests, seconds } = busySeconds(ctx);
    const per = (x: number): number | undefined => (seconds === undefined ? undefined : seconds * x);
    const components: ComponentSpec[] = [
      {
        name: `CPU allocation time (${cpu} vCPU)`,
        unit: 'vCPU-seconds',
        quantity: per(cpu),
        price: { table: 'google/cloud-run', key: ['cpu'] },
        usageBased: true,
      },
      {
        name: `Memory allocation time (${gib} GiB)`,
        unit: 'GiB-seconds',
        quantity: per(gib),
        price: { table: 'google/cloud-run', key: ['memory'] },
        usageBased: true,
      },
      {
        name: 'Requests',
        unit: 'requests',
        quantity: requests,
        price: { table: 'google/cloud-run', key: ['requests'] },
        usageBased: true,
      },
    ];
    return { components };
  },
};
