// Google Cloud data services priced per volume, copied as their official pricing pages print them (read through
// the search tool on 2026-11-27). Both prices are the same in every region, so the tables have no region key.

/** A public price page read through the search tool on 2026-11-27. */
const page = (url) => ({ repo: 'web', path: url, date: '2026-11-27' });

export default [
  {
    id: 'google/pubsub',
    description: 'Pub/Sub throughput (publish and delivery), beyond the first 10 GiB per billing account each month',
    keys: ['metric'],
    values: ['price'],
    unit: 'USD per TiB',
    sources: [page('https://cloud.google.com/pubsub/pricing')],
    // "The first 10 GiB are free. After that, the price is $40 per TiB in all Google Cloud regions."
    rows: [['throughput', '40']],
  },
  {
    id: 'google/artifact-registry',
    description: 'Artifact Registry storage beyond the first 0.5 GB per billing account',
    keys: ['metric'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [page('https://cloud.google.com/artifact-registry/pricing')],
    // "Up to 0.5 GB: Free; Over 0.5 GB: $0.10 (per GB / month). The pricing is the same for both regional and
    // multi-regional repositories."
    rows: [['storage', '0.10']],
  },
  {
    id: 'google/bigquery',
    description: 'BigQuery table storage: active and long-term (not modified for 90 days) logical storage',
    keys: ['metric'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [page('https://cloud.google.com/bigquery/pricing')],
    // "Storage $0.02 per GB, per month"; "Long Term Storage $0.01 per GB, per month" (the US and EU multi-region
    // figure; some single regions differ). The on-demand query price was not found on an official page, so
    // queries are not priced.
    rows: [
      ['active-storage', '0.02'],
      ['long-term-storage', '0.01'],
    ],
  },
  {
    id: 'google/dns',
    description: 'Cloud DNS: managed zones (first 25 per billing account) and regular queries (first 1 billion a month)',
    keys: ['metric'],
    values: ['price'],
    unit: 'USD per zone-hour (zone), per 1M queries (queries)',
    sources: [
      {
        // A verbatim transcription of https://cloud.google.com/dns/pricing ("every price_text was found verbatim
        // in the fetched page text"), read 2026-09-20; found through the search tool on 2026-11-27.
        repo: 'api-evangelist/google-cloud-dns',
        path: 'plans/google-cloud-dns-plans-pricing.yml',
        commit: '43b388c',
        date: '2026-09-20',
        covers: 'cloud.google.com/dns/pricing as read 2026-09-20',
      },
    ],
    rows: [
      ['zone', '0.000273973'], // "Managed zones 0 to 25: $0.000273973 / 1 hour"
      ['queries', '0.40'], // "Regular queries (0 to 1,000,000,000): $0.40 / 1,000,000 count"
    ],
  },
];
