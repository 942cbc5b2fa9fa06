// Source references and readers shared by the AWS table modules (lib/, so build.mjs does not load it as a table
// module).
export const EC2SHOP = {
  ec2: { repo: 'yeo/ec2.shop', path: 'data/ec2/*-ondemand.json', commit: '951cd0d', date: '2025-04-04', license: 'MIT' },
  rds: {
    repo: 'yeo/ec2.shop',
    path: 'data/rds/*-rds-{mysql,postgresql}-reservedinstance-*-1y.json (OnDemand:PricePerUnit)',
    commit: '951cd0d',
    date: '2025-04-04',
    license: 'MIT',
    covers: 'engines mysql, postgres',
  },
  ebs: { repo: 'yeo/ec2.shop', path: 'data/ebs/ebs.json', commit: '951cd0d', date: '2024-07-18', license: 'MIT' },
};

export const KARPENTER_AWS = {
  repo: 'aws/karpenter-provider-aws',
  path: 'pkg/providers/pricing/zz_generated.pricing_aws.go, zz_generated.pricing_aws_us_gov.go',
  commit: '6fc13b523',
  date: '2026-07-20',
  license: 'Apache-2.0',
  covers: 'us-east-1, us-gov-east-1, us-gov-west-1 (preferred where present)',
};

const REGION_FILE = /^((?:[a-z]{2}|us-gov)-[a-z]+-\d+)-(?:previousgen-)?ondemand\.json$/;

/** The ec2shop per-region files, Local/Wavelength Zone files excluded, in a stable order. */
export function ec2shopRegionFiles(ctx) {
  return ctx
    .list('ec2shop/ec2')
    .map((file) => ({ file, m: REGION_FILE.exec(file) }))
    .filter((x) => x.m)
    .map((x) => ({ region: x.m[1], file: x.file }));
}

/** AWS pricing "Location" name → region code, from flexera's regions.json plus the ec2shop file names. */
export function locationToRegion(ctx) {
  const map = new Map();
  for (const r of ctx.json('flexera-aws/regions.json')) map.set(r.name, r.region);
  for (const { region, file } of ec2shopRegionFiles(ctx)) {
    for (const loc of Object.keys(ctx.json(`ec2shop/ec2/${file}`).regions)) if (!map.has(loc)) map.set(loc, region);
  }
  return map;
}
