import * as assert from 'assert';
import { analyzeTerraformModule } from '../../../../server/src/formats/terraform';
import { isUnknown } from '../../../../server/src/model/value';
import { overlayFs } from '../../../../server/src/workspace/disk-fs';
import type { SourceFs } from '../../../../server/src/workspace/source-fs';

const NOTHING: SourceFs = { readFile: () => undefined, listDir: () => [], isDirectory: () => false };
const DEFAULTS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const;

/**
 * Precedence as documented in https://developer.hashicorp.com/terraform/language/values/variables
 * ("Variable Definition Precedence"): each level sets the variables from its own letter on, so the winner
 * of each variable names the last level that set it.
 */
const FILES: Record<string, string> = {
  '/ws/main.tf': `
variable "a" {}
variable "b" {}
variable "c" {}
variable "d" {}
variable "e" {}
variable "f" {}
variable "g" { default = "default" }
resource "aws_instance" "x" {
  tags = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, f = var.f, g = var.g }
}
`,
  '/ws/terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\nf = "tfvars"\n',
  '/ws/terraform.tfvars.json': JSON.stringify({
    b: 'tfvars.json',
    c: 'tfvars.json',
    d: 'tfvars.json',
    e: 'tfvars.json',
    f: 'tfvars.json',
  }),
  '/ws/b.auto.tfvars': 'c = "b.auto"\nd = "b.auto"\ne = "b.auto"\nf = "b.auto"\n',
  '/ws/a.auto.tfvars.json': JSON.stringify({ c: 'a.auto.json', d: 'a.auto.json' }),
  '/ws/c.auto.tfvars.json': JSON.stringify({ d: 'c.auto.json', e: 'c.auto.json', f: 'c.auto.json' }),
  '/ws/env/one.tfvars': 'e = "varfile1"\nf = "varfile1"\n',
  '/ws/env/two.tfvars.json': JSON.stringify({ e: 'varfile2' }),
};

function tags(files: Record<string, string>, varFiles?: string[], vars?: Record<string, string>) {
  const r = analyzeTerraformModule('/ws', overlayFs(new Map(Object.entries(files)), NOTHING), {
    defaultRegions: DEFAULTS,
    varFiles,
    vars,
  });
  return { tags: r.resources[0]?.attributes.tags as Record<string, unknown>, problems: r.problems };
}

describe('tfvars precedence', () => {
  it('applies terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, var files, then vars', () => {
    const { tags: t } = tags(FILES, ['env/one.tfvars', '/ws/env/two.tfvars.json'], { f: 'cli' });
    assert.deepStrictEqual(t, {
      a: 'tfvars',
      b: 'tfvars.json',
      c: 'b.auto',
      d: 'c.auto.json',
      e: 'varfile2',
      f: 'cli',
      g: 'default',
    });
  });

  it('ignores var files that are not given, and warns about a var file that does not exist', () => {
    const { tags: t, problems } = tags(FILES, ['/ws/env/missing.tfvars']);
    assert.strictEqual(t.e, 'c.auto.json');
    assert.ok(problems.some((p) => p.severity === 'warning' && p.message.includes('missing.tfvars')));
  });

  it('does not allow references in tfvars: the value is Unknown with a reason', () => {
    const { tags: t } = tags({ ...FILES, '/ws/terraform.tfvars': 'a = var.b\n' });
    assert.ok(isUnknown(t.a));
    assert.match((t.a as { reason: string }).reason, /only constants/);
    assert.strictEqual(t.b, 'tfvars.json');
  });

  it('reports malformed JSON var files and keeps the other values', () => {
    const { tags: t, problems } = tags({ ...FILES, '/ws/c.auto.tfvars.json': '{ nope' });
    assert.strictEqual(t.d, 'b.auto');
    assert.ok(problems.some((p) => p.file === '/ws/c.auto.tfvars.json' && /invalid JSON/.test(p.message)));
  });

  it('leaves a variable without any value Unknown("var.x has no value")', () => {
    const { problems: quiet } = tags({ '/ws/main.tf': FILES['/ws/main.tf'] });
    assert.ok(
      !quiet.some((p) => p.message.startsWith('var.a')),
      'a directory without providers or var files may be a child module',
    );
    const { tags: t, problems } = tags({
      '/ws/main.tf': FILES['/ws/main.tf'],
      '/ws/providers.tf': 'provider "aws" {}\n',
    });
    assert.strictEqual((t.a as { reason: string }).reason, 'var.a has no value');
    const info = problems.find((p) => p.message.startsWith('var.a has no value'));
    assert.strictEqual(info?.severity, 'info');
    assert.strictEqual(info?.range.start.line, FILES['/ws/main.tf'].split('\n').indexOf('variable "a" {}'));
  });
});
