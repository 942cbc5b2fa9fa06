import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { literalValue, type Body, type LiteralValue } from '../../../../server/src/formats/terraform/ast';
import { parseHcl } from '../../../../server/src/formats/terraform/parser';

// HashiCorp's own parser (Go, compiled to wasm) is the reference: for every attribute whose expression is a
// literal, our value must equal the one hcl2json reports. hcl2json writes templates back as "${…}" text, so
// a literal `${` in our value appears escaped as `$${` there.
const CORPUS = path.resolve(__dirname, '../../../../../test/fixtures/terraform-corpus');

function escapeTemplateText(v: LiteralValue): LiteralValue {
  if (typeof v === 'string') return v.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (Array.isArray(v)) return v.map(escapeTemplateText);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeTemplateText(x)]));
  }
  return v;
}

interface Tally {
  compared: number;
  mismatches: string[];
}

function compareBody(body: Body, json: Record<string, unknown>, where: string, tally: Tally): void {
  for (const attr of body.attributes) {
    const mine = literalValue(attr.expr);
    if (mine === undefined) continue;
    tally.compared++;
    const theirs = json[attr.name];
    try {
      assert.deepStrictEqual(escapeTemplateText(mine), theirs);
    } catch {
      tally.mismatches.push(`${where}.${attr.name}: ours ${JSON.stringify(mine)}, hcl2json ${JSON.stringify(theirs)}`);
    }
  }
  const seen = new Map<string, number>();
  for (const block of body.blocks) {
    const labels = block.labels.map((l) => l.value);
    let node: unknown = json[block.type];
    for (const label of labels) node = (node as Record<string, unknown> | undefined)?.[label];
    const key = [block.type, ...labels].join('\u0000');
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const inner = Array.isArray(node) ? node[index] : undefined;
    const name = `${where}/${[block.type, ...labels].join('.')}[${index}]`;
    if (inner === undefined || inner === null || typeof inner !== 'object') {
      tally.mismatches.push(`${name}: block missing in hcl2json output`);
      continue;
    }
    compareBody(block.body, inner as Record<string, unknown>, name, tally);
  }
}

describe('HCL parser vs hcl2json (differential, literal attributes)', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.tf'));

  it('finds the corpus', () => {
    assert.ok(files.length >= 5, `corpus at ${CORPUS}`);
  });

  for (const file of files) {
    it(`agrees on every literal attribute in ${file}`, async function () {
      this.timeout(20000); // the wasm module loads on first use; not a speed assertion
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const ours = parseHcl(text, file);
      assert.deepStrictEqual(ours.problems, []);
      const theirs = await hcl2json(file, text);
      const tally: Tally = { compared: 0, mismatches: [] };
      compareBody(ours.body, theirs, file, tally);
      assert.deepStrictEqual(tally.mismatches, []);
      assert.ok(tally.compared >= 20, `only ${tally.compared} literal attributes compared`);
    });
  }
});
