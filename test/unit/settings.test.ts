import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/settings';
import { REPO } from '../helpers/fixtures';

/** Flattens the server's settings type into package.json's dotted keys. */
function flatten(obj: object, prefix: string, out: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    const isLeafObject = key === 'costlens.terraform.vars';
    if (v && typeof v === 'object' && !Array.isArray(v) && !isLeafObject) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

describe('settings', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const contributed: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;
  const clientOnly = new Set(['costlens.statusBar.enabled']);

  it('package.json declares exactly the server settings, with the same defaults', () => {
    const server = flatten(DEFAULT_SETTINGS, 'costlens', {});
    const declared = Object.keys(contributed).filter((k) => !clientOnly.has(k)).sort();
    assert.deepStrictEqual(declared, Object.keys(server).sort());
    for (const [k, v] of Object.entries(server)) assert.deepStrictEqual(contributed[k].default, v, k);
  });

  it('falls back to defaults for ill-typed values', () => {
    const s = resolveSettings({ hoursPerMonth: 'many', defaultRegion: { aws: 'eu-west-1' }, lensThreshold: -3 });
    assert.strictEqual(s.hoursPerMonth, 730);
    assert.strictEqual(s.defaultRegion.aws, 'eu-west-1');
    assert.strictEqual(s.defaultRegion.google, 'us-central1');
    assert.strictEqual(s.lensThreshold, 0.01);
  });
});
