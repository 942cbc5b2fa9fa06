import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Cloud } from '../../../server/src/model/resource';
import { detectFileFormat } from '../../../server/src/formats/registry';
import type { ResourceCost } from '../../../server/src/pricing/cost';
import { priceResource } from '../../../server/src/pricing/engine';
import { Snapshot } from '../../../server/src/pricing/snapshot';
import type { SourceFs } from '../../../server/src/workspace/source-fs';
import { assertMatches, FIXTURE_SNAPSHOT, loadUsage, toExpected, type Expected } from '../golden-runner';

/**
 * Golden tests for the YAML formats: each folder holds one input file (a manifest stream, template.yml or
 * serverless.yml), optionally `.costlens.yml` and `infracost-usage.yml`, and `expected.json` written by hand
 * (SOURCE.md shows the arithmetic and the price rows it used). The input goes through format detection,
 * analysis and the engine, exactly as in the editor. `UPDATE_GOLDEN=1` rewrites expected.json for review.
 */
const DEFAULT_REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };
const NOT_INPUT = new Set(['expected.json', '.costlens.yml', 'infracost-usage.yml']);

export function folderFs(): SourceFs {
  return {
    readFile: (p) => (fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined),
    listDir: (p) => (fs.existsSync(p) ? fs.readdirSync(p) : []),
    isDirectory: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
  };
}

export function priceFormatFolder(dir: string, snapshot: Snapshot): { costs: ResourceCost[]; formats: string[] } {
  const costs: ResourceCost[] = [];
  const formats: string[] = [];
  const usage = loadUsage(dir);
  for (const name of fs.readdirSync(dir).sort()) {
    if (NOT_INPUT.has(name) || !/\.(ya?ml|json|template)$/.test(name)) continue;
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const format = detectFileFormat(file, text);
    if (!format) continue;
    formats.push(format.id);
    const result = format.analyze(file, text, { fs: folderFs(), workspaceRoot: dir, defaultRegions: DEFAULT_REGIONS });
    for (const r of result.resources) costs.push(priceResource(r, { snapshot, defaultRegions: DEFAULT_REGIONS, usage }));
  }
  return { costs, formats };
}

/** Registers one test per folder under `root`; `format` is the id every input must be detected as. */
export function formatGoldenSuite(root: string, format: string): void {
  const snapshot = Snapshot.load(FIXTURE_SNAPSHOT);
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, () => {
      const { costs, formats } = priceFormatFolder(dir, snapshot);
      assert.ok(formats.length > 0 && formats.every((f) => f === format), `${name}: detected as ${formats.join(', ') || 'nothing'}`);
      const file = path.join(dir, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.writeFileSync(file, JSON.stringify(toExpected(costs), null, 2) + '\n');
        return;
      }
      assertMatches(costs, JSON.parse(fs.readFileSync(file, 'utf8')) as Expected);
    });
  }
}
