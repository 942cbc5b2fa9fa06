import type { Cloud } from '../model/resource';

/**
 * When the snapshot has no price for a region we never silently use another one: we pick the nearest
 * region the table has, and the component says so. "Nearest" is a coarse geography: same area prefix
 * first, then the cloud's reference region.
 */
const REFERENCE: Record<Cloud, string> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

export function referenceRegion(cloud: Cloud): string {
  return REFERENCE[cloud];
}

export function nearestRegion(wanted: string, available: ReadonlySet<string>, cloud?: Cloud): string | undefined {
  if (available.size === 0) return undefined;
  const area = regionArea(wanted);
  const sameArea = [...available].filter((r) => regionArea(r) === area).sort();
  if (sameArea.length > 0) return sameArea[0];
  const ref = cloud ? REFERENCE[cloud] : undefined;
  if (ref && available.has(ref)) return ref;
  for (const r of Object.values(REFERENCE)) if (available.has(r)) return r;
  return [...available].sort()[0];
}

/** A coarse area: 'eu' for eu-west-1, europe-west4 and westeurope; 'us' for us-east-1, us-central1, eastus … */
export function regionArea(region: string): string {
  const r = region.toLowerCase().replace(/\s+/g, '');
  if (/^(eu-|europe-)|europe|uk|france|germany|norway|sweden|switzerland|poland|italy|spain|belgium/.test(r)) return 'eu';
  if (/^(us-|us)|^(east|west|central|northcentral|southcentral|westcentral)us/.test(r)) return 'us';
  if (/^(ca-|northamerica-)|canada/.test(r)) return 'ca';
  if (/^(sa-|southamerica-)|brazil/.test(r)) return 'sa';
  if (/^(ap-|asia-|australia-)|asia|japan|korea|india|australia|singapore/.test(r)) return 'ap';
  if (/^(me-|il-)|uae|qatar|israel/.test(r)) return 'me';
  if (/^af-|africa/.test(r)) return 'af';
  return r.split('-')[0];
}
