import { Unknown } from '../../../model/value';

/**
 * How EKS Fargate sizes a pod (docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html): the
 * pod's vCPU and memory requests, plus 256 MB for the Kubernetes components, rounded up to the smallest
 * supported combination below. These are sizes, not prices.
 */
const FARGATE: readonly { vcpu: number; memoryGb: readonly number[] }[] = [
  { vcpu: 0.25, memoryGb: [0.5, 1, 2] },
  { vcpu: 0.5, memoryGb: [1, 2, 3, 4] },
  { vcpu: 1, memoryGb: range(2, 8, 1) },
  { vcpu: 2, memoryGb: range(4, 16, 1) },
  { vcpu: 4, memoryGb: range(8, 30, 1) },
  { vcpu: 8, memoryGb: range(16, 60, 4) },
  { vcpu: 16, memoryGb: range(32, 120, 8) },
];

export interface PodShape {
  readonly vcpu: number;
  readonly memoryGb: number;
  readonly note: string;
}

export function fargateShape(cpu: number, memoryGiB: number): PodShape | Unknown {
  const needMem = memoryGiB + 0.25;
  for (const row of FARGATE) {
    if (row.vcpu < cpu) continue;
    const mem = row.memoryGb.find((m) => m >= needMem - 1e-9);
    if (mem !== undefined) return { vcpu: row.vcpu, memoryGb: mem, note: `requests ${fmt(cpu)} vCPU / ${fmt(memoryGiB)} GiB + 0.25 GB for Kubernetes components, rounded up to a Fargate size` };
  }
  return new Unknown(`${fmt(cpu)} vCPU / ${fmt(memoryGiB)} GiB is larger than any Fargate pod size`);
}

/**
 * How GKE Autopilot bills a general-purpose pod (cloud.google.com/kubernetes-engine/pricing): CPU in steps of
 * 0.25 vCPU, memory between 1 and 6.5 GiB per vCPU; requests outside are rounded up to fit.
 */
export function autopilotShape(cpu: number, memoryGiB: number): PodShape {
  let vcpu = Math.max(0.25, Math.ceil(cpu / 0.25 - 1e-9) * 0.25);
  if (memoryGiB > vcpu * 6.5) vcpu = Math.ceil(memoryGiB / 6.5 / 0.25 - 1e-9) * 0.25;
  const mem = Math.max(memoryGiB, vcpu);
  return { vcpu, memoryGb: mem, note: `requests ${fmt(cpu)} vCPU / ${fmt(memoryGiB)} GiB rounded to 0.25 vCPU steps and 1–6.5 GiB per vCPU` };
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

function fmt(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
