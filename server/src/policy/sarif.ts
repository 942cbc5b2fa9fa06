import * as path from 'path';
import type { Severity } from '../model/problem';
import type { Range } from '../model/range';
import type { Policy, PolicyRule, Violation } from './types';

/**
 * Violations as SARIF 2.1.0, the format code-scanning tools (GitHub, GitLab, Azure DevOps) show on pull
 * requests. Paths are relative to `root` (run from the repository root for GitHub to place them); lines and
 * columns are 1-based there, where ours are 0-based.
 */
export const POLICY_FILE_RULE_ID = 'policy-file';

export function toSarif(violations: readonly Violation[], policy: Policy, root: string, version: string): object {
  const rules = [...policy.rules.map(ruleDescriptor)];
  if (policy.problems.length > 0) {
    rules.push({
      id: POLICY_FILE_RULE_ID,
      shortDescription: { text: 'The policy file has a broken rule; that rule is not applied.' },
      defaultConfiguration: { level: 'error' },
    });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [
    ...policy.problems.map((p) =>
      result(
        POLICY_FILE_RULE_ID,
        index.get(POLICY_FILE_RULE_ID),
        p.severity,
        p.message,
        location(root, p.file, p.range),
      ),
    ),
    ...violations.map((v) =>
      result(v.ruleId, index.get(v.ruleId), v.severity, v.message, location(root, v.file, v.range), v),
    ),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'costlens', version, informationUri: 'https://example.invalid/costlens', rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileUri(root) + '/' } },
        results,
      },
    ],
  };
}

interface Descriptor {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
}

const DESCRIPTIONS: Record<PolicyRule['rule'], string> = {
  budget: 'Monthly cost over a budget',
  'max-increase': 'Monthly cost increase of a change over the allowed amount',
  'forbidden-instance': 'Forbidden instance family or size',
  'max-gpu': 'Too many GPUs',
  'require-usage': 'Usage-based resource without usage figures',
  'max-cost-per-million-requests': 'Serverless function over the allowed cost per 1M requests',
};

function ruleDescriptor(r: PolicyRule): Descriptor {
  return {
    id: r.id,
    shortDescription: { text: r.message ?? DESCRIPTIONS[r.rule] },
    defaultConfiguration: { level: level(r.severity) },
  };
}

function result(
  ruleId: string,
  ruleIndex: number | undefined,
  severity: Severity,
  text: string,
  loc: object,
  v?: Violation,
): object {
  const props =
    v && (v.actual !== undefined || v.address)
      ? {
          properties: {
            ...(v.address ? { address: v.address } : {}),
            ...(v.actual !== undefined ? { actual: v.actual, limit: v.limit } : {}),
          },
        }
      : {};
  return {
    ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: level(severity),
    message: { text },
    locations: [loc],
    ...props,
  };
}

function location(root: string, file: string, r: Range): object {
  const region: Record<string, number> = { startLine: r.start.line + 1, startColumn: r.start.character + 1 };
  if (r.end.line > r.start.line || r.end.character > r.start.character) {
    region.endLine = r.end.line + 1;
    region.endColumn = r.end.character + 1;
  }
  const rel = path.relative(root, file).split(path.sep).join('/');
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(rel || path.basename(file)), uriBaseId: 'SRCROOT' },
      region,
    },
  };
}

function level(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'info' ? 'note' : s;
}

function pathToFileUri(p: string): string {
  return 'file://' + encodeURI(p.split(path.sep).join('/')).replace(/^([^/])/, '/$1');
}
