import { performance } from 'perf_hooks';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { analyzeKubernetes } from '../server/src/formats/kubernetes';
import { analyzeServerless } from '../server/src/formats/serverless';
import { analyzeCloudFormation } from '../server/src/formats/cloudformation';
import { readCostlensFile } from '../server/src/config/costlens-file';
import type { Cloud } from '../server/src/model/resource';
import { priceResource } from '../server/src/pricing/engine';
import { Snapshot } from '../server/src/pricing/snapshot';
import { FUZZ_SEEDS, mutate, rng } from '../test/unit/formats/yaml/fuzz-seeds';

/**
 * The YAML formats: a 500-document Kubernetes manifest stream and a 200-function serverless.yml.
 * For each: the baseline (the yaml package's own parseAllDocuments on the same text, measured in this run),
 * full analysis, analysis + pricing, and re-analysis after a one-character edit (what a keystroke costs:
 * the file is re-read whole). Medians of RUNS passes after a warm-up. Prints figures; asserts nothing.
 *   npx tsc -p . && node out/bench/yaml-formats.js            figures
 *   node out/bench/yaml-formats.js --fuzz [cases]              100,000 mutations (default): exceptions, slowest case
 */
const RUNS = 15;
const REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };
const CTX = { fs: { readFile: () => undefined, listDir: () => [], isDirectory: () => false }, defaultRegions: REGIONS };
const SNAPSHOT_DIR = path.resolve(__dirname, '..', '..', 'pricing-data');

function manifestStream(docs: number): string {
  const kinds = [
    (i: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: team-${i % 7}\nspec:\n  replicas: ${1 + (i % 5)}\n  template:\n    spec:\n      initContainers:\n        - name: init\n          resources: { requests: { cpu: 100m, memory: 64Mi } }\n      containers:\n        - name: app\n          image: registry/app:${i}\n          resources:\n            requests: { cpu: ${100 + (i % 9) * 50}m, memory: ${128 * (1 + (i % 4))}Mi }\n            limits: { cpu: "1", memory: 1Gi }\n`,
    (i: number) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb\nspec:\n  type: ${i % 4 === 0 ? 'LoadBalancer' : 'ClusterIP'}\n  ports: [{ port: 80 }]\n`,
    (i: number) => `apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: job-${i} }\nspec:\n  schedule: "*/${5 + (i % 20)} * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{ name: j, resources: { requests: { cpu: 250m, memory: 256Mi } } }]\n`,
    (i: number) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db-${i} }\nspec:\n  replicas: 3\n  template: { spec: { containers: [{ name: db, resources: { requests: { cpu: "1", memory: 2Gi } } }] } }\n  volumeClaimTemplates:\n    - metadata: { name: data }\n      spec: { storageClassName: gp3, resources: { requests: { storage: ${10 * (1 + (i % 10))}Gi } } }\n`,
    (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg-${i} }\ndata:\n  key: value-${i}\n`,
  ];
  const out: string[] = [];
  for (let i = 0; i < docs; i++) out.push(kinds[i % kinds.length](i));
  return out.join('---\n');
}

function serverlessYml(functions: number): string {
  const lines = ['service: bench', 'custom:', '  mem: { prod: 1536, dev: 512 }', 'provider:', '  name: aws', "  stage: ${opt:stage, 'prod'}", '  region: us-east-1', '  runtime: nodejs20.x', 'functions:'];
  for (let i = 0; i < functions; i++) {
    lines.push(`  fn-${i}:`, `    handler: src/f${i}.handler`, '    memorySize: ${self:custom.mem.${sls:stage}}', `    timeout: ${3 + (i % 27)}`, '    events:');
    if (i % 3 === 0) lines.push(`      - http: GET /f${i}`);
    if (i % 3 === 1) lines.push(`      - schedule: rate(${1 + (i % 10)} minutes)`);
    if (i % 3 === 2) lines.push(`      - sns: topic-${i}`);
  }
  lines.push('resources:', '  Resources:', '    Table:', '      Type: AWS::DynamoDB::Table', '      Properties: { BillingMode: PAY_PER_REQUEST }');
  return lines.join('\n') + '\n';
}

function median(f: () => unknown): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function figures(): void {
  const snapshot = Snapshot.load(SNAPSHOT_DIR);
  const cases: [string, string, string, (p: string, t: string) => { resources: readonly import('../server/src/model/resource').Resource[] }, string, string][] = [
    ['500-document manifest stream', '/w/k8s/all.yaml', manifestStream(500), (p, t) => analyzeKubernetes(p, t, CTX), 'replicas: 2', 'replicas: 4'],
    ['200-function serverless.yml', '/w/serverless.yml', serverlessYml(200), (p, t) => analyzeServerless(p, t), 'timeout: 17', 'timeout: 18'],
  ];
  for (const [label, file, text, analyze, from, to] of cases) {
    const edited = text.replace(from, to);
    const baseline = median(() => parseAllDocuments(text));
    const analysis = median(() => analyze(file, text));
    const resources = analyze(file, text).resources;
    const priced = median(() => analyze(file, text).resources.map((r) => priceResource(r, { snapshot, defaultRegions: REGIONS })));
    const reanalysis = median(() => analyze(file, edited));
    const kb = (text.length / 1024).toFixed(0);
    console.log(`${label} (${kb} KiB, ${resources.length} resources)`);
    console.log(`  baseline yaml.parseAllDocuments   ${baseline.toFixed(2)} ms`);
    console.log(`  analysis                          ${analysis.toFixed(2)} ms  (${(analysis / baseline).toFixed(2)}× baseline)`);
    console.log(`  analysis + pricing                ${priced.toFixed(2)} ms`);
    console.log(`  re-analysis after a 1-char edit   ${reanalysis.toFixed(2)} ms`);
  }
}

function fuzz(cases: number): void {
  const next = rng(Number(process.env.FUZZ_SEED ?? 1));
  const paths: ((t: string) => unknown)[] = [
    (t) => analyzeKubernetes('/w/k.yaml', t, CTX),
    (t) => analyzeCloudFormation('/w/t.yaml', t),
    (t) => analyzeServerless('/w/serverless.yml', t),
    (t) => readCostlensFile('/w/.costlens.yml', t),
  ];
  let exceptions = 0;
  let slowest = 0;
  let slowestCase = -1;
  const t0 = performance.now();
  for (let i = 0; i < cases; i++) {
    const text = mutate(FUZZ_SEEDS[i % FUZZ_SEEDS.length], next);
    const t = performance.now();
    try {
      paths[i % paths.length](text);
    } catch (e) {
      exceptions++;
      if (exceptions <= 5) console.log(`case ${i} threw: ${(e as Error).stack}\n${text}\n`);
    }
    const d = performance.now() - t;
    if (d > slowest) [slowest, slowestCase] = [d, i];
  }
  console.log(`${cases} mutations in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${exceptions} exceptions; slowest case ${slowestCase} took ${slowest.toFixed(1)} ms`);
  process.exitCode = exceptions > 0 ? 1 : 0;
}

const i = process.argv.indexOf('--fuzz');
if (i >= 0) fuzz(Number(process.argv[i + 1] ?? process.env.FUZZ_CASES ?? 100_000) || 100_000);
else figures();
