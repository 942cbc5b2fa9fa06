import type { Problem } from '../../model/problem';
import type { Resource } from '../../model/resource';
import type { FileFormat, FileFormatResult } from '../file-format';
import { isMap, parseYaml } from '../yaml';
import { readTemplate } from './template';

/**
 * CloudFormation and SAM templates, YAML or JSON, recognised by content rather than file name: the format
 * version, the SAM transform, or a Resources section with AWS:: types.
 */
export const cloudformationFormat: FileFormat = {
  id: 'cloudformation',
  detect(_path, text) {
    if (/AWSTemplateFormatVersion/.test(text)) return true;
    if (/AWS::Serverless-\d{4}-\d{2}-\d{2}/.test(text)) return true;
    return (/(^|\n)Resources\s*:/.test(text) || /"Resources"\s*:/.test(text)) && /"?Type"?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(text);
  },
  analyze(path, text) {
    return analyzeCloudFormation(path, text);
  },
};

export function analyzeCloudFormation(path: string, text: string): FileFormatResult {
  const parsed = parseYaml(text, path);
  const problems: Problem[] = [];
  const resources: Resource[] = [];
  for (const d of parsed.documents) {
    problems.push(...d.problems);
    if (!isMap(d.root)) continue;
    // A template with a YAML error may be missing resources; what could be read is still priced.
    resources.push(...readTemplate(d.root, path, {}, problems).resources);
  }
  return { resources, problems };
}

export { readTemplate } from './template';
export { scheduleInvocationsPerMonth } from './schedule';
