// Bundles the three entry points. The client keeps `vscode` external (the host provides it); the server
// and CLI bundle everything, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  const t0 = Date.now();
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  console.log(`esbuild: dist/client.js, dist/server.js, dist/cli.js in ${Date.now() - t0} ms`);
}
