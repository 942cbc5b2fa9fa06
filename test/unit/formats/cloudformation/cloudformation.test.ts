import * as assert from 'assert';
import { analyzeCloudFormation, cloudformationFormat, scheduleInvocationsPerMonth } from '../../../../server/src/formats/cloudformation';
import { detectFileFormat } from '../../../../server/src/formats/registry';
import type { Resource } from '../../../../server/src/model/resource';
import { isUnknown } from '../../../../server/src/model/value';
import { positionOf } from '../yaml/position';

function byId(resources: readonly Resource[], id: string): Resource {
  const r = resources.find((x) => x.address === id);
  assert.ok(r, `no resource ${id} in ${resources.map((x) => x.address).join(', ')}`);
  return r;
}

describe('cloudformation: schedules', () => {
  it('turns rate() and cron() into invocations per 730-hour month', () => {
    assert.strictEqual(scheduleInvocationsPerMonth('rate(5 minutes)'), 8760);
    assert.strictEqual(scheduleInvocationsPerMonth('rate(1 minute)'), 43800);
    assert.strictEqual(scheduleInvocationsPerMonth('rate(2 hours)'), 365);
    assert.strictEqual(scheduleInvocationsPerMonth('rate(1 day)'), 730 / 24);
    // EventBridge day-of-week 2-6 is MON-FRI: 261 weekdays in 2025, once a day.
    assert.strictEqual(scheduleInvocationsPerMonth('cron(0 12 ? * 2-6 *)'), 261 / 12);
    assert.strictEqual(scheduleInvocationsPerMonth('cron(0 12 ? * MON-FRI *)'), 261 / 12);
    assert.strictEqual(scheduleInvocationsPerMonth('cron(0/10 * * * ? *)'), 4380);
    assert.strictEqual(scheduleInvocationsPerMonth('sometimes'), undefined);
  });
});

describe('cloudformation: templates', () => {
  it('recognises templates by content, not by name', () => {
    assert.strictEqual(detectFileFormat('/w/infra/stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n')?.id, 'cloudformation');
    assert.strictEqual(detectFileFormat('/w/x.json', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')?.id, 'cloudformation');
    assert.strictEqual(detectFileFormat('/w/x.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n')?.id, 'cloudformation');
    assert.strictEqual(cloudformationFormat.detect('/w/template.yaml', 'Resources:\n  a: b\n'), false);
  });

  it('evaluates parameters, mappings, conditions and Sub/Join/Select/Split', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Size: { Type: Number, Default: 256 }
  Env: { Type: String, Default: dev }
  Subnets: { Type: CommaDelimitedList, Default: "a,b" }
  NoDefault: { Type: String }
Mappings:
  Memory: { dev: { mb: 512 } }
Conditions:
  IsDev: !Equals [!Ref Env, dev]
  Never: !And [!Condition IsDev, !Not [!Condition IsDev]]
  Depends: !Equals [!Ref NoDefault, x]
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: !FindInMap [Memory, !Ref Env, mb]
      Timeout: !If [IsDev, 30, 900]
      FunctionName: !Sub '\${Env}-fn-\${AWS::Region}'
      Description: !Join ['/', [!Ref Env, !Select [1, !Ref Subnets], !Select [0, !Split ['-', 'x-y']]]]
      Role: !GetAtt Role.Arn
      Layers: [!Ref AWS::NoValue, keep]
      Size: !Ref Size
  Skipped:
    Type: AWS::SQS::Queue
    Condition: Never
  Maybe:
    Type: AWS::SQS::Queue
    Condition: Depends
`;
    const res = analyzeCloudFormation('/w/t.yaml', text);
    assert.deepStrictEqual(res.resources.map((r) => r.address), ['Fn', 'Maybe']);
    const fn = byId(res.resources, 'Fn');
    assert.strictEqual(fn.attributes.MemorySize, 512);
    assert.strictEqual(fn.attributes.Timeout, 30);
    assert.strictEqual(fn.attributes.Description, 'dev/b/x');
    assert.strictEqual(fn.attributes.Size, 256);
    assert.deepStrictEqual(fn.attributes.Layers, ['keep']);
    assert.ok(isUnknown(fn.attributes.FunctionName), 'AWS::Region is not known from the template');
    assert.ok(isUnknown(fn.attributes.Role));
    assert.deepStrictEqual(fn.attributeRanges.MemorySize.start, positionOf(text, '!FindInMap'));
    assert.deepStrictEqual(fn.headerRange.start, positionOf(text, 'Fn:'));
    assert.match(String(byId(res.resources, 'Maybe').meta?.condition), /NoDefault has no Default/);
  });

  it('expands SAM resources with Globals, SAM defaults and implicit APIs', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function: { Runtime: nodejs20.x }
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: { Type: Api, Properties: { Path: /a, Method: get } }
        Tick: { Type: Schedule, Properties: { Schedule: rate(5 minutes) } }
  B:
    Type: AWS::Serverless::Function
    Properties:
      MemorySize: 512
      AutoPublishAlias: live
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 }
      Events:
        Post: { Type: Api, Properties: { Path: /b, Method: post } }
  Api2: { Type: AWS::Serverless::HttpApi }
  Sm: { Type: AWS::Serverless::StateMachine, Properties: { Type: EXPRESS } }
`;
    const res = analyzeCloudFormation('/w/t.yaml', text);
    assert.deepStrictEqual(res.resources.map((r) => `${r.address} ${r.type}`).sort(), [
      'A AWS::Lambda::Function',
      'ATick AWS::Events::Rule',
      'Api2 AWS::ApiGatewayV2::Api',
      'B AWS::Lambda::Function',
      'BAliaslive AWS::Lambda::Alias',
      'ServerlessRestApi AWS::ApiGateway::RestApi',
      'Sm AWS::StepFunctions::StateMachine',
    ]);
    const a = byId(res.resources, 'A');
    assert.strictEqual(a.attributes.MemorySize, 128);
    assert.strictEqual(a.attributes.Timeout, 3);
    assert.strictEqual(a.attributes.Runtime, 'nodejs20.x');
    assert.strictEqual(a.meta?.monthlyRequests, 8760);
    assert.deepStrictEqual(a.meta?.samDefaults, ['MemorySize 128 MB (SAM default)', 'Timeout 3 s (SAM default)']);
    assert.deepStrictEqual(byId(res.resources, 'ServerlessRestApi').headerRange.start, positionOf(text, 'Get:'));
    assert.strictEqual(byId(res.resources, 'Sm').attributes.StateMachineType, 'EXPRESS');
    assert.strictEqual(byId(res.resources, 'Api2').attributes.ProtocolType, 'HTTP');
  });

  it('still reads a template with a YAML error elsewhere', () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n  Bad: [unclosed\n';
    const res = analyzeCloudFormation('/w/t.yaml', text);
    assert.ok(res.problems.some((p) => p.severity === 'error'));
    assert.ok(res.resources.some((r) => r.address === 'Q'));
  });
});
