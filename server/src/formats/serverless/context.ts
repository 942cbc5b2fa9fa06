import type { Problem } from '../../model/problem';
import type { YNode } from '../yaml';
import type { Variables } from './variables';

/** The framework's defaults (Serverless Framework docs, "AWS provider": memorySize 1024, timeout 6, stage dev). */
export const SLS_DEFAULTS = { memorySize: 1024, timeout: 6, stage: 'dev', region: 'us-east-1', architecture: 'x86_64' } as const;

export interface SlsContext {
  readonly file: string;
  readonly root: YNode;
  readonly provider: YNode | undefined;
  readonly vars: Variables;
  readonly stage: string;
  readonly region: string;
  readonly regionSource: string;
  readonly problems: Problem[];
}
