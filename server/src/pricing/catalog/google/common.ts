import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, FamilyContext, FamilyOutput, PriceQuery } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { hourly } from '../aws/common';

/** The hourly and usage component shapes are the same for every cloud. */
export { hourly, usage } from '../aws/common';

/**
 * Helpers shared by the Google families: the hourly/usage component shapes and the machine + disk
 * components that instances, instance groups and GKE node pools all bill. Nothing here holds a price.
 */

/** How bills name the premium operating systems. */
const OS_LABEL: Readonly<Record<string, string>> = {
  windows: 'Windows',
  rhel: 'RHEL',
  'rhel-sap': 'RHEL for SAP',
  sles: 'SLES',
  'sles-sap': 'SLES for SAP',
};

/** GPU models of the accelerator-optimized families, as google/compute-gpus names them. */
const BUNDLED_GPU_MODELS = ['a100', 'a100-80gb', 'h100-80gb', 'h100-80gb-mega', 'l4', 'rtx6000'];

export interface Machine {
  readonly machineType: string | Unknown;
  readonly spot: boolean;
  /** How many machines run (node count × zones, target size …). */
  readonly count: number | Unknown;
  /** Operating-system licence billed on top ('windows', 'rhel', 'sles' …), when the image needs one. */
  readonly license?: string;
  /** Attached accelerators (`guest_accelerator` blocks). */
  readonly accelerators?: readonly { type: string; count: number }[];
}

/** Machine hours (on-demand or spot), the OS licence and GPUs of `m`; the GPU marker for FamilyOutput. */
export function machineComponents(
  ctx: FamilyContext,
  m: Machine,
): { components: ComponentSpec[]; gpu?: FamilyOutput['gpu'] } {
  const mt = m.machineType;
  const mode = m.spot ? 'spot' : 'on-demand';
  const os = m.license ? (OS_LABEL[m.license] ?? m.license) : 'Linux';
  const name = `Instance usage (${os}, ${mode}, ${isUnknown(mt) ? '?' : mt})`;
  const price: PriceQuery | Unknown = isUnknown(mt)
    ? mt
    : /(^|-)custom-/.test(mt)
      ? new Unknown('price unknown: custom machine types are not in the offline snapshot (no per-vCPU/per-GB prices)')
      : { table: m.spot ? 'google/compute-spot' : 'google/compute', key: [mt] };
  const components: ComponentSpec[] = [fullMonth(ctx, m, name) ?? hourly(name, ctx, price, m.count)];
  if (m.license && !isUnknown(mt)) {
    const known = ctx.lookupRow('google/compute-license', mt, m.license) !== undefined;
    components.push(
      hourly(
        `${os} licence`,
        ctx,
        known
          ? { table: 'google/compute-license', key: [mt, m.license] }
          : new Unknown(`no ${m.license} licence price for ${mt} in the snapshot`),
        m.count,
      ),
    );
  }
  const perMachine = isUnknown(m.count) ? 1 : m.count;
  let gpu: FamilyOutput['gpu'];
  if (!isUnknown(mt)) {
    const bundled = ctx.lookupRow('google/compute-specs', mt)?.[2];
    if (bundled && bundled > 0) {
      const model = BUNDLED_GPU_MODELS.find((g) => ctx.lookupRow('google/compute-gpus', mt, g) !== undefined);
      gpu = { count: bundled * perMachine, model };
    }
  }
  for (const acc of m.accelerators ?? []) {
    // Attached GPUs (N1 + nvidia-tesla-t4 …) are billed per GPU-hour; the snapshot has no such prices yet.
    components.push(
      hourly(
        `${acc.type} GPUs (${mode})`,
        ctx,
        new Unknown(`price unknown: attached GPU ${acc.type} prices are not in the offline snapshot`),
        isUnknown(m.count) ? m.count : acc.count * m.count,
      ),
    );
    gpu = { count: (gpu?.count ?? 0) + acc.count * perMachine, model: gpu?.model ?? acc.type };
  }
  return { components, gpu };
}

/**
 * A machine that runs the whole month on demand gets Google's automatic sustained-use discount (N1, N2, N2D, C2,
 * M1 …): priced at the full-month figure of the data, which includes it. Partial months (usage monthly_hrs) and
 * machine types without the discount keep the hourly price.
 */
function fullMonth(ctx: FamilyContext, m: Machine, name: string): ComponentSpec | undefined {
  const mt = m.machineType;
  if (m.spot || isUnknown(mt) || ctx.hoursPerMonth !== HOURS_IN_FULL_MONTH || ctx.usage.has('monthly_hrs'))
    return undefined;
  if (ctx.lookupRow('google/compute-sud', mt) === undefined) return undefined;
  return {
    name: `${name.slice(0, -1)}, sustained use)`,
    unit: 'months',
    quantity: m.count,
    price: { table: 'google/compute-sud', key: [mt] },
  };
}

/** The month the price data's full-month column covers. */
const HOURS_IN_FULL_MONTH = 730;

/** A persistent disk or local SSD: GB × count per month at the google/disk price. */
export function diskComponent(
  name: string,
  diskType: string | Unknown,
  sizeGb: number | Unknown,
  replication: 'zonal' | 'regional',
  count: number | Unknown = 1,
): ComponentSpec {
  const quantity = isUnknown(sizeGb) ? sizeGb : isUnknown(count) ? count : sizeGb * count;
  const price: PriceQuery | Unknown = isUnknown(diskType)
    ? diskType
    : { table: 'google/disk', key: [diskType, replication] };
  return { name: `${name} (${isUnknown(diskType) ? '?' : diskType})`, unit: 'GB', quantity, price };
}

/** Spot or preemptible, from a `scheduling` block (instances, templates) or a node_config (GKE). */
export function isSpot(r: ResourceReader, prefix: string): boolean {
  return (
    r.bool(`${prefix}preemptible`) === true ||
    r.bool(`${prefix}spot`) === true ||
    r.str(`${prefix}provisioning_model`) === 'SPOT'
  );
}

/** The premium OS licence an image name implies (public image families carry the OS in their name). */
export function licenseOf(image: string | Unknown | undefined): string | undefined {
  if (typeof image !== 'string') return undefined;
  if (/windows/i.test(image)) return 'windows';
  if (/rhel-.*sap/i.test(image)) return 'rhel-sap';
  if (/rhel/i.test(image)) return 'rhel';
  if (/sles-.*sap/i.test(image)) return 'sles-sap';
  if (/sles/i.test(image)) return 'sles';
  return undefined;
}

/** `guest_accelerator` blocks at a path: [{ type, count }]. */
export function accelerators(r: ResourceReader, path: string): { type: string; count: number }[] {
  const out: { type: string; count: number }[] = [];
  r.list(path).forEach((_, i) => {
    const type = r.str(`${path}.${i}.type`);
    const count = r.num(`${path}.${i}.count`, 1, 'one GPU per accelerator block unless count is set');
    if (typeof type === 'string' && typeof count === 'number' && count > 0) out.push({ type, count });
  });
  return out;
}
