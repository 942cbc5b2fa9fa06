import { createHash } from 'crypto';
import { parseAllDocuments, stringify } from 'yaml';
import { Unknown } from '../../../model/value';
import { asString, FnError } from '../evaluator/values';
import { fromPlain, jsonEncode } from './json';
import { fixed, type FunctionTable } from './registry';

/**
 * Encoding and hash functions: https://developer.hashicorp.com/terraform/language/functions (Encoding
 * Functions, Hash and Crypto Functions). Functions whose result changes on every run are Unknown, as
 * Terraform itself only knows them at apply.
 */
export const encodingFunctions: FunctionTable = {
  base64decode: fixed(1, ([s]) => base64Decode(asString(s))),
  base64encode: fixed(1, ([s]) => Buffer.from(asString(s), 'utf8').toString('base64')),
  base64sha256: fixed(1, ([s]) => createHash('sha256').update(asString(s), 'utf8').digest('base64')),
  jsondecode: fixed(1, ([s]) => jsonDecode(asString(s))),
  jsonencode: fixed(1, ([v]) => jsonEncode(v)),
  md5: fixed(1, ([s]) => createHash('md5').update(asString(s), 'utf8').digest('hex')),
  sha1: fixed(1, ([s]) => createHash('sha1').update(asString(s), 'utf8').digest('hex')),
  sha256: fixed(1, ([s]) => createHash('sha256').update(asString(s), 'utf8').digest('hex')),
  sha512: fixed(1, ([s]) => createHash('sha512').update(asString(s), 'utf8').digest('hex')),
  timestamp: fixed(0, () => new Unknown('timestamp() is known after apply')),
  urlencode: fixed(1, ([s]) =>
    encodeURIComponent(asString(s))
      .replace(/%20/g, '+')
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  ),
  uuid: fixed(0, () => new Unknown('uuid() changes on every run')),
  yamldecode: fixed(1, ([s]) => yamlDecode(asString(s))),
  yamlencode: fixed(1, ([v]) => yamlEncode(v)),
};

function base64Decode(s: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new FnError('the given value is not valid base64');
  const bytes = Buffer.from(s, 'base64');
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes))
    throw new FnError('the result of decoding the given base64 is not valid UTF-8');
  return text;
}

function jsonDecode(s: string): ReturnType<typeof fromPlain> {
  try {
    return fromPlain(JSON.parse(s));
  } catch (e) {
    throw e instanceof FnError ? e : new FnError(`invalid JSON: ${(e as Error).message}`);
  }
}

function yamlDecode(s: string): ReturnType<typeof fromPlain> {
  const docs = parseAllDocuments(s);
  if (!Array.isArray(docs)) return null;
  if (docs.length > 1) throw new FnError('multiple YAML documents are not supported');
  if (docs.length === 0) return null;
  const doc = docs[0];
  if (doc.errors.length > 0) throw new FnError(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  return fromPlain(doc.toJS({ maxAliasCount: 100 }));
}

/** Terraform writes block style with double-quoted strings and sorted keys (see the yamlencode examples). */
function yamlEncode(v: Parameters<typeof jsonEncode>[0]): string {
  // Round-trip through JSON to get sorted keys and plain data.
  const data: unknown = JSON.parse(jsonEncode(v));
  return stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'QUOTE_DOUBLE',
    indentSeq: false,
    lineWidth: 0,
  });
}
