import { isList, isObject, type Value } from '../../../model/value';
import { ANY, convert } from '../evaluator/types';
import { asBool, asNumber, asString, FnError, typeName } from '../evaluator/values';
import { fixed, type FunctionTable } from './registry';

/**
 * Type conversion functions (https://developer.hashicorp.com/terraform/language/functions/tolist and
 * siblings). try() and can() need lazy arguments and live in the evaluator.
 */
export const typeConversionFunctions: FunctionTable = {
  tobool: fixed(1, ([v]) => (v === null ? null : asBool(v)), 'top'),
  tonumber: fixed(1, ([v]) => (v === null ? null : asNumber(v)), 'top'),
  tostring: fixed(1, ([v]) => (v === null ? null : asString(v)), 'top'),
  tolist: fixed(1, ([v]) => (v === null ? null : convert(listOf(v), { kind: 'list', element: ANY })), 'top'),
  toset: fixed(1, ([v]) => (v === null ? null : convert(listOf(v), { kind: 'set', element: ANY })), 'top'),
  tomap: fixed(
    1,
    ([v]) => {
      if (v === null) return null;
      if (!isObject(v)) throw new FnError(`cannot convert a ${typeName(v)} to a map`);
      return v;
    },
    'top',
  ),
  // Sensitivity only changes how Terraform displays a value, never the value costlens prices.
  sensitive: fixed(1, ([v]) => v, 'none'),
  nonsensitive: fixed(1, ([v]) => v, 'none'),
  issensitive: fixed(1, () => false, 'none'),
  ephemeralasnull: fixed(1, ([v]) => v, 'none'),
};

/** Mixed primitive elements unify to string, as in the documented `toset(["a", "b", 3])` example. */
function listOf(v: Value): readonly Value[] {
  if (!isList(v)) throw new FnError(`cannot convert a ${typeName(v)} to a list`);
  const mixed = v.some((e) => typeof e === 'string') && v.some((e) => typeof e === 'number' || typeof e === 'boolean');
  return mixed ? v.map((e) => (typeof e === 'number' || typeof e === 'boolean' ? asString(e) : e)) : v;
}
