import type { FileFormat } from './file-format';
import { cloudformationFormat } from './cloudformation';
import { kubernetesFormat } from './kubernetes';
import { serverlessFormat } from './serverless';

/**
 * The single-file formats, in detection order. Adding a format is one line here plus a document
 * selector in package.json. Serverless before CloudFormation: a serverless.yml has CloudFormation inside.
 */
export const FILE_FORMATS: readonly FileFormat[] = [serverlessFormat, cloudformationFormat, kubernetesFormat];

export function isTerraformFile(path: string): boolean {
  return path.endsWith('.tf') || path.endsWith('.tf.json') || path.endsWith('.tfvars') || path.endsWith('.tfvars.json');
}

export function isYamlOrJson(path: string): boolean {
  return /\.(ya?ml|json|template)$/i.test(path) && !path.endsWith('.tf.json') && !path.endsWith('.tfvars.json');
}

export function detectFileFormat(path: string, text: string): FileFormat | undefined {
  if (!isYamlOrJson(path)) return undefined;
  for (const f of FILE_FORMATS) if (f.detect(path, text)) return f;
  return undefined;
}
