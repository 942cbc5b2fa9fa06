import * as path from 'path';
import { isObject, type Value } from '../../../model/value';
import { asString, FnError } from '../evaluator/values';
import { fixed, type FunctionContext, type FunctionTable } from './registry';

/**
 * Filesystem functions (https://developer.hashicorp.com/terraform/language/functions/file and siblings).
 * Files are read only through SourceFs, so an unsaved editor buffer wins over the disk and nothing outside
 * the workspace abstraction is touched.
 */
export const filesystemFunctions: FunctionTable = {
  abspath: fixed(1, ([p], ctx) => resolve(asString(p), ctx)),
  basename: fixed(1, ([p]) => path.posix.basename(asString(p))),
  dirname: fixed(1, ([p]) => path.posix.dirname(asString(p))),
  file: fixed(1, ([p], ctx) => readFile(asString(p), ctx)),
  filebase64: fixed(1, ([p], ctx) => Buffer.from(readFile(asString(p), ctx), 'utf8').toString('base64')),
  fileexists: fixed(1, ([p], ctx) => {
    const abs = resolve(asString(p), ctx);
    return ctx.fs.readFile(abs) !== undefined;
  }),
  pathexpand: fixed(1, ([p]) => asString(p)),
  templatefile: fixed(2, ([p, vars], ctx) => templateFile(asString(p), vars, ctx)),
};

function resolve(p: string, ctx: FunctionContext): string {
  return path.resolve(ctx.baseDir, p);
}

function readFile(p: string, ctx: FunctionContext): string {
  const abs = resolve(p, ctx);
  const text = ctx.fs.readFile(abs);
  if (text === undefined) throw new FnError(`no file exists at ${JSON.stringify(p)}`);
  return text;
}

function templateFile(p: string, vars: Value, ctx: FunctionContext): Value {
  if (!isObject(vars)) throw new FnError('the vars argument must be a map or object');
  if (!ctx.renderTemplate) throw new FnError('templates are not available here');
  const abs = resolve(p, ctx);
  return ctx.renderTemplate(readFile(p, ctx), abs, vars);
}
