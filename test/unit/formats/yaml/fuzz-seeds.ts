/** Seeds and a deterministic mutator shared by the fuzz unit test and bench/yaml-formats.ts. */
export const FUZZ_SEEDS: readonly string[] = [
  `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, annotations: { costlens/run-time: 5m } }
spec:
  replicas: 3
  template:
    spec:
      initContainers: [{ name: i, resources: { requests: { cpu: 1, memory: 1Gi } } }]
      containers:
        - name: app
          resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { nvidia.com/gpu: 1 } }
  volumeClaimTemplates:
    - metadata: { name: d }
      spec: { storageClassName: gp3, resources: { requests: { storage: 10Gi } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec: { schedule: "*/15 9-17 * * MON-FRI", jobTemplate: { spec: { template: { spec: { containers: [{ name: x }] } } } } }
---
apiVersion: v1
kind: Service
metadata: { name: s, annotations: { service.beta.kubernetes.io/aws-load-balancer-type: nlb } }
spec: { type: LoadBalancer }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: h }
spec: { scaleTargetRef: { kind: Deployment, name: web }, minReplicas: 2, maxReplicas: 5 }
`,
  `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters: { Env: { Type: String, Default: prod }, N: { Type: Number, Default: 3 } }
Mappings: { M: { prod: { mem: 512 } } }
Conditions: { P: !Equals [!Ref Env, prod], Q: !And [!Condition P, !Not [!Condition P]] }
Globals: { Function: { Timeout: 5 } }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Condition: P
    Properties:
      MemorySize: !FindInMap [M, !Ref Env, mem]
      AutoPublishAlias: live
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: !Ref N }
      Events:
        A: { Type: Api, Properties: { Path: /, Method: get } }
        S: { Type: Schedule, Properties: { Schedule: "cron(0 12 ? * MON-FRI *)" } }
  T: { Type: AWS::Serverless::SimpleTable }
  Q: { Type: AWS::SQS::Queue, Properties: { QueueName: !Sub "\${Env}-\${AWS::Region}-\${Fn.Arn}" } }
  J: { Type: AWS::SQS::Queue, Properties: { Tags: [!If [Q, x, !Ref AWS::NoValue]], Name: !Join ["", [!Select [0, !Split [",", "a,b"]]]] } }
`,
  `service: svc
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
  region: \${opt:region, self:custom.region}
  memorySize: \${self:custom.mem.\${sls:stage}, 256}
custom: { region: eu-west-1, mem: { dev: 512 } }
functions:
  a-b_c:
    handler: h
    provisionedConcurrency: 2
    events:
      - http: GET /
      - httpApi: '*'
      - schedule: { rate: [rate(1 hour), cron(0 0 * * ? *)], enabled: true }
      - sns: topic-x
      - s3: { bucket: up, existing: false }
      - sqs: arn:aws:sqs:x
resources:
  Resources:
    Tbl: { Type: AWS::DynamoDB::Table, Properties: { TableName: \${self:service}-\${env:X, 'y'} } }
`,
  `cloud: aws
region: us-east-1
clusters:
  - name: p
    paths: ['k8s/**', '*.yaml']
    mode: fargate
    nodePools: [{ name: g, instanceType: m5.large, count: 2, gpu: true }]
    defaultRequests: { cpu: 50m, memory: 64Mi }
policies: { budget: 10 }
`,
];

/** xorshift32: deterministic, so a failing mutation number reproduces. */
export function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

const SNIPPETS = ['{{ .Values.x }}', ': ', '- ', '!Ref', '!GetAtt a.b', '&a ', '*a', '<<: *a', '${self:', '${opt:stage', '"', "'", '[', ']', '{', '}', '\t', '\n---\n', '#', '|', '>', '\u{1F680}', '\r\n', '%YAML 1.2\n', '? ', '!!binary ', '1e309', '0x1F', 'null'];

export function mutate(seed: string, next: () => number): string {
  let s = seed;
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const pos = Math.floor(next() * (s.length + 1));
    const op = next();
    if (op < 0.25) s = s.slice(0, pos);
    else if (op < 0.5) s = s.slice(0, pos) + s.slice(pos + 1 + Math.floor(next() * 20));
    else if (op < 0.85) s = s.slice(0, pos) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + s.slice(pos);
    else {
      const from = Math.floor(next() * s.length);
      s = s.slice(0, pos) + s.slice(from, from + Math.floor(next() * 60)) + s.slice(pos);
    }
  }
  return s;
}
