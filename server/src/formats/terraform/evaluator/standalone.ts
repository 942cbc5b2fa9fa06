import type { Value, ValueObject } from '../../../model/value';
import type { SourceFs } from '../../../workspace/source-fs';
import { bind, bindings, type EvalScope } from './expression';
import { evalError } from './values';

/**
 * A scope with functions and the given names only: what a template file sees (templatefile passes its
 * variables explicitly) and what tests use to evaluate a lone expression.
 */
export function standaloneScope(
  fs: SourceFs,
  baseDir: string,
  names: ValueObject = {},
  renderTemplate?: (text: string, file: string, vars: ValueObject) => Value,
  context = 'here',
): EvalScope {
  const refuse = (what: string) => (name: string) => evalError(`${what}.${name} is not available ${context}`);
  const scope: EvalScope = {
    fn: { fs, baseDir, renderTemplate },
    variable: refuse('var'),
    local: refuse('local'),
    resource: (type, name) => refuse(type)(name),
    data: (type, name) => refuse(`data.${type}`)(name),
    module: refuse('module'),
    bindings: bindings({}),
  };
  return bind(scope, names);
}
