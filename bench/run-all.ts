import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * `npm run bench`: runs every compiled bench script (out/bench/*.js) in its own process, so one
 * benchmark's heap and JIT state never colour another's figures. Never part of `npm test`.
 */
const dir = __dirname;
const only = process.argv.slice(2);
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.js') && f !== 'run-all.js' && !f.startsWith('fuzz-') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of scripts) {
  console.log(`\n=== ${f.replace(/\.js$/, '')} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, f)], { stdio: 'inherit', env: { ...process.env, FUZZ_CASES: process.env.FUZZ_CASES ?? '' } });
  if (r.status !== 0) failed++;
}
console.log(`\n${scripts.length - failed} benchmarks ran, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
