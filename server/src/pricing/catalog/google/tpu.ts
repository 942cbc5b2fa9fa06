import { isUnknown, Unknown } from '../../../model/value';
import type { Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';

/** Cloud TPU generations by how `accelerator_type` names them, and whether its number counts chips or TensorCores. */
const GENERATIONS: readonly { pattern: RegExp; name: string; unit: 'chips' | 'cores' }[] = [
  { pattern: /^v5litepod-(\d+)$/, name: 'v5e', unit: 'chips' },
  { pattern: /^v5e-(\d+)$/, name: 'v5e', unit: 'chips' },
  { pattern: /^v6e-(\d+)$/, name: 'v6e', unit: 'chips' },
  { pattern: /^v5p-(\d+)$/, name: 'v5p', unit: 'cores' },
  { pattern: /^v4-(\d+)$/, name: 'v4', unit: 'cores' },
  { pattern: /^v3-(\d+)$/, name: 'v3', unit: 'cores' },
  { pattern: /^v2-(\d+)$/, name: 'v2', unit: 'cores' },
];

/** `accelerator_config.type` of google_tpu_v2_vm → generation. */
const CONFIG_TYPES: Readonly<Record<string, string>> = {
  V2: 'v2',
  V3: 'v3',
  V4: 'v4',
  V5LITE_POD: 'v5e',
  V5P: 'v5p',
  V6E: 'v6e',
};

/** Short: it is the lens text. Why it is missing goes in the hover (the vertex_tpu golden's SOURCE.md). */
const NO_PRICE = 'Cloud TPU chip-hour prices are not in the offline snapshot';

interface Slice {
  readonly generation: string;
  readonly chips: number;
}

/** Chips in the slice: "v3-8" is 8 TensorCores (2 per chip) = 4 chips; "v5litepod-8" is 8 chips. */
function sliceOf(r: ResourceReader): Slice | Unknown {
  const type = r.str('accelerator_type');
  if (typeof type === 'string') {
    for (const g of GENERATIONS) {
      const m = g.pattern.exec(type);
      if (m) return { generation: g.name, chips: g.unit === 'chips' ? Number(m[1]) : Number(m[1]) / 2 };
    }
    return new Unknown(`accelerator_type ${type} is not a TPU type costlens knows`);
  }
  if (isUnknown(type)) return type;
  const kind = r.str('accelerator_config.0.type');
  const topology = r.str('accelerator_config.0.topology');
  if (typeof kind === 'string' && typeof topology === 'string' && CONFIG_TYPES[kind]) {
    const dims = topology.split('x').map(Number);
    if (dims.every((d) => Number.isInteger(d) && d > 0)) {
      // v4 and v5p topologies count chips in 3D; the others in 2D. Either way the product is the chip count.
      return { generation: CONFIG_TYPES[kind], chips: dims.reduce((a, b) => a * b, 1) };
    }
  }
  return new Unknown('neither accelerator_type nor accelerator_config (type, topology) is set');
}

/**
 * google_tpu_node / google_tpu_v2_vm: a Cloud TPU slice, billed per chip-hour while it exists. The slice size and
 * generation are read so the lens can mark the accelerators (TPU ×chips) and policies can see them; the price is
 * unknown until a snapshot carries TPU prices, and the lens says so rather than guess.
 */
export const tpu: Family = {
  cloud: 'google',
  terraform: ['google_tpu_node', 'google_tpu_v2_vm'],
  price(r, ctx) {
    const slice = sliceOf(r);
    const preemptible =
      r.bool('scheduling_config.0.preemptible') === true || r.bool('scheduling_config.0.spot') === true;
    if (isUnknown(slice))
      return { components: [{ name: 'TPU chips', unit: 'chip-hours', quantity: slice, price: slice }] };
    r.assume({
      label: 'TPU slice',
      value: `${slice.chips} ${slice.generation} chips${preemptible ? ', preemptible/spot' : ''}`,
      source: 'derived',
      note:
        'from accelerator_type / accelerator_config; billed per chip-hour while the TPU exists, busy or idle; ' +
        'no public TPU price list could be read when the snapshot was built',
    });
    return {
      components: [
        {
          name: `TPU ${slice.generation} chips${preemptible ? ' (spot)' : ''}`,
          unit: 'chip-hours',
          quantity: slice.chips * ctx.hoursPerMonth,
          price: new Unknown(NO_PRICE),
        },
      ],
      gpu: { count: slice.chips, model: `TPU ${slice.generation}`, kind: 'TPU' },
    };
  },
};
