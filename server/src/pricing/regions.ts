import type { Cloud } from '../model/resource';

/**
 * When the snapshot has no price for a region we never silently use another one: we pick the nearest region the
 * table has, and the component says so ("≈ us-east-1 price; eu-west-1 not in the offline snapshot"). "Nearest" is
 * great-circle distance between the regions' metro areas, within the same cloud; for a region we have no location
 * for (a brand-new one), a coarse same-continent guess by name, then the cloud's reference region.
 */
const REFERENCE: Record<Cloud, string> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };

export function referenceRegion(cloud: Cloud): string {
  return REFERENCE[cloud];
}

/**
 * Approximate [latitude, longitude] of each region's metro area (public region pages name the city; a degree
 * of precision is plenty to rank neighbours). Not prices, so not in the snapshot.
 */
const GEO: Record<Cloud, Record<string, readonly [number, number]>> = {
  aws: {
    'us-east-1': [38.9, -77.4], 'us-east-2': [40.0, -83.0], 'us-west-1': [37.4, -121.9], 'us-west-2': [45.8, -119.7],
    'us-gov-east-1': [40.0, -83.0], 'us-gov-west-1': [45.8, -119.7], 'ca-central-1': [45.5, -73.6], 'ca-west-1': [51.0, -114.1],
    'mx-central-1': [20.6, -100.4], 'sa-east-1': [-23.5, -46.6], 'eu-west-1': [53.3, -6.3], 'eu-west-2': [51.5, -0.1],
    'eu-west-3': [48.9, 2.4], 'eu-central-1': [50.1, 8.7], 'eu-central-2': [47.4, 8.5], 'eu-north-1': [59.3, 18.1],
    'eu-south-1': [45.5, 9.2], 'eu-south-2': [41.6, -0.9], 'il-central-1': [32.1, 34.8], 'me-south-1': [26.1, 50.6],
    'me-central-1': [24.5, 54.4], 'af-south-1': [-33.9, 18.4], 'ap-east-1': [22.3, 114.2], 'ap-east-2': [25.0, 121.5],
    'ap-south-1': [19.1, 72.9], 'ap-south-2': [17.4, 78.5], 'ap-southeast-1': [1.35, 103.8], 'ap-southeast-2': [-33.9, 151.2],
    'ap-southeast-3': [-6.2, 106.8], 'ap-southeast-4': [-37.8, 145.0], 'ap-southeast-5': [3.1, 101.7], 'ap-southeast-6': [-36.8, 174.8],
    'ap-southeast-7': [13.75, 100.5], 'ap-northeast-1': [35.7, 139.7], 'ap-northeast-2': [37.6, 127.0], 'ap-northeast-3': [34.7, 135.5],
    'cn-north-1': [39.9, 116.4], 'cn-northwest-1': [38.5, 106.3],
  },
  google: {
    'us-central1': [41.3, -95.9], 'us-east1': [33.2, -80.0], 'us-east4': [39.0, -77.5], 'us-east5': [40.0, -83.0],
    'us-south1': [32.8, -96.8], 'us-west1': [45.6, -121.2], 'us-west2': [34.05, -118.2], 'us-west3': [40.8, -111.9],
    'us-west4': [36.2, -115.1], 'northamerica-northeast1': [45.5, -73.6], 'northamerica-northeast2': [43.7, -79.4],
    'northamerica-south1': [20.6, -100.4], 'southamerica-east1': [-23.5, -46.6], 'southamerica-west1': [-33.4, -70.6],
    'europe-west1': [50.4, 3.8], 'europe-west2': [51.5, -0.1], 'europe-west3': [50.1, 8.7], 'europe-west4': [53.4, 6.8],
    'europe-west6': [47.4, 8.5], 'europe-west8': [45.5, 9.2], 'europe-west9': [48.9, 2.4], 'europe-west10': [52.5, 13.4],
    'europe-west12': [45.1, 7.7], 'europe-central2': [52.2, 21.0], 'europe-north1': [60.6, 27.2], 'europe-north2': [59.3, 18.1],
    'europe-southwest1': [40.4, -3.7], 'me-central1': [25.3, 51.5], 'me-central2': [26.4, 50.1], 'me-west1': [32.1, 34.8],
    'africa-south1': [-26.2, 28.0], 'asia-east1': [24.1, 120.5], 'asia-east2': [22.3, 114.2], 'asia-northeast1': [35.7, 139.7],
    'asia-northeast2': [34.7, 135.5], 'asia-northeast3': [37.6, 127.0], 'asia-south1': [19.1, 72.9], 'asia-south2': [28.6, 77.2],
    'asia-southeast1': [1.35, 103.8], 'asia-southeast2': [-6.2, 106.8], 'asia-southeast3': [13.75, 100.5],
    'australia-southeast1': [-33.9, 151.2], 'australia-southeast2': [-37.8, 145.0],
  },
  azure: {
    eastus: [37.4, -79.8], eastus2: [36.7, -78.4], centralus: [41.6, -93.6], northcentralus: [41.9, -87.6],
    southcentralus: [29.4, -98.5], westcentralus: [41.1, -104.8], westus: [37.8, -122.4], westus2: [47.2, -119.9],
    westus3: [33.4, -112.1], canadacentral: [43.7, -79.4], canadaeast: [46.8, -71.2], mexicocentral: [20.6, -100.4],
    brazilsouth: [-23.5, -46.6], brazilsoutheast: [-22.9, -43.2], chilecentral: [-33.4, -70.6], northeurope: [53.3, -6.3],
    westeurope: [52.4, 4.9], uksouth: [51.5, -0.1], ukwest: [51.5, -3.2], francecentral: [48.9, 2.4], francesouth: [43.3, 5.4],
    germanywestcentral: [50.1, 8.7], germanynorth: [52.5, 13.4], switzerlandnorth: [47.4, 8.5], switzerlandwest: [46.2, 6.1],
    norwayeast: [59.9, 10.7], norwaywest: [59.0, 5.7], swedencentral: [60.7, 17.1], swedensouth: [55.6, 13.0],
    polandcentral: [52.2, 21.0], italynorth: [45.5, 9.2], spaincentral: [40.4, -3.7], austriaeast: [48.2, 16.4],
    belgiumcentral: [50.85, 4.35], israelcentral: [32.1, 34.8], qatarcentral: [25.3, 51.5], uaenorth: [25.3, 55.3],
    uaecentral: [24.5, 54.4], southafricanorth: [-26.2, 28.0], southafricawest: [-33.9, 18.4], centralindia: [18.5, 73.9],
    southindia: [13.1, 80.3], westindia: [19.1, 72.9], jioindiacentral: [21.1, 79.1], jioindiawest: [22.5, 70.1],
    eastasia: [22.3, 114.2], southeastasia: [1.35, 103.8], japaneast: [35.7, 139.7], japanwest: [34.7, 135.5],
    koreacentral: [37.6, 127.0], koreasouth: [35.2, 129.1], malaysiawest: [3.1, 101.7], indonesiacentral: [-6.2, 106.8],
    australiaeast: [-33.9, 151.2], australiasoutheast: [-37.8, 145.0], australiacentral: [-35.3, 149.1],
    australiacentral2: [-35.3, 149.1], newzealandnorth: [-36.8, 174.8],
  },
};

/**
 * Azure region as the Retail Prices API and the snapshot key it (armRegionName). Terraform accepts the display
 * name too (`location = "West Europe"`); azurerm normalises it the same way: lower-case, spaces removed.
 */
export function normalizeAzureRegion(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

/** Which cloud a region name belongs to, when we know the region. */
export function cloudOfRegion(region: string): Cloud | undefined {
  for (const cloud of ['aws', 'google', 'azure'] as const) if (region in GEO[cloud]) return cloud;
  return undefined;
}

/** Great-circle distance in km (haversine); only the ranking matters. */
export function regionDistanceKm(a: string, b: string): number | undefined {
  const ca = cloudOfRegion(a);
  const cb = cloudOfRegion(b);
  if (!ca || !cb) return undefined;
  const [lat1, lon1] = GEO[ca][a];
  const [lat2, lon2] = GEO[cb][b];
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function nearestRegion(wanted: string, available: ReadonlySet<string>, cloud?: Cloud): string | undefined {
  if (available.size === 0) return undefined;
  let want = wanted;
  if (!available.has(want) && /[A-Z\s]/.test(want) && (cloud === 'azure' || cloud === undefined)) want = normalizeAzureRegion(want);
  if (available.has(want)) return want;
  const wantCloud = cloudOfRegion(want) ?? cloud;
  if (cloudOfRegion(want)) {
    let best: string | undefined;
    let bestKm = Infinity;
    for (const r of [...available].sort()) {
      if (cloudOfRegion(r) !== wantCloud) continue;
      const km = regionDistanceKm(want, r)!;
      if (km < bestKm) [best, bestKm] = [r, km];
    }
    if (best) return best;
  }
  const area = regionArea(want);
  const sameArea = [...available].filter((r) => regionArea(r) === area).sort();
  if (sameArea.length > 0) return sameArea[0];
  const ref = wantCloud ? REFERENCE[wantCloud] : undefined;
  if (ref && available.has(ref)) return ref;
  for (const r of Object.values(REFERENCE)) if (available.has(r)) return r;
  return [...available].sort()[0];
}

/** A coarse area: 'eu' for eu-west-1, europe-west4 and westeurope; 'us' for us-east-1, us-central1, eastus … */
export function regionArea(region: string): string {
  const r = region.toLowerCase().replace(/\s+/g, '');
  if (/^(eu-|europe-)|europe|uk|france|germany|norway|sweden|switzerland|poland|italy|spain|belgium|austria/.test(r)) return 'eu';
  if (/^(us-|us)|^(east|west|central|northcentral|southcentral|westcentral)us/.test(r)) return 'us';
  if (/^(ca-|northamerica-)|canada/.test(r)) return 'ca';
  if (/^(sa-|southamerica-)|brazil|chile/.test(r)) return 'sa';
  if (/^(ap-|asia-|australia-)|asia|japan|korea|india|australia|singapore|malaysia|indonesia|newzealand/.test(r)) return 'ap';
  if (/^(me-|il-)|uae|qatar|israel/.test(r)) return 'me';
  if (/^af-|africa/.test(r)) return 'af';
  return r.split('-')[0];
}
