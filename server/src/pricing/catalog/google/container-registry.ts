import { isUnknown } from '../../../model/value';
import type { Family } from '../../family';

/** Container Registry hosts (location attribute) → the Cloud Storage multi-region its bucket lives in. */
const BUCKET_LOCATION: Readonly<Record<string, string>> = { us: 'us-multi', eu: 'europe-multi', asia: 'asia-multi' };

/**
 * google_container_registry: Container Registry keeps the images in a Cloud Storage bucket
 * (artifacts.PROJECT.appspot.com, or eu./asia.artifacts…) and bills them as Standard storage in that bucket's
 * multi-region: stored GB are usage (`storage_gb`). Operations and egress are not shown. Container Registry is
 * deprecated in favour of Artifact Registry (google_artifact_registry_repository).
 */
export const containerRegistry: Family = {
  cloud: 'google',
  terraform: ['google_container_registry'],
  price(r, ctx) {
    const location = r.str('location', 'US', 'provider default: gcr.io, the US multi-region');
    const loc = isUnknown(location) || location === undefined ? 'us' : location.toLowerCase();
    const bucket = BUCKET_LOCATION[loc];
    return {
      components: [
        {
          name: `Storage (standard, ${bucket ?? loc})`,
          unit: 'GB',
          quantity: ctx.usage.num('storage_gb'),
          price: isUnknown(location)
            ? location
            : { table: 'google/storage-location', key: [bucket ?? loc, 'standard'] },
          usageBased: true,
        },
      ],
    };
  },
};
