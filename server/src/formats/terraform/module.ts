import * as path from 'path';
import type { Problem } from '../../model/problem';
import { ZERO_RANGE } from '../../model/range';
import type { Resource } from '../../model/resource';
import { type Value, type ValueObject } from '../../model/value';
import type { SourceFs } from '../../workspace/source-fs';
import type { Expression, ParseResult } from './ast';
import { collectConfig, type ModuleConfig, type ParsedFile } from './evaluator/config';
import type { AnalysisContext } from './evaluator/context';
import { evaluate } from './evaluator/expression';
import { standaloneScope } from './evaluator/standalone';
import { ModuleInstance } from './evaluator/module-instance';
import { EvalError, evalError } from './evaluator/values';
import type { ModuleCall, ParseCacheEntry, TerraformModuleResult, TerraformOptions } from './index';
import { parseHclJson } from './json-syntax';
import { readModulesJson } from './modules-json';
import { parseHcl } from './parser';
import { collectVarInputs } from './tfvars';

/**
 * Evaluates the root module in `dir` and every module it calls, and returns one Resource per instance
 * Terraform would create. Never throws: anything unexpected becomes a problem on the module.
 */
export function analyzeTerraformModule(dir: string, fs: SourceFs, options: TerraformOptions): TerraformModuleResult {
  const problems: Problem[] = [];
  const resources: Resource[] = [];
  const moduleCalls: ModuleCall[] = [];
  try {
    const root = path.resolve(dir);
    const parse = cachedParser(options.parseCache);
    const configs = new Map<string, ModuleConfig | undefined>();
    const ctx: AnalysisContext = {
      fs,
      rootDir: root,
      workspace: options.workspace ?? 'default',
      installed: readModulesJson(root, fs),
      loadModule: (d) => {
        if (!configs.has(d)) configs.set(d, loadModule(d, fs, parse, problems));
        return configs.get(d);
      },
      parseExpression,
      renderTemplate: (text, file, vars) => renderTemplate(text, file, vars, fs, root),
      problems,
      reported: new Set(),
    };
    const config = ctx.loadModule(root);
    if (!config) return { resources, problems, moduleCalls };
    const vars = collectVarInputs(root, fs, options.varFiles ?? [], options.vars ?? {}, parse);
    problems.push(...vars.problems);
    const instance = new ModuleInstance(
      ctx,
      config,
      {
        modulePath: '',
        declarationPath: '',
        manifestKey: '',
        stack: [root],
        // A directory with provider blocks or var files is a root someone runs; otherwise it may be a child
        // module opened on its own, whose variables its callers set.
        reportUnsetVariables: config.providers.length > 0 || vars.files.length > 0,
      },
      (name) => vars.inputs.get(name),
      new Map(),
    );
    instance.collect(resources, moduleCalls);
  } catch (e) {
    problems.push({
      file: path.resolve(dir),
      range: ZERO_RANGE,
      severity: 'error',
      message: `internal error while evaluating this module: ${(e as Error)?.message ?? String(e)}`,
      source: 'terraform',
    });
  }
  return { resources, problems, moduleCalls };
}

type Parse = (file: string, text: string) => ParseResult;

/** Parses through the caller's cache: an unchanged file (same text) is never parsed twice. */
function cachedParser(cache: Map<string, ParseCacheEntry> | undefined): Parse {
  return (file, text) => {
    const hit = cache?.get(file);
    if (hit && hit.text === text) return hit.result;
    const result = file.endsWith('.json') ? parseHclJson(text, file) : parseHcl(text, file);
    cache?.set(file, { text, result });
    return result;
  };
}

/** A module is every .tf and .tf.json file of one directory (not subdirectories), in lexical order. */
function loadModule(dir: string, fs: SourceFs, parse: Parse, problems: Problem[]): ModuleConfig | undefined {
  const names = fs
    .listDir(dir)
    .filter((n) => (n.endsWith('.tf') || n.endsWith('.tf.json')) && !n.startsWith('.'))
    .sort();
  const files: ParsedFile[] = [];
  for (const n of names) {
    const file = path.join(dir, n);
    const text = fs.readFile(file);
    if (text === undefined) continue;
    const result = parse(file, text);
    problems.push(...result.problems);
    files.push({ file, body: result.body });
  }
  if (files.length === 0) return undefined;
  const config = collectConfig(dir, files);
  problems.push(...config.problems);
  return config;
}

function parseExpression(text: string): Expression | undefined {
  const result = parseHcl(`v = ${text}\n`, '<var>');
  if (result.problems.length > 0) return undefined;
  return result.body.attributes[0]?.expr;
}

/**
 * templatefile(): the file's text is a template, which is exactly what a heredoc body is, so the text is
 * parsed as one (with a marker that does not occur in it). Only the given variables and functions are
 * in scope, as in Terraform.
 */
function renderTemplate(text: string, file: string, vars: ValueObject, fs: SourceFs, root: string): Value {
  let marker = 'COSTLENS_TEMPLATE';
  while (text.includes(marker)) marker += '_X';
  const addedNewline = !text.endsWith('\n');
  const parsed = parseHcl(`t = <<${marker}\n${text}${addedNewline ? '\n' : ''}${marker}\n`, file);
  const expr = parsed.body.attributes[0]?.expr;
  if (!expr || parsed.problems.length > 0) {
    return evalError(`templatefile(): ${parsed.problems[0]?.message ?? 'the template could not be read'} in ${file}`);
  }
  const render = (t: string, f: string, v: ValueObject) => renderTemplate(t, f, v, fs, root);
  const scope = standaloneScope(fs, root, vars, render, 'in a template; pass it in the templatefile() vars');
  const v = evaluate(expr, scope);
  if (v instanceof EvalError || typeof v !== 'string') return v;
  return addedNewline && v.endsWith('\n') ? v.slice(0, -1) : v;
}
