import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { refreshSnapshot, RefreshError, type RefreshOptions } from '../../../pricing-data/refresh';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import { cutHalfway, PriceApiServer } from './price-api-server';

// A small base snapshot of real rows owned by these tests (the shared frozen snapshot changes with other work).
const BASE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'price-api', 'base-snapshot');
const CSV_US = '/aws/offers/v1.0/aws/AmazonEC2/20250404224122/us-east-1/index.csv';
const CSV_EU = '/aws/offers/v1.0/aws/AmazonEC2/20250404224122/eu-west-1/index.csv';

function snapshotBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('pricing refresh against recorded APIs on 127.0.0.1', () => {
  const server = new PriceApiServer();
  let tmp: string;
  let snap: string;

  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-refresh-'));
    snap = path.join(tmp, 'snapshot');
    fs.cpSync(BASE, snap, { recursive: true });
    server.hits.clear();
    server.overrides.clear();
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // Tiny fixtures: no row floors, one row per region is enough; anchors stay the real defaults.
  const opts = (o: Partial<RefreshOptions> & Pick<RefreshOptions, 'provider'>): RefreshOptions => ({
    outDir: snap,
    baseDir: snap,
    endpoints: {
      aws: `${server.base}/aws`,
      azure: `${server.base}/azure/prices`,
      googleCatalog: `${server.base}/google/v1`,
      googlePricingYml: `${server.base}/google/pricing.yml`,
    },
    backoffMs: 1,
    retries: 2,
    floors: {},
    minRowsPerRegion: 1,
    today: '2026-11-27',
    googleApiKey: '',
    ...o,
  });

  it('AWS: walks offer index → region index → regional CSVs and keeps only Linux shared on-demand region rows', async () => {
    const progress: string[] = [];
    const result = await refreshSnapshot(opts({ provider: 'aws', services: ['ec2', 'ebs'], onProgress: (p) => progress.push(p.message) }));
    const s = Snapshot.load(snap);
    const ec2 = s.table('aws/ec2-ondemand')!;
    assert.strictEqual(ec2.get('us-east-1', 'm5.large'), 0.096);
    assert.strictEqual(ec2.get('eu-west-1', 'm5.large'), 0.107);
    assert.strictEqual(ec2.get('us-east-1', 'c5d.2xlarge'), undefined, 'Local Zone row must be dropped');
    assert.strictEqual(ec2.get('us-east-1', 'm5.metal'), 4.608, 'bare-metal family kept');
    assert.deepStrictEqual([...ec2.regions()].sort(), ['eu-west-1', 'us-east-1']);
    const ebs = s.table('aws/ebs')!;
    assert.strictEqual(ebs.get('us-east-1', 'gp3', 'throughput'), 40.96);
    assert.strictEqual(ebs.get('eu-west-1', 'gp3', 'storage'), 0.088);
    assert.strictEqual(ebs.get('us-east-1', 'io2', 'iops'), undefined, 'tier-2 row is not the first tier');
    assert.strictEqual(s.manifest.tables['aws/ec2-ondemand'].sources[0].repo, 'AWS Price List Bulk API');
    assert.strictEqual(s.manifest.tables['aws/ec2-ondemand'].sourceDate, '2025-04-04');
    assert.ok(s.has('aws/ec2-specs'), 'tables that were not refreshed are carried over');
    assert.deepStrictEqual(
      result.tables.map((t) => t.id),
      ['aws/ec2-ondemand', 'aws/ebs'],
    );
    assert.ok(progress.some((m) => m.includes('us-east-1')));
    // EC2 and EBS share the AmazonEC2 offer: each regional file is downloaded once.
    assert.strictEqual(server.hits.get(CSV_US), 1);
  });

  it('AWS --region: refreshes only that region and keeps the others from the base snapshot', async () => {
    await refreshSnapshot(opts({ provider: 'aws', services: ['ec2'], regions: ['eu-west-1'] }));
    const ec2 = Snapshot.load(snap).table('aws/ec2-ondemand')!;
    assert.strictEqual(ec2.get('eu-west-1', 'c5.large'), 0.096);
    assert.strictEqual(ec2.get('us-east-1', 'g5.xlarge'), 1.006, 'us-east-1 row kept from the base');
    assert.strictEqual(server.hits.get(CSV_US), undefined);
    const sources = Snapshot.load(snap).manifest.tables['aws/ec2-ondemand'].sources.map((x) => x.repo);
    assert.ok(sources.includes('AWS Price List Bulk API') && sources.includes('aws/karpenter-provider-aws'));
  });

  it('AWS rds: reads the AmazonRDS offer into aws/rds rows per engine and deployment', async () => {
    await refreshSnapshot(opts({ provider: 'aws', services: ['rds'] }));
    const rds = Snapshot.load(snap).table('aws/rds')!;
    assert.strictEqual(rds.get('eu-west-1', 'mysql', 'single-az', 'db.m5.large'), 0.189);
    assert.strictEqual(rds.get('eu-west-1', 'postgres', 'multi-az', 'db.m5.large'), 0.394);
    assert.strictEqual(rds.size, 2);
  });

  it('retries a failed page (HTTP 500) with back-off, then succeeds', async () => {
    server.overrides.set(CSV_US, (res, hit) => (hit === 1 ? (res.writeHead(500).end('boom'), true) : false));
    const retries: string[] = [];
    await refreshSnapshot(opts({ provider: 'aws', services: ['ec2'], onProgress: (p) => p.message.startsWith('retrying') && retries.push(p.message) }));
    assert.strictEqual(server.hits.get(CSV_US), 2);
    assert.strictEqual(retries.length, 1);
    assert.match(retries[0], /HTTP 500/);
    assert.strictEqual(Snapshot.load(snap).table('aws/ec2-ondemand')?.get('us-east-1', 't3.micro'), 0.0104);
  });

  it('restarts an interrupted download instead of keeping half a file', async () => {
    server.overrides.set(CSV_EU, (res, hit, body) => hit === 1 && cutHalfway(res, body));
    await refreshSnapshot(opts({ provider: 'aws', services: ['ec2'] }));
    assert.strictEqual(server.hits.get(CSV_EU), 2);
    assert.strictEqual(Snapshot.load(snap).table('aws/ec2-ondemand')?.get('eu-west-1', 'c5.large'), 0.096);
  });

  it('gives up with a clear error after the last retry and leaves the old snapshot intact', async () => {
    const before = snapshotBytes(snap);
    server.overrides.set(CSV_EU, (res, _hit, body) => cutHalfway(res, body));
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', services: ['ec2'] })), (e: Error) => {
      assert.ok(e instanceof RefreshError);
      assert.match(e.message, /download failed after 3 attempts/);
      return true;
    });
    assert.deepStrictEqual(snapshotBytes(snap), before);
    assert.deepStrictEqual(fs.readdirSync(tmp), ['snapshot'], 'no staging folder left behind');
  });

  it('rejects a corrupt price file without touching the snapshot', async () => {
    const before = snapshotBytes(snap);
    server.overrides.set(CSV_EU, (res, _hit, body) => (res.writeHead(200).end(body.replace('"0.1070000000"', '"0.1O7"')), true));
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', services: ['ec2'] })), /corrupt price data: eu-west-1 m5.large/);
    server.overrides.set(CSV_EU, (res, _hit, body) => (res.writeHead(200).end(body.split('\n').slice(6).join('\n')), true));
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', services: ['ec2'] })), /no header row/);
    assert.deepStrictEqual(snapshotBytes(snap), before);
  });

  it('rejects a refresh whose anchor price is wrong or whose row count is under the floor', async () => {
    const before = snapshotBytes(snap);
    server.overrides.set(CSV_US, (res, _hit, body) => (res.writeHead(200).end(body.replace('"0.0960000000"', '"0.1960000000"')), true));
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', services: ['ec2'] })), /anchor aws\/ec2-ondemand us-east-1 m5.large is 0.196, expected 0.096/);
    server.overrides.clear();
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', services: ['ec2'], floors: { 'aws/ec2-ondemand': 10_000 } })), /at least 10000/);
    assert.deepStrictEqual(snapshotBytes(snap), before);
  });

  it('Azure: follows NextPageLink, retries a failed page, keeps Linux pay-as-you-go only', async () => {
    let pages = 0;
    server.overrides.set('/azure/prices', (res, hit) => {
      pages = hit;
      return hit === 2 ? (res.writeHead(503).end(), true) : false;
    });
    await refreshSnapshot(opts({ provider: 'azure', services: ['vm'], regions: ['westeurope'] }));
    assert.strictEqual(pages, 3, 'page 1, page 2 failed, page 2 again');
    const vm = Snapshot.load(snap).table('azure/vm')!;
    assert.deepStrictEqual(
      [...vm.entries()].map(([k, v]) => `${k.join(' ')} ${v[0]}`),
      ['westeurope Standard_B2s 0.048', 'westeurope Standard_D2s_v5 0.115', 'westeurope Standard_D4s_v5 0.23', 'westeurope Standard_E2s_v5 0.152', 'westeurope Standard_NC6s_v3 3.823'],
    );
    assert.strictEqual(Snapshot.load(snap).manifest.tables['azure/vm'].sources[0].date, '2026-11-27');
  });

  it('Azure: a page that is not Retail Prices JSON is rejected', async () => {
    server.overrides.set('/azure/prices', (res) => (res.writeHead(200).end('{"Items": [{"armRegionName": "westeu'), true));
    await assert.rejects(refreshSnapshot(opts({ provider: 'azure', services: ['vm'], regions: ['westeurope'] })), /corrupt Azure price page 1: not valid JSON/);
    assert.strictEqual(Snapshot.load(snap).has('azure/vm'), false);
  });

  it('Google without a key: reads the weekly pricing.yml', async () => {
    await refreshSnapshot(opts({ provider: 'google' }));
    const s = Snapshot.load(snap);
    assert.deepStrictEqual(s.table('google/compute')?.row('us-central1', 'n2-standard-4'), [0.194236, 0.09212]);
    assert.deepStrictEqual(s.table('google/compute')?.row('europe-west4', 'e2-standard-2'), [0.07377204, 0.035264]);
    assert.strictEqual(s.manifest.tables['google/compute'].sourceDate, '2026-07-30');
  });

  it('Google with GOOGLE_API_KEY: pages through the Billing Catalog and prices machine types from Core/Ram SKUs exactly', async () => {
    // The catalog path prices the machine types listed in the base snapshot's google/compute-specs.
    await refreshSnapshot(opts({ provider: 'google', googleApiKey: 'test-key' }));
    const t = Snapshot.load(snap).table('google/compute')!;
    assert.strictEqual(fs.readFileSync(path.join(snap, 'google', 'compute.tsv'), 'utf8'), 'region\tmachineType\tprice\tspot\nus-central1\tn2-standard-4\t0.194236\t\n');
    assert.strictEqual(t.get('us-central1', 'e2-standard-2'), undefined, 'no E2 SKUs in the fixture');
    assert.strictEqual(server.hits.get('/google/v1/services/6F81-5844-456A/skus'), 2);
  });

  it('stops when cancelled and says so', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(refreshSnapshot(opts({ provider: 'aws', signal: ac.signal })), /cancelled/);
  });
});

describe('pricing refresh through an HTTPS proxy and from the CLI', () => {
  const server = new PriceApiServer();
  let proxy: import('net').Server;
  let proxyUrl = '';
  const connects: string[] = [];
  let tmp: string;

  before(async () => {
    await server.start();
    const net = await import('net');
    // A minimal CONNECT proxy, as corporate proxies speak it (VS Code's http.proxy points at one).
    proxy = net.createServer((client) => {
      client.once('data', (head) => {
        const m = /^CONNECT ([^ ]+) /.exec(head.toString());
        if (!m) {
          client.destroy();
          return;
        }
        connects.push(m[1]);
        const [host, port] = m[1].split(':');
        const upstream = net.connect(Number(port), host, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as import('net').AddressInfo).port}`;
  });
  after(async () => {
    await server.stop();
    await new Promise((resolve) => proxy.close(resolve));
  });
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-refresh-'));
    fs.cpSync(BASE, path.join(tmp, 'snapshot'), { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('sends every request through the configured proxy', async () => {
    const snap = path.join(tmp, 'snapshot');
    await refreshSnapshot({
      provider: 'azure',
      services: ['vm'],
      regions: ['westeurope'],
      outDir: snap,
      baseDir: snap,
      endpoints: { azure: `${server.base}/azure/prices` },
      proxy: proxyUrl,
      floors: {},
      minRowsPerRegion: 1,
      backoffMs: 1,
    });
    assert.strictEqual(connects.length, 2, 'two Retail Prices pages, each through a CONNECT tunnel');
    assert.strictEqual(connects[0], server.base.replace('http://', ''));
    assert.strictEqual(Snapshot.load(snap).table('azure/vm')?.get('westeurope', 'Standard_D2s_v5'), 0.115);
  });

  it('CLI rejects a missing or unknown provider with the usage line', async () => {
    const { main } = await import('../../../pricing-data/refresh/cli');
    await assert.rejects(main([]), /usage: pricing:refresh --provider aws\|azure\|google/);
    await assert.rejects(main(['--provider', 'oracle']), /usage/);
    await assert.rejects(main(['--provider', 'aws', '--frobnicate']), /unknown argument --frobnicate/);
    await assert.rejects(main(['--provider', 'aws', '--service', 'lambda', '--base', path.join(tmp, 'snapshot'), '--out', path.join(tmp, 'out')]), /unknown aws service 'lambda' \(known: ec2, ebs, rds\)/);
  });
});
