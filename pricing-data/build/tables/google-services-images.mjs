// Compute Engine custom images and machine images: stored GB per month. Infracost prints the unit price itself
// ("Monthly cost depends on usage: $0.05 per GB") for an image without usage in both tests below, and the
// priced rows agree (1,000 GB → $50.00, 500 GB → $25.00, 100 GB → $5.00; machine image 5,000 GB → $250.00).
// Both tests use `provider "google" { region = "us-central1" }`; other regions get the labelled nearest-region fallback.

import { infracostGoogle as golden } from '../lib/infracost-sources.mjs';

export default [
  {
    id: 'google/image-storage',
    description: 'Compute Engine custom image and machine image storage',
    keys: ['region', 'kind'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [
      golden('compute_image_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
      golden('compute_machine_image_test', '01c59b17a6fbaab511ccab5fb75ce760ad694eef'),
    ],
    rows: [
      ['us-central1', 'image', '0.05'], // "google_compute_image.empty … $0.05 per GB"; 1,000 GB $50.00
      ['us-central1', 'machine-image', '0.05'], // "google_compute_machine_image.image … $0.05 per GB"; 5,000 GB $250.00
    ],
  },
];
