import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import * as YAML from 'yaml';
import { ZERO_RANGE } from '../../server/src/model/range';
import type { Cloud, Resource } from '../../server/src/model/resource';
import { Unknown, type Value, type ValueObject } from '../../server/src/model/value';
import type { ResourceCost } from '../../server/src/pricing/cost';
import { priceResource } from '../../server/src/pricing/engine';
import { Snapshot } from '../../server/src/pricing/snapshot';
import type { UsageData } from '../../server/src/pricing/usage';

/**
 * Golden tests: one folder per family with `main.tf` and/or `template.yml`, an optional
 * `infracost-usage.yml` and `expected.json` (the hand-checked breakdown; SOURCE.md says where each figure
 * comes from). `UPDATE_GOLDEN=1` rewrites expected.json from the engine so the diff can be reviewed —
 * committed figures are still checked by hand against the price data.
 *
 * Until the Terraform evaluator lands, main.tf is read with @cdktf/hcl2json: literal attributes, `count`,
 * the provider region, and references of the form `${type.name.attr}` resolved into
 * `meta.references[<attribute path>]` (the contract families read referenced resources through).
 */

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURE_SNAPSHOT = path.join(REPO, 'test/fixtures/snapshot');
const DEFAULT_REGIONS: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' };
const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider']);

export interface ExpectedComponent {
  name: string;
  monthlyQuantity: number | null;
  unitPrice: number | null;
  monthlyCost: number | null;
}
export interface ExpectedResource {
  status: string;
  monthlyCost: number | null;
  gpu?: { count: number };
  components: ExpectedComponent[];
}
export interface Expected {
  resources: Record<string, ExpectedResource>;
}

interface Decl {
  type: string;
  address: string;
  attributes: ValueObject;
}

/** Resources of a golden folder's main.tf (Terraform) and template.yml (CloudFormation). */
export async function loadResources(dir: string): Promise<Resource[]> {
  const out: Resource[] = [];
  const tf = path.join(dir, 'main.tf');
  if (fs.existsSync(tf)) out.push(...(await terraformResources(tf)));
  const cfn = path.join(dir, 'template.yml');
  if (fs.existsSync(cfn)) out.push(...cloudFormationResources(cfn));
  return out;
}

async function terraformResources(file: string): Promise<Resource[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (await parseHcl(file, fs.readFileSync(file, 'utf8'))) as any;
  const region = json.provider?.aws?.[0]?.region as string | undefined;
  const decls: Decl[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {}) as [string, Record<string, ValueObject[]>][]) {
    for (const [name, [body]] of Object.entries(byName)) {
      const count = typeof body.count === 'number' ? body.count : undefined;
      const attributes = Object.fromEntries(Object.entries(body).filter(([k]) => !META_ARGS.has(k)));
      if (count === undefined) decls.push({ type, address: `${type}.${name}`, attributes });
      else for (let i = 0; i < count; i++) decls.push({ type, address: `${type}.${name}[${i}]`, attributes });
    }
  }
  const byAddress = new Map(decls.map((d) => [d.address, d]));
  return decls.map((d) => {
    const references: Record<string, Value> = {};
    const attributes = resolve(d.attributes, '', (p, text) => {
      const m = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z_]+\}$/.exec(text);
      const target = m ? byAddress.get(m[1]) : undefined;
      if (target) references[p] = { type: target.type, address: target.address, attributes: target.attributes };
      return target !== undefined;
    }) as ValueObject;
    return resource('terraform', d.type, d.address, attributes, references, region);
  });
}

function cloudFormationResources(file: string): Resource[] {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as { Resources?: Record<string, { Type: string; Properties?: ValueObject }> };
  const all = doc.Resources ?? {};
  return Object.entries(all).map(([id, r]) => {
    const references: Record<string, Value> = {};
    const attributes = resolveCfn(r.Properties ?? {}, '', (p, target) => {
      const t = all[target];
      if (t) references[p] = { type: t.Type, address: target, attributes: t.Properties ?? {} };
    }) as ValueObject;
    return resource('cloudformation', r.Type, id, attributes, references, undefined);
  });
}

/** Walks a value; `${…}` strings become Unknown (a reference the parser cannot evaluate) after `onRef`. */
function resolve(v: Value, p: string, onRef: (path: string, text: string) => boolean): Value {
  if (typeof v === 'string' && v.includes('${')) {
    onRef(p, v);
    return new Unknown(`${v} is not evaluated by the golden runner`);
  }
  if (Array.isArray(v)) return v.map((x, i) => resolve(x, join(p, String(i)), onRef));
  if (v && typeof v === 'object' && !(v instanceof Unknown)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x, join(p, k), onRef)]));
  }
  return v;
}

function resolveCfn(v: Value, p: string, onRef: (path: string, target: string) => void): Value {
  if (Array.isArray(v)) return v.map((x, i) => resolveCfn(x, join(p, String(i)), onRef));
  if (v && typeof v === 'object' && !(v instanceof Unknown)) {
    const o = v as ValueObject;
    if (typeof o.Ref === 'string') {
      onRef(p, o.Ref);
      return new Unknown(`Ref ${o.Ref}`);
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolveCfn(x, join(p, k), onRef)]));
  }
  return v;
}

function join(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

function resource(
  dialect: 'terraform' | 'cloudformation',
  type: string,
  address: string,
  attributes: ValueObject,
  references: Record<string, Value>,
  region: string | undefined,
): Resource {
  return {
    dialect,
    type,
    address,
    declaration: address.replace(/\[\d+\]$/, ''),
    file: 'golden',
    range: ZERO_RANGE,
    headerRange: ZERO_RANGE,
    attributes,
    attributeRanges: {},
    cloud: 'aws',
    region,
    regionSource: region ? 'provider "aws" block' : undefined,
    meta: Object.keys(references).length > 0 ? { references } : undefined,
  };
}

/** Infracost's usage-file shape → UsageData. */
export function loadUsage(dir: string): UsageData | undefined {
  const file = path.join(dir, 'infracost-usage.yml');
  if (!fs.existsSync(file)) return undefined;
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) ?? {};
  return { resourceUsage: doc.resource_usage ?? {}, typeDefaults: doc.resource_type_default_usage ?? {}, source: 'infracost-usage.yml' };
}

export async function priceFolder(dir: string, snapshot: Snapshot): Promise<ResourceCost[]> {
  const usage = loadUsage(dir);
  return (await loadResources(dir)).map((r) => priceResource(r, { snapshot, defaultRegions: DEFAULT_REGIONS, usage }));
}

export function toExpected(costs: readonly ResourceCost[]): Expected {
  const resources: Record<string, ExpectedResource> = {};
  for (const c of costs) {
    resources[c.resource.address] = {
      status: c.status,
      monthlyCost: c.monthlyCost,
      ...(c.gpu ? { gpu: { count: c.gpu.count } } : {}),
      components: c.components.map((x) => ({ name: x.name, monthlyQuantity: x.monthlyQuantity, unitPrice: x.unitPrice, monthlyCost: x.monthlyCost })),
    };
  }
  return { resources };
}

/** Money and quantities are compared to 1e-9 relative: the expected figures are exact decimal arithmetic. */
function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) return assert.strictEqual(actual, expected, what);
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ expected ${expected}`);
}

export function assertMatches(costs: readonly ResourceCost[], expected: Expected): void {
  const actual = toExpected(costs).resources;
  assert.deepStrictEqual(Object.keys(actual).sort(), Object.keys(expected.resources).sort(), 'resource addresses');
  for (const [address, exp] of Object.entries(expected.resources)) {
    const act = actual[address];
    assert.strictEqual(act.status, exp.status, `${address} status`);
    close(act.monthlyCost, exp.monthlyCost, `${address} monthly cost`);
    assert.deepStrictEqual(act.gpu, exp.gpu, `${address} gpu`);
    assert.deepStrictEqual(act.components.map((c) => c.name), exp.components.map((c) => c.name), `${address} components`);
    exp.components.forEach((e, i) => {
      const a = act.components[i];
      close(a.monthlyQuantity, e.monthlyQuantity, `${address} / ${e.name} quantity`);
      close(a.unitPrice, e.unitPrice, `${address} / ${e.name} unit price`);
      close(a.monthlyCost, e.monthlyCost, `${address} / ${e.name} monthly cost`);
    });
  }
}

/** Registers one mocha test per golden folder under `root`. */
export function goldenSuite(root: string): void {
  const snapshot = Snapshot.load(FIXTURE_SNAPSHOT);
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, async function () {
      // hcl2json starts a WebAssembly Go runtime; the first parse of a file can take seconds on a busy machine.
      this.timeout(30000);
      const costs = await priceFolder(dir, snapshot);
      const file = path.join(dir, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.writeFileSync(file, JSON.stringify(toExpected(costs), null, 2) + '\n');
        return;
      }
      assert.ok(fs.existsSync(file), `${name}/expected.json is missing (write it by hand, or UPDATE_GOLDEN=1 and review)`);
      assertMatches(costs, JSON.parse(fs.readFileSync(file, 'utf8')) as Expected);
    });
  }
}
