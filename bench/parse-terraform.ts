import * as os from 'os';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { corpusTexts } from './fuzz-terraform';
import { parseHcl } from '../server/src/formats/terraform/parser';
import { median } from './_stats';

/**
 * HCL parse throughput on a realistic corpus of at least 5 MB, against HashiCorp's own parser
 * (@cdktf/hcl2json: Go compiled to wasm) measured in the same run on the same files.
 *
 *   npx tsc -p . && node out/bench/parse-terraform.js          (BENCH_MB=5, BENCH_ROUNDS=5 to override)
 */

const TARGET_MB = Number(process.env.BENCH_MB ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/**
 * Replicates the fixture files into module-sized files (~25 KB, a large main.tf) until the target size is
 * reached. Each copy gets its own block names and a few changed numbers, so no two files are the same text.
 */
function buildCorpus(targetBytes: number): { name: string; text: string }[] {
  const sources = corpusTexts().filter((f) => f.name.endsWith('.tf'));
  const files: { name: string; text: string }[] = [];
  let total = 0;
  let copy = 0;
  while (total < targetBytes) {
    let text = '';
    while (text.length < 25_000) {
      const src = sources[copy % sources.length];
      const n = copy++;
      text += `# ${src.name}, copy ${n}\n`;
      text += src.text
        .replace(/"([a-z0-9_]+)" \{/g, (_, name: string) => `"${name}_${n}" {`)
        .replace(/= (\d+)\n/g, (_, d: string) => `= ${Number(d) + (n % 7)}\n`);
      text += '\n';
    }
    files.push({ name: `bench-${files.length}.tf`, text });
    total += Buffer.byteLength(text, 'utf8');
  }
  return files;
}

async function main(): Promise<void> {
  const files = buildCorpus(TARGET_MB * 1024 * 1024);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
  const mb = bytes / (1024 * 1024);
  console.log(`corpus: ${files.length} files, ${mb.toFixed(2)} MB (from test/fixtures/terraform-corpus)`);

  let problems = 0;
  for (const f of files) problems += parseHcl(f.text, f.name).problems.length; // warm-up, and a sanity check
  if (problems > 0) console.log(`warning: ${problems} problems in the bench corpus`);

  // Wall time is what an editor user feels; CPU time is reported too because shared machines are noisy.
  const ours: number[] = [];
  const oursCpu: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const f of files) parseHcl(f.text, f.name);
    ours.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    oursCpu.push((c.user + c.system) / 1e6);
  }
  const oursS = median(ours);
  const oursCpuS = median(oursCpu);
  console.log(
    `costlens parseHcl: ${(mb / oursS).toFixed(1)} MB/s wall (median of ${ROUNDS} rounds; best ` +
      `${(mb / Math.min(...ours)).toFixed(1)}), ${(mb / oursCpuS).toFixed(1)} MB/s of CPU time`,
  );

  await hcl2json(files[0].name, files[0].text); // load the wasm module before timing
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const f of files) await hcl2json(f.name, f.text);
  const theirsS = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const theirsCpuS = (c.user + c.system) / 1e6;
  console.log(
    `@cdktf/hcl2json:   ${(mb / theirsS).toFixed(2)} MB/s wall (one round), ` +
      `${(mb / theirsCpuS).toFixed(2)} MB/s of CPU time`,
  );
  console.log(
    `ratio: costlens is ${(theirsS / oursS).toFixed(1)}x faster than hcl2json in wall time, ` +
      `${(theirsCpuS / oursCpuS).toFixed(1)}x in CPU time, on the same corpus in the same run`,
  );
  console.log(`machine load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
