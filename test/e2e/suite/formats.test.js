// Lenses on the non-Terraform examples. These formats are being built by other engineers; each test below is
// skipped with its reason until the format is registered, and must then be written with hand-computed figures
// (see ../expected.js), never filled in from what the product prints.
describe('Other formats in a real editor', () => {
  // Reason: server/src/formats/registry.ts registers no Kubernetes format yet (FILE_FORMATS is empty).
  it.skip('shows lenses on examples/kubernetes/web.yaml (Kubernetes format not registered yet)', () => {});

  // Reason: server/src/formats/registry.ts registers no serverless format yet (FILE_FORMATS is empty).
  it.skip('shows lenses on examples/serverless/serverless.yml (serverless format not registered yet)', () => {});
});
