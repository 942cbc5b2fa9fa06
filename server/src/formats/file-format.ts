import type { Cloud, Resource } from '../model/resource';
import type { Problem } from '../model/problem';
import type { SourceFs } from '../workspace/source-fs';

/**
 * A single-file format (Kubernetes manifests, CloudFormation/SAM templates, serverless.yml). Terraform
 * is different (a module is a directory) and has its own entry in formats/terraform/.
 */
export interface FileFormat {
  readonly id: 'kubernetes' | 'cloudformation' | 'serverless';
  /** Cheap check on the name and text; must not parse the whole file when the answer is obviously no. */
  detect(path: string, text: string): boolean;
  analyze(path: string, text: string, ctx: FormatContext): FileFormatResult;
}

export interface FormatContext {
  readonly fs: SourceFs;
  /** Workspace folder the file belongs to (where .costlens.yml lives), when known. */
  readonly workspaceRoot?: string;
  readonly defaultRegions: Readonly<Record<Cloud, string>>;
}

export interface FileFormatResult {
  readonly resources: readonly Resource[];
  readonly problems: readonly Problem[];
}
