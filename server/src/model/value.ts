import type { Range } from './range';

/**
 * A value the engine could not evaluate. It travels through evaluation and pricing instead of an
 * exception, and ends up in the editor as "price unknown: <reason>".
 */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly range?: Range,
    /** For a string known only up to an interpolation ("logging.googleapis.com/${…}"): the text before it. */
    readonly prefix?: string,
  ) {}
}

export type Value = string | number | boolean | null | Unknown | readonly Value[] | ValueObject;
export interface ValueObject {
  readonly [key: string]: Value;
}

export function unknown(reason: string, range?: Range): Unknown {
  return new Unknown(reason, range);
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isObject(v: Value | undefined): v is ValueObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

export function isList(v: Value | undefined): v is readonly Value[] {
  return Array.isArray(v);
}

/** Nested blocks as a list: Terraform gives one block as an object, several as a list. */
export function asList(v: Value | undefined): readonly Value[] {
  return isList(v) ? v : isObject(v) ? [v] : [];
}
