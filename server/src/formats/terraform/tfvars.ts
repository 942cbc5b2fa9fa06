import * as path from 'path';
import type { Problem } from '../../model/problem';
import { ZERO_RANGE, type Range } from '../../model/range';
import type { Value } from '../../model/value';
import type { SourceFs } from '../../workspace/source-fs';
import type { Expression, ParseResult } from './ast';
import { fromPlain } from './functions/json';

/** A value given to a root variable from outside the module, before conversion to the variable's type. */
export type VarInput =
  /** An expression of a .tfvars file (constants only; evaluated without references). */
  | { readonly kind: 'expr'; readonly expr: Expression; readonly file: string; readonly range: Range }
  /** A value of a .tfvars.json file. */
  | { readonly kind: 'value'; readonly value: Value; readonly file: string; readonly range?: Range }
  /** A -var / settings string: literal for primitive types, parsed as an expression for complex ones. */
  | { readonly kind: 'raw'; readonly text: string };

export type ParseFn = (file: string, text: string) => ParseResult;

/**
 * Variable values in Terraform's precedence, lowest first, later ones winning
 * (https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence):
 * terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then the extra var
 * files in order, then the -var values. Environment variables (TF_VAR_x) are not read: the editor's
 * environment is rarely the one Terraform runs in.
 */
export function collectVarInputs(
  dir: string,
  fs: SourceFs,
  varFiles: readonly string[],
  vars: Readonly<Record<string, string>>,
  parse: ParseFn,
): { inputs: Map<string, VarInput>; problems: Problem[]; files: string[] } {
  const names = fs.listDir(dir);
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort();
  const files = [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) =>
    path.join(dir, n),
  );
  files.push(...varFiles.map((f) => path.resolve(dir, f)));

  const inputs = new Map<string, VarInput>();
  const problems: Problem[] = [];
  for (const file of files) {
    const text = fs.readFile(file);
    if (text === undefined) {
      problems.push(problem(dir, `var file ${file} was not found`));
      continue;
    }
    if (file.endsWith('.json')) readJson(file, text, inputs, problems);
    else readHcl(file, text, parse, inputs, problems);
  }
  for (const [name, text] of Object.entries(vars)) inputs.set(name, { kind: 'raw', text });
  return { inputs, problems, files };
}

function readHcl(file: string, text: string, parse: ParseFn, inputs: Map<string, VarInput>, problems: Problem[]): void {
  const result = parse(file, text);
  problems.push(...result.problems);
  for (const a of result.body.attributes) inputs.set(a.name, { kind: 'expr', expr: a.expr, file, range: a.range });
  for (const b of result.body.blocks) {
    problems.push({
      file,
      range: b.headerRange,
      severity: 'warning',
      message: 'blocks are not allowed in a .tfvars file',
      source: 'terraform',
    });
  }
}

function readJson(file: string, text: string, inputs: Map<string, VarInput>, problems: Problem[]): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    problems.push(problem(file, `invalid JSON in ${path.basename(file)}: ${(e as Error).message}`));
    return;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(problem(file, `${path.basename(file)} must hold a JSON object`));
    return;
  }
  for (const [k, v] of Object.entries(data as Record<string, unknown>))
    inputs.set(k, { kind: 'value', value: fromPlain(v), file });
}

function problem(file: string, message: string): Problem {
  return { file, range: ZERO_RANGE, severity: 'warning', message, source: 'terraform' };
}
