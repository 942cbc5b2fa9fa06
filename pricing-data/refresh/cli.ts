#!/usr/bin/env node
import * as path from 'path';
import { refreshSnapshot, RefreshError, type Provider } from './index';

/**
 * npm run pricing:refresh -- --provider aws|azure|google [--region r]… [--service s]… [--out dir] [--base dir]
 * Default --base and --out: the bundled pricing-data/ folder (refreshed in place, atomically).
 */
const USAGE = 'usage: pricing:refresh --provider aws|azure|google [--region <code>]… [--service <name>]… [--out <dir>] [--base <dir>] [--proxy <url>]';

export async function main(argv: readonly string[]): Promise<number> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const bundled = path.join(root, 'pricing-data');
  let provider: string | undefined;
  const regions: string[] = [];
  const services: string[] = [];
  let out = bundled;
  let base: string | undefined;
  let proxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new RefreshError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--provider') provider = next();
    else if (a === '--region') regions.push(...next().split(','));
    else if (a === '--service') services.push(...next().split(','));
    else if (a === '--out') out = path.resolve(next());
    else if (a === '--base') base = path.resolve(next());
    else if (a === '--proxy') proxy = next();
    else throw new RefreshError(`unknown argument ${a}\n${USAGE}`);
  }
  if (provider !== 'aws' && provider !== 'azure' && provider !== 'google') throw new RefreshError(USAGE);
  const result = await refreshSnapshot({
    provider: provider as Provider,
    regions: regions.length ? regions : undefined,
    services: services.length ? services : undefined,
    outDir: out,
    baseDir: base ?? out,
    proxy,
    onProgress: (p) => process.stderr.write(`${p.fraction !== undefined ? `${Math.round(p.fraction * 100)}% ` : ''}${p.message}\n`),
  });
  for (const t of result.tables) console.log(`${t.id}: ${t.rows} rows (${t.refreshedRegions} regions refreshed)`);
  console.log(`prices as of ${result.pricesAsOf} → ${result.outDir}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      console.error(`pricing refresh failed: ${e.message}`);
      process.exit(1);
    },
  );
}
