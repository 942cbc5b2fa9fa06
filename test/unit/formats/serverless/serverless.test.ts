import * as assert from 'assert';
import { analyzeServerless, serverlessFormat } from '../../../../server/src/formats/serverless';
import { normalizeName } from '../../../../server/src/formats/serverless/functions';
import { unitEconomics, unitEconomicsLinks } from '../../../../server/src/formats/serverless/unit-economics';
import { detectFileFormat } from '../../../../server/src/formats/registry';
import type { Resource } from '../../../../server/src/model/resource';
import { isUnknown } from '../../../../server/src/model/value';
import { positionOf } from '../yaml/position';

function byId(resources: readonly Resource[], id: string): Resource {
  const r = resources.find((x) => x.address === id);
  assert.ok(r, `no resource ${id} in ${resources.map((x) => x.address).join(', ')}`);
  return r;
}

describe('serverless.yml', () => {
  it('is detected by name or by content, before CloudFormation', () => {
    const text = 'service: a\nprovider: { name: aws }\nfunctions: {}\nresources:\n  Resources:\n    Q: { Type: AWS::SQS::Queue }\n';
    assert.strictEqual(detectFileFormat('/w/serverless.yml', text)?.id, 'serverless');
    assert.strictEqual(detectFileFormat('/w/sls/app.yaml', text)?.id, 'serverless');
    assert.strictEqual(serverlessFormat.detect('/w/other.yaml', 'kind: Pod\n'), false);
  });

  it('names logical ids as the framework does', () => {
    assert.strictEqual(normalizeName('create-order_v2'), 'CreateDashorderUnderscorev2');
  });

  it('applies framework defaults, provider settings and variables, with ranges on the function key', () => {
    const text = `service: shop
custom:
  sizes: { prod: 3008 }
provider:
  name: aws
  stage: \${opt:stage, "prod"}
  region: \${opt:region, 'eu-west-1'}
  timeout: 20
functions:
  big:
    handler: a.h
    memorySize: \${self:custom.sizes.\${sls:stage}}
    ephemeralStorageSize: 1024
  small:
    handler: b.h
    name: \${self:service}-\${sls:stage}-small-fn
    architecture: arm64
    provisionedConcurrency: 3
  secret:
    handler: c.h
    memorySize: \${env:MEMORY}
    timeout: \${ssm:/x, 9}
`;
    const res = analyzeServerless('/w/serverless.yml', text);
    const big = byId(res.resources, 'BigLambdaFunction');
    assert.strictEqual(big.attributes.MemorySize, 3008);
    assert.strictEqual(big.attributes.Timeout, 20);
    assert.deepStrictEqual(big.attributes.EphemeralStorage, { Size: 1024 });
    assert.strictEqual(big.region, 'eu-west-1');
    assert.deepStrictEqual(big.headerRange.start, positionOf(text, 'big:'));
    assert.deepStrictEqual(big.attributeRanges.Timeout.start, positionOf(text, '20'));
    const small = byId(res.resources, 'SmallLambdaFunction');
    assert.strictEqual(small.attributes.MemorySize, 1024);
    assert.deepStrictEqual(small.attributes.Architectures, ['arm64']);
    assert.strictEqual(small.attributes.FunctionName, 'shop-prod-small-fn');
    assert.deepStrictEqual(small.meta?.serverlessDefaults, ['MemorySize 1024 MB (Serverless Framework default)']);
    const alias = byId(res.resources, 'SmallProvConcLambdaAlias');
    assert.deepStrictEqual(alias.attributes.ProvisionedConcurrencyConfig, { ProvisionedConcurrentExecutions: 3 });
    const secret = byId(res.resources, 'SecretLambdaFunction');
    assert.ok(isUnknown(secret.attributes.MemorySize), 'an environment variable is read at deploy time');
    assert.strictEqual(secret.attributes.Timeout, 9, 'the fallback of a deploy-time source applies');
  });

  it('creates what events create: one REST API, one HTTP API, rules, topics, buckets', () => {
    const text = `service: ev
provider: { name: aws }
functions:
  a:
    handler: a
    events:
      - http: GET /a
      - httpApi: 'GET /b'
      - schedule: rate(5 minutes)
      - schedule: { rate: [rate(1 hour), 'cron(0 0 * * ? *)'], enabled: true }
      - schedule: { rate: rate(1 minute), enabled: false }
      - sns: orders
      - sns: arn:aws:sns:us-east-1:1:existing
      - s3: uploads
      - s3: { bucket: old, existing: true }
  b:
    handler: b
    events:
      - http: { path: /b, method: post }
`;
    const res = analyzeServerless('/w/serverless.yml', text);
    assert.deepStrictEqual(res.resources.map((r) => r.address).sort(), [
      'ALambdaFunction',
      'AEventsRuleSchedule1',
      'AEventsRuleSchedule2',
      'AEventsRuleSchedule3',
      'AEventsRuleSchedule4',
      'ApiGatewayRestApi',
      'BLambdaFunction',
      'HttpApi',
      'S3BucketUploads',
      'SNSTopicOrders',
    ].sort());
    const a = byId(res.resources, 'ALambdaFunction');
    // 8,760 (every 5 minutes) + 730 (hourly) + 365 / 12 (daily); the disabled one counts 0.
    assert.strictEqual(a.meta?.monthlyRequests, 8760 + 730 + 365 / 12);
    assert.strictEqual(a.region, 'us-east-1');
    assert.strictEqual(a.regionSource, 'Serverless Framework default region');
    assert.deepStrictEqual(byId(res.resources, 'ApiGatewayRestApi').headerRange.start, positionOf(text, 'http: GET /a'));
  });

  it('does not price other providers', () => {
    const res = analyzeServerless('/w/serverless.yml', 'service: x\nprovider:\n  name: google\nfunctions: { a: { handler: h } }\n');
    assert.strictEqual(res.resources.length, 0);
    assert.strictEqual(res.problems[0].severity, 'info');
  });
});

describe('serverless unit economics', () => {
  it('adds up Lambda requests, duration, the API and the table per 1M requests', () => {
    // Unit prices of the fixture rows (aws/lambda us-east-1 x86_64, aws/api-gateway rest, aws/dynamodb):
    // 0.20 + 1e6 × 0.1 s × 1 GB × 0.0000166667 (= 1.66667) + 3.50 + 1 × 0.125 = 5.49167.
    const u = unitEconomics({ memoryMb: 1024, durationMs: 100, lambdaRequestsPer1M: 0.2, lambdaGbSecond: 0.0000166667, apiRequestsPer1M: 3.5, tableReadsPer1M: 0.125, tableWritesPer1M: 0.625 });
    assert.ok(Math.abs(u.perMillionRequests - 5.49167) < 1e-9, String(u.perMillionRequests));
    assert.deepStrictEqual(u.parts.map((p) => p.label), ['Lambda requests', 'Lambda duration (1024 MB × 100 ms)', 'API requests', 'table reads (1 per request)']);
  });

  it('links a function to its API and the tables its environment refers to', () => {
    const text = `service: s
provider: { name: aws, environment: { TABLE: { Ref: Orders } } }
functions:
  f:
    handler: h
    environment: { OTHER: { 'Fn::GetAtt': [Queue, Arn] } }
    events: [{ httpApi: 'GET /' }]
resources:
  Resources:
    Orders: { Type: AWS::DynamoDB::Table, Properties: { BillingMode: PAY_PER_REQUEST } }
    Queue: { Type: AWS::SQS::Queue }
`;
    const fn = byId(analyzeServerless('/w/serverless.yml', text).resources, 'FLambdaFunction');
    assert.deepStrictEqual(unitEconomicsLinks(fn), { apis: ['HttpApi'], tables: ['Orders'] });
  });
});
