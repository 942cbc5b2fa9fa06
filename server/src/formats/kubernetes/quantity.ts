/**
 * Kubernetes resource quantities (k8s.io/apimachinery `resource.Quantity`): '500m', '2', '1.5', '512Mi',
 * '1G', '1e3'. Returns undefined for text that is not a quantity, so the caller can report it.
 */
const BINARY: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

export function parseQuantity(v: string | number | boolean | null | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([+]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)\s*$/.exec(v);
  if (!m) return undefined;
  const base = Number(m[1] + (m[2] ?? ''));
  const suffix = m[3] ?? '';
  const mult = BINARY[suffix] ?? DECIMAL[suffix];
  return mult === undefined || !Number.isFinite(base) ? undefined : base * mult;
}

/** CPU in vCPU (cores): '250m' → 0.25. */
export function cpuCores(v: string | number | boolean | null | undefined): number | undefined {
  return parseQuantity(v);
}

/** Memory or storage in GiB: '512Mi' → 0.5, '1G' → 0.931… (decimal gigabytes are smaller than GiB). */
export function gibibytes(v: string | number | boolean | null | undefined): number | undefined {
  const bytes = parseQuantity(v);
  return bytes === undefined ? undefined : bytes / 2 ** 30;
}
