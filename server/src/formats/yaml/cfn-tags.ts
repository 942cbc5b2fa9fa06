import type { ScalarTag, CollectionTag } from 'yaml';

/**
 * CloudFormation's short-form intrinsic tags. The yaml package is told about them so it does not warn;
 * the reader rewrites each tagged node to the long form (see `longForm`).
 */
export const CFN_TAGS = [
  'Ref', 'Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'FindInMap', 'Equals', 'Not', 'And', 'Or', 'Base64',
  'Cidr', 'GetAZs', 'ImportValue', 'Condition', 'Transform', 'ToJsonString', 'Length',
] as const;

export const YAML_CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = CFN_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (v: string) => v } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (v: unknown) => v } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (v: unknown) => v } as unknown as CollectionTag,
]);

/** The long-form key of a short-form tag ('!Ref' → 'Ref', '!Sub' → 'Fn::Sub'); undefined for other tags. */
export function longForm(tag: string | undefined): string | undefined {
  if (!tag || !tag.startsWith('!')) return undefined;
  const name = tag.slice(1);
  if (!(CFN_TAGS as readonly string[]).includes(name)) return undefined;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
