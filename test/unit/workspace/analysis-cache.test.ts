import * as assert from 'assert';
import * as path from 'path';
import { AnalysisCache } from '../../../server/src/workspace/analysis-cache';
import { overlayFs } from '../../../server/src/workspace/disk-fs';
import type { SourceFs } from '../../../server/src/workspace/source-fs';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';
import { fixtureSnapshot } from '../../helpers/fixtures';

// An in-memory workspace: a root module whose instance type comes from variables.tf and whose worker
// count comes from a local module's input. Prices from the frozen fixture snapshot (karpenter-aws us-east-1):
// m5.large 0.096 → m5.xlarge 0.192 USD/h.
const ROOT = '/ws/app';
const EMPTY: SourceFs = { readFile: () => undefined, listDir: () => [], isDirectory: (p) => ['/ws', ROOT, `${ROOT}/mod`].includes(p) };

function workspace(): Map<string, string> {
  return new Map([
    [`${ROOT}/variables.tf`, 'variable "size" {\n  default = "m5.large"\n}\n'],
    [`${ROOT}/main.tf`, 'resource "aws_instance" "web" {\n  instance_type = var.size\n}\n\nmodule "mod" {\n  source = "./mod"\n  n      = 2\n}\n'],
    [`${ROOT}/mod/main.tf`, 'variable "n" {}\n\nresource "aws_instance" "w" {\n  count         = var.n\n  instance_type = "t3.micro"\n}\n'],
  ]);
}

describe('analysis cache', () => {
  const opts = { snapshot: fixtureSnapshot(), settings: DEFAULT_SETTINGS, workspaceRoot: ROOT };

  it('memoizes a module directory until a file it read changes', () => {
    const files = workspace();
    const fs = overlayFs(files, EMPTY);
    const cache = new AnalysisCache();
    const main = `${ROOT}/main.tf`;
    const first = cache.get(main, fs, opts);
    assert.strictEqual(cache.get(main, fs, opts).unit, first.unit, 'same analysis object while nothing changed');
    assert.strictEqual(first.costs[0].components[0].unitPrice, 0.096);

    files.set(`${ROOT}/variables.tf`, 'variable "size" {\n  default = "m5.xlarge"\n}\n');
    assert.deepStrictEqual(cache.invalidate(`${ROOT}/variables.tf`), [ROOT]);
    const second = cache.get(main, fs, opts);
    assert.notStrictEqual(second.unit, first.unit);
    assert.strictEqual(second.costs[0].components[0].unitPrice, 0.192, 'the variable file edit reached main.tf');
  });

  it('invalidates the caller when a local module it evaluated changes', () => {
    const files = workspace();
    const fs = overlayFs(files, EMPTY);
    const cache = new AnalysisCache();
    const before = cache.get(`${ROOT}/main.tf`, fs, opts).unit;
    assert.strictEqual(before?.costs.filter((c) => c.resource.modulePath === 'module.mod').length, 2);
    files.set(`${ROOT}/mod/main.tf`, files.get(`${ROOT}/mod/main.tf`)!.replace('var.n', '3'));
    assert.ok(cache.invalidate(`${ROOT}/mod/main.tf`).includes(ROOT));
    const after = cache.get(`${ROOT}/main.tf`, fs, opts).unit;
    assert.strictEqual(after?.costs.filter((c) => c.resource.modulePath === 'module.mod').length, 3);
  });

  it('keeps units that did not read the edited directory', () => {
    const files = workspace();
    files.set('/ws/other/main.tf', 'resource "aws_instance" "x" {\n  instance_type = "m5.large"\n}\n');
    const fs = overlayFs(files, { ...EMPTY, isDirectory: (p) => EMPTY.isDirectory(p) || p === '/ws/other' });
    const cache = new AnalysisCache();
    const other = cache.get('/ws/other/main.tf', fs, opts).unit;
    cache.get(`${ROOT}/main.tf`, fs, opts);
    cache.invalidate(path.join(ROOT, 'variables.tf'));
    assert.strictEqual(cache.get('/ws/other/main.tf', fs, opts).unit, other);
  });
});
