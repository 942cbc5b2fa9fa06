// Amazon RDS instance-hours per engine, deployment, class and region. MySQL and PostgreSQL come from ec2shop's
// 2025-04-04 feed (the on-demand rate each 1-year RI offer carries); MariaDB and Aurora from flexera's 2023-03-01
// table, the only open source for them. Oracle and SQL Server are left out: flexera mixes license models there.
import { EC2SHOP } from '../lib/aws-sources.mjs';

const FLEXERA_RDS = {
  repo: 'flexera-public/policy_templates',
  path: 'data/aws/aws_rds_pricing.json',
  commit: '52fd125',
  date: '2023-03-01',
  license: 'MIT',
  covers: 'engines mariadb, aurora-mysql, aurora-postgresql',
};

const FEED_FILE = /^((?:[a-z]{2}|us-gov)-[a-z]+-\d+)-rds-(mysql|postgresql)-reservedinstance-(single|multi)-az-1y\.json$/;
const FEED_ENGINE = { mysql: 'mysql', postgresql: 'postgres' };
const FLEXERA_ENGINE = { MariaDB: 'mariadb', 'Aurora MySQL': 'aurora-mysql', 'Aurora PostgreSQL': 'aurora-postgresql' };
const DEPLOYMENT = { 'Single-AZ': 'single-az', 'Multi-AZ': 'multi-az', 'Multi-AZ (readable standbys)': 'multi-az-readable-standbys' };

function build(ctx) {
  const rows = new Map();
  for (const file of ctx.list('ec2shop/rds')) {
    const m = FEED_FILE.exec(file);
    if (!m) continue;
    const [, region, eng, az] = m;
    const deployment = `${az}-az`;
    for (const entries of Object.values(ctx.json(`ec2shop/rds/${file}`).regions)) {
      for (const r of Object.values(entries)) {
        const price = ctx.num(r['OnDemand:PricePerUnit']);
        const key = `${region}\t${FEED_ENGINE[eng]}\t${deployment}\t${r['Instance Type']}`;
        const prev = rows.get(key);
        // Several RI offers (no/partial/all upfront) repeat the same on-demand rate; a different one would be a bug.
        if (prev && prev[4] !== price) ctx.warn(`two on-demand rates for ${key.replace(/\t/g, ' ')}: ${prev[4]} / ${price}`);
        if (!prev) rows.set(key, [region, FEED_ENGINE[eng], deployment, r['Instance Type'], price]);
      }
    }
  }
  let fromFlexera = 0;
  for (const [region, classes] of Object.entries(ctx.json('flexera-aws/aws_rds_pricing.json'))) {
    if (region === 'None' || !/^((?:[a-z]{2}|us-gov)-[a-z]+-\d+)$/.test(region)) continue;
    for (const [cls, engines] of Object.entries(classes)) {
      for (const [engName, deps] of Object.entries(engines)) {
        const engine = FLEXERA_ENGINE[engName];
        if (!engine) continue;
        for (const [dep, v] of Object.entries(deps)) {
          const deployment = DEPLOYMENT[dep];
          if (!deployment) continue;
          rows.set(`${region}\t${engine}\t${deployment}\t${cls}`, [region, engine, deployment, cls, ctx.num(v.pricePerUnit)]);
          fromFlexera++;
        }
      }
    }
  }
  ctx.warn(`${rows.size - fromFlexera} MySQL/PostgreSQL rows from ec2shop 2025-04-04, ${fromFlexera} MariaDB/Aurora rows from flexera 2023-03-01 (older)`);
  return [...rows.values()];
}

export default [
  {
    id: 'aws/rds',
    description: 'RDS on-demand instance-hours per engine (mysql, postgres, mariadb, aurora-mysql, aurora-postgresql), deployment and class',
    keys: ['region', 'engine', 'deployment', 'instanceClass'],
    values: ['price'],
    unit: 'USD per hour',
    sources: [EC2SHOP.rds, FLEXERA_RDS],
    build,
  },
];
