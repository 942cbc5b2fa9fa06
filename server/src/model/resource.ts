import type { Range } from './range';
import type { Value } from './value';

/** The configuration language a resource was written in; pricing families match on (dialect, type). */
export type Dialect = 'terraform' | 'cloudformation' | 'kubernetes';
export type Cloud = 'aws' | 'google' | 'azure';

/**
 * A provider-neutral resource as the format would create it. Formats emit one Resource per instance
 * (count/for_each expanded); instances of one declaration share `declaration` so features can sum them.
 */
export interface Resource {
  readonly dialect: Dialect;
  /** 'aws_instance', 'AWS::EC2::Instance', 'Deployment' … */
  readonly type: string;
  /** Terraform notation ('module.app.aws_instance.web["a"]'), CloudFormation logical id, or Kind/namespace/name. */
  readonly address: string;
  /** The address without the instance key: the declaration the lens sits on. */
  readonly declaration: string;
  /** Absolute path of the file that declares it. */
  readonly file: string;
  /** The whole declaration. */
  readonly range: Range;
  /** Where the lens and the hover anchor: the block header or the key line. */
  readonly headerRange: Range;
  /** Evaluated attributes. Nested blocks are lists of objects, as in Terraform's JSON form. */
  readonly attributes: Readonly<Record<string, Value>>;
  /** Source range per attribute path ('instance_type', 'root_block_device.0.volume_size'). */
  readonly attributeRanges: Readonly<Record<string, Range>>;
  /** Cloud the resource belongs to, when the format knows it. */
  readonly cloud?: Cloud;
  /** Region (or Azure location / Google region); undefined means "use the default region". */
  readonly region?: Value;
  /** Where the region came from, for the hover: 'provider "aws" block', 'location attribute', … */
  readonly regionSource?: string;
  /** 'module.app' when declared inside a module call; the caller's file holds `moduleCallRange`. */
  readonly modulePath?: string;
  readonly instanceKey?: string | number;
  /** Format-specific inputs that are not attributes (Kubernetes cluster assumptions, SAM defaults …). */
  readonly meta?: Readonly<Record<string, Value>>;
}
