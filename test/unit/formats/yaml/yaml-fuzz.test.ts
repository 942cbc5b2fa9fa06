import * as assert from 'assert';
import { analyzeCloudFormation } from '../../../../server/src/formats/cloudformation';
import { analyzeKubernetes } from '../../../../server/src/formats/kubernetes';
import { analyzeServerless } from '../../../../server/src/formats/serverless';
import { parseYaml } from '../../../../server/src/formats/yaml';
import { readCostlensFile } from '../../../../server/src/config/costlens-file';
import { FUZZ_SEEDS, mutate, rng } from './fuzz-seeds';

const ctx = {
  fs: { readFile: () => undefined, listDir: () => [], isDirectory: () => false },
  defaultRegions: { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' },
} as const;

const ANALYZERS: readonly ((text: string) => number)[] = [
  (t) => analyzeKubernetes('/w/k.yaml', t, ctx).problems.length,
  (t) => analyzeCloudFormation('/w/t.yaml', t).problems.length,
  (t) => analyzeServerless('/w/serverless.yml', t).problems.length,
  (t) => readCostlensFile('/w/.costlens.yml', t).problems.length + parseYaml(t, 'f.yaml').documents.length,
];

/**
 * 2,000 random mutations and truncations of real-looking Kubernetes, SAM and serverless files through every
 * YAML path: the reader, the three formats and the .costlens.yml reader. Parsing never throws (invariant 3);
 * the bench/yaml-formats.ts --fuzz run does 100,000.
 */
describe('yaml formats fuzz', () => {
  it('survives 2,000 mutations with zero exceptions', function () {
    // Not a speed check: a generous allowance so a loaded CI machine does not fail a correctness test.
    this.timeout(600_000);
    const next = rng(20261127);
    let problems = 0;
    for (let i = 0; i < 2000; i++) {
      const seed = FUZZ_SEEDS[i % FUZZ_SEEDS.length];
      const text = mutate(seed, next);
      try {
        // Each seed goes through the path it was written for (every analyzer runs the YAML reader first).
        problems += ANALYZERS[i % ANALYZERS.length](text);
      } catch (e) {
        assert.fail(`mutation ${i} threw ${(e as Error).stack}\n--- input ---\n${text}`);
      }
    }
    assert.ok(problems > 0, 'the mutations did produce problems, so the inputs were really broken');
  });
});
