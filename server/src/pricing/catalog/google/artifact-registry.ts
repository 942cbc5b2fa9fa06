import type { Family } from '../../family';
import { usage } from './common';

/**
 * google_artifact_registry_repository: stored artifacts per GB-month (usage: storage_gb), the same price for
 * regional and multi-regional repositories. The first 0.5 GB per billing account is free and shared, so it is
 * not subtracted. Virtual repositories store nothing themselves: their upstream repositories carry the charge.
 */
export const artifactRegistryRepository: Family = {
  cloud: 'google',
  terraform: ['google_artifact_registry_repository'],
  price(r, ctx) {
    if (r.str('mode') === 'VIRTUAL_REPOSITORY')
      return { components: [], free: 'a virtual repository stores nothing; its upstream repositories are billed' };
    return {
      components: [
        usage('Artifact storage', 'GB', ctx, 'storage_gb', { table: 'google/artifact-registry', key: ['storage'] }),
      ],
    };
  },
};
