/**
 * Cheaper-alternative rules as data, shared by the editor (quick fixes, hovers) and the CLI. A rule
 * names where the choice lives (dialect, types, attribute path) and which values to try; the advisor
 * re-prices each candidate from the snapshot and keeps only real savings in the same region.
 */
export interface AdviceTarget {
  readonly dialect: 'terraform' | 'cloudformation' | 'kubernetes';
  readonly types: readonly string[];
  /** Dotted attribute path holding the value ('instance_type', 'root_block_device.0.volume_type'). */
  readonly path: string;
  /** The value the resource gets when the attribute is absent (then the fix adds it). */
  readonly implied?: string;
}

/** Rules that change how many instances a declaration creates rather than an attribute's value. */
export interface CountRule {
  readonly id: string;
  readonly dialect: 'terraform';
  readonly types: readonly string[];
  readonly nonProductionOnly: boolean;
  /** How many instances to keep. */
  readonly keep: number;
  describe(count: number): string;
}

/** One NAT gateway per AZ buys resilience production needs; a dev or test VPC can share one. */
export const COUNT_RULES: readonly CountRule[] = [
  {
    id: 'one-nat-non-prod',
    dialect: 'terraform',
    types: ['aws_nat_gateway'],
    nonProductionOnly: true,
    keep: 1,
    describe: (n) => `Use one NAT gateway instead of ${n} (non-production)`,
  },
];

export interface AdviceRule {
  readonly id: string;
  readonly targets: readonly AdviceTarget[];
  /** Values to try instead of the current one, best first. */
  candidates(current: string): readonly string[];
  /** Wording of the action; the saving is appended by the advisor. */
  describe(next: string): string;
  /** Set when the change needs the user's judgement; shown in the title. */
  readonly judgement?: string;
  /** Only for resources that look non-production (name or tags say dev/test/staging …). */
  readonly nonProductionOnly?: boolean;
}

const INSTANCE_TYPES: readonly AdviceTarget[] = [
  { dialect: 'terraform', types: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_spot_instance_request'], path: 'instance_type' },
  { dialect: 'cloudformation', types: ['AWS::EC2::Instance'], path: 'InstanceType' },
];
const DB_CLASSES: readonly AdviceTarget[] = [
  { dialect: 'terraform', types: ['aws_db_instance', 'aws_rds_cluster_instance'], path: 'instance_class' },
  { dialect: 'cloudformation', types: ['AWS::RDS::DBInstance'], path: 'DBInstanceClass' },
];

/** Previous generation → current generation, same size (x86 → x86, so no workload judgement needed). */
export const NEWER_GENERATION: Readonly<Record<string, readonly string[]>> = {
  t2: ['t3'],
  m4: ['m6i', 'm7i'],
  m5: ['m6i', 'm7i'],
  m5a: ['m6a', 'm7a'],
  c4: ['c6i', 'c7i'],
  c5: ['c6i', 'c7i'],
  c5a: ['c6a', 'c7a'],
  r4: ['r6i', 'r7i'],
  r5: ['r6i', 'r7i'],
  r5a: ['r6a', 'r7a'],
  i3: ['i4i'],
};

/** x86 → Graviton (ARM), same size. Needs ARM builds of the workload. */
export const GRAVITON: Readonly<Record<string, readonly string[]>> = {
  t3: ['t4g'],
  t3a: ['t4g'],
  m5: ['m7g', 'm6g'],
  m6i: ['m7g', 'm6g'],
  m7i: ['m7g'],
  m6a: ['m7g', 'm6g'],
  c5: ['c7g', 'c6g'],
  c6i: ['c7g', 'c6g'],
  c7i: ['c7g'],
  r5: ['r7g', 'r6g'],
  r6i: ['r7g', 'r6g'],
  r7i: ['r7g'],
};

/** Sizes in order; "one size down" is the previous entry. */
export const SIZES: readonly string[] = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '32xlarge', '48xlarge'];

/** Splits 'm5.large' → ['m5', 'large'] and 'db.m5.large' → ['db.m5', 'large']. */
export function splitType(t: string): [string, string] | undefined {
  const i = t.lastIndexOf('.');
  return i > 0 ? [t.slice(0, i), t.slice(i + 1)] : undefined;
}

function familySwap(table: Readonly<Record<string, readonly string[]>>, prefix = ''): (current: string) => string[] {
  return (current) => {
    const parts = splitType(current);
    if (!parts) return [];
    const family = parts[0].startsWith(prefix) ? parts[0].slice(prefix.length) : undefined;
    if (family === undefined) return [];
    return (table[family] ?? []).map((f) => `${prefix}${f}.${parts[1]}`);
  };
}

function sizeDown(current: string): string[] {
  const parts = splitType(current);
  if (!parts) return [];
  const i = SIZES.indexOf(parts[1]);
  return i > 0 ? [`${parts[0]}.${SIZES[i - 1]}`] : [];
}

const EBS_TYPES: readonly AdviceTarget[] = [
  { dialect: 'terraform', types: ['aws_ebs_volume'], path: 'type', implied: 'gp2' },
  { dialect: 'terraform', types: ['aws_instance'], path: 'root_block_device.0.volume_type' },
  { dialect: 'cloudformation', types: ['AWS::EC2::Volume'], path: 'VolumeType' },
];

export const RULES: readonly AdviceRule[] = [
  { id: 'newer-generation', targets: INSTANCE_TYPES, candidates: familySwap(NEWER_GENERATION), describe: (n) => `Switch to ${n}` },
  { id: 'newer-generation-db', targets: DB_CLASSES, candidates: familySwap(NEWER_GENERATION, 'db.'), describe: (n) => `Switch to ${n}` },
  { id: 'graviton', targets: INSTANCE_TYPES, candidates: familySwap(GRAVITON), describe: (n) => `Switch to ${n} (Graviton)`, judgement: 'if the workload supports ARM' },
  { id: 'graviton-db', targets: DB_CLASSES, candidates: familySwap(GRAVITON, 'db.'), describe: (n) => `Switch to ${n} (Graviton)`, judgement: 'if the engine version supports Graviton' },
  { id: 'size-down', targets: [...INSTANCE_TYPES, ...DB_CLASSES], candidates: sizeDown, describe: (n) => `Downsize to ${n}`, judgement: 'if utilisation allows' },
  { id: 'gp2-to-gp3', targets: EBS_TYPES, candidates: (c) => (c === 'gp2' ? ['gp3'] : []), describe: () => 'Switch the volume to gp3' },
  { id: 'io1-to-io2', targets: EBS_TYPES, candidates: (c) => (c === 'io1' ? ['gp3', 'io2'] : []), describe: (n) => `Switch the volume to ${n}`, judgement: 'if the IOPS fit' },
  {
    id: 'lambda-arm64',
    targets: [
      { dialect: 'terraform', types: ['aws_lambda_function'], path: 'architectures.0', implied: 'x86_64' },
      { dialect: 'cloudformation', types: ['AWS::Lambda::Function'], path: 'Architectures.0', implied: 'x86_64' },
    ],
    candidates: (c) => (c === 'x86_64' ? ['arm64'] : []),
    describe: () => 'Run on arm64 (Graviton)',
    judgement: 'if the code and its layers support ARM',
  },
  {
    // Stateless GKE pools: Spot VMs are 60–91% cheaper; the saving comes from the snapshot's spot column.
    id: 'gke-spot-nodes',
    targets: [{ dialect: 'terraform', types: ['google_container_node_pool'], path: 'node_config.0.spot', implied: 'false' }],
    candidates: (c) => (c === 'false' ? ['true'] : []),
    describe: () => 'Use Spot VMs for this node pool',
    judgement: 'for stateless workloads that tolerate preemption',
  },
  {
    id: 'multi-az-off-non-prod',
    targets: [{ dialect: 'terraform', types: ['aws_db_instance'], path: 'multi_az' }],
    candidates: (c) => (c === 'true' ? ['false'] : []),
    describe: () => 'Turn off Multi-AZ (non-production)',
    nonProductionOnly: true,
  },
];
