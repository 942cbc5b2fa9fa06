import * as path from 'path';
import { parsePolicy } from './parse';
import type { Policy } from './types';

/** The workspace file whose `policies:` section holds the guardrails when no policy file is configured. */
export const COSTLENS_FILE = '.costlens.yml';

/** Where a workspace's policy lives: the configured file (relative to the root), else `.costlens.yml` at the root. */
export function policyPath(root: string, policyFile: string | undefined): string {
  return policyFile ? path.resolve(root, policyFile) : path.join(root, COSTLENS_FILE);
}

/**
 * The policy of a workspace root, read through the caller's reader (disk for the CLI, open documents over
 * disk for the editor). Undefined when there is no such file.
 */
export function loadPolicy(
  root: string,
  policyFile: string | undefined,
  readFile: (p: string) => string | undefined,
): Policy | undefined {
  const file = policyPath(root, policyFile);
  const text = readFile(file);
  return text === undefined ? undefined : parsePolicy(text, file);
}
