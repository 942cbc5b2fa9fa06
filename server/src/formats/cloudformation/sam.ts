import type { Range } from '../../model/range';
import { isObject, isUnknown, type Value, type ValueObject } from '../../model/value';
import { get, isMap, pairOf, rangesOf, type YPair } from '../yaml';
import { scheduleInvocationsPerMonth } from './schedule';
import type { Emitted, EmitContext } from './template';

/** SAM's defaults for AWS::Serverless::Function (docs: AWS::Serverless::Function, MemorySize and Timeout). */
export const SAM_DEFAULT_MEMORY_MB = 128;
export const SAM_DEFAULT_TIMEOUT_S = 3;

const GLOBAL_SECTION: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

/**
 * What the SAM transform creates for one AWS::Serverless::* resource, as standard CloudFormation resources
 * that the AWS catalog prices. Only the billable ones are emitted (roles, permissions, stages and
 * deployments cost nothing); their ranges point at the SAM declaration or at the event that creates them.
 */
export function expandSam(pair: YPair, type: string, props: ValueObject, range: Range, meta: Record<string, Value>, ctx: EmitContext): Emitted[] {
  const section = GLOBAL_SECTION[type];
  const globalsNode = section ? get(ctx.globals, section) : undefined;
  const globalProps = globalsNode ? ctx.ev.value(globalsNode) : {};
  const merged: ValueObject = { ...(isObject(globalProps) ? globalProps : {}), ...props };
  const ranges = { ...(globalsNode ? rangesOf(globalsNode) : {}), ...rangesOf(get(pair.value, 'Properties')) };
  const base = { header: pair.keyRange, range, attributeRanges: ranges };
  switch (type) {
    case 'AWS::Serverless::Function':
      return samFunction(pair, merged, base, meta, ctx);
    case 'AWS::Serverless::Api':
      return [{ ...base, id: pair.key, type: 'AWS::ApiGateway::RestApi', attributes: merged, meta }];
    case 'AWS::Serverless::HttpApi':
      return [{ ...base, id: pair.key, type: 'AWS::ApiGatewayV2::Api', attributes: { ProtocolType: 'HTTP', ...merged }, meta }];
    case 'AWS::Serverless::SimpleTable': {
      const provisioned = merged.ProvisionedThroughput;
      const billing: Record<string, Value> = provisioned ? { BillingMode: 'PROVISIONED', ProvisionedThroughput: provisioned } : { BillingMode: 'PAY_PER_REQUEST' };
      return [{ ...base, id: pair.key, type: 'AWS::DynamoDB::Table', attributes: { ...merged, ...billing }, meta: { ...meta, samDefaults: provisioned ? [] : ['BillingMode PAY_PER_REQUEST (SimpleTable without ProvisionedThroughput)'] } }];
    }
    case 'AWS::Serverless::StateMachine':
      return [{ ...base, id: pair.key, type: 'AWS::StepFunctions::StateMachine', attributes: { StateMachineType: merged.Type ?? 'STANDARD', ...merged }, meta }];
    case 'AWS::Serverless::LayerVersion':
      return [{ ...base, id: pair.key, type: 'AWS::Lambda::LayerVersion', attributes: merged, meta }];
    case 'AWS::Serverless::Application':
      return [{ ...base, id: pair.key, type: 'AWS::CloudFormation::Stack', attributes: merged, meta }];
    default:
      return [{ ...base, id: pair.key, type, attributes: merged, meta }];
  }
}

type Base = Pick<Emitted, 'header' | 'range' | 'attributeRanges'>;

function samFunction(pair: YPair, merged: ValueObject, base: Base, meta: Record<string, Value>, ctx: EmitContext): Emitted[] {
  const defaults: string[] = [];
  const attributes: Record<string, Value> = { ...merged };
  delete attributes.Events;
  if (attributes.MemorySize === undefined) {
    attributes.MemorySize = SAM_DEFAULT_MEMORY_MB;
    defaults.push(`MemorySize ${SAM_DEFAULT_MEMORY_MB} MB (SAM default)`);
  }
  if (attributes.Timeout === undefined) {
    attributes.Timeout = SAM_DEFAULT_TIMEOUT_S;
    defaults.push(`Timeout ${SAM_DEFAULT_TIMEOUT_S} s (SAM default)`);
  }
  const out: Emitted[] = [];
  const fnMeta: Record<string, Value> = { ...meta, samDefaults: defaults };
  const apis: string[] = [];
  let scheduled = 0;
  const events = get(get(pair.value, 'Properties'), 'Events');
  if (isMap(events)) {
    for (const ev of events.pairs) {
      const evType = String(ctx.ev.value(get(ev.value, 'Type')));
      const evProps = ctx.ev.value(get(ev.value, 'Properties'));
      const p = isObject(evProps) ? evProps : {};
      const at = { header: ev.keyRange, range: { start: ev.keyRange.start, end: ev.value.range.end }, attributeRanges: rangesOf(get(ev.value, 'Properties')) };
      if (evType === 'Api') {
        if (p.RestApiId === undefined) apis.push(implicit(out, 'ServerlessRestApi', 'AWS::ApiGateway::RestApi', {}, at, ctx));
        else apis.push(refName(p.RestApiId));
      } else if (evType === 'HttpApi') {
        if (p.ApiId === undefined) apis.push(implicit(out, 'ServerlessHttpApi', 'AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' }, at, ctx));
        else apis.push(refName(p.ApiId));
      } else if (evType === 'Schedule' || evType === 'ScheduleV2') {
        const expr = p.Schedule ?? p.ScheduleExpression;
        const n = typeof expr === 'string' ? scheduleInvocationsPerMonth(expr) : undefined;
        const enabled = p.Enabled !== false && p.State !== 'DISABLED';
        if (n !== undefined && enabled) scheduled += n;
        const type = evType === 'Schedule' ? 'AWS::Events::Rule' : 'AWS::Scheduler::Schedule';
        out.push({ ...at, id: `${pair.key}${ev.key}`, type, attributes: { ScheduleExpression: expr ?? null }, meta: { monthlyInvocations: n ?? null, target: pair.key } });
      }
    }
  }
  if (scheduled > 0) {
    fnMeta.monthlyRequests = scheduled;
    fnMeta.monthlyRequestsSource = 'schedule events';
  }
  if (apis.length > 0) fnMeta.apis = apis;
  const tables = referencedIds(merged, ctx);
  if (tables.length > 0) fnMeta.tables = tables;
  const fn: Emitted = { ...base, id: pair.key, type: 'AWS::Lambda::Function', attributes, meta: fnMeta };
  const pc = merged.ProvisionedConcurrencyConfig;
  const alias = merged.AutoPublishAlias;
  const extra: Emitted[] = [];
  if (pc !== undefined && alias !== undefined) {
    const aliasName = typeof alias === 'string' ? alias : 'live';
    const r = pairOf(get(pair.value, 'Properties'), 'ProvisionedConcurrencyConfig');
    extra.push({ ...base, header: r?.keyRange ?? base.header, id: `${pair.key}Alias${aliasName}`, type: 'AWS::Lambda::Alias', attributes: { FunctionName: pair.key, Name: aliasName, ProvisionedConcurrencyConfig: pc }, meta: { memorySize: attributes.MemorySize, architectures: attributes.Architectures ?? null } });
  }
  return [fn, ...extra, ...out];
}

/** Adds an implicit API once per template (SAM creates one ServerlessRestApi / ServerlessHttpApi). */
function implicit(out: Emitted[], id: string, type: string, attributes: ValueObject, at: Base, ctx: EmitContext): string {
  if (!ctx.implicitIds.has(id)) out.push({ ...at, id, type, attributes, meta: { implicit: 'created by SAM for the function events' } });
  ctx.implicitIds.add(id);
  return id;
}

function refName(v: Value): string {
  if (isUnknown(v)) return v.reason.replace(/^Ref (\w+).*$/, '$1');
  return typeof v === 'string' ? v : 'api';
}

/** Logical ids of DynamoDB tables the function refers to (environment variables, policies). */
function referencedIds(props: ValueObject, ctx: EmitContext): string[] {
  const ids = new Set<string>();
  const walk = (v: Value): void => {
    if (isUnknown(v)) {
      const m = /^Ref (\w+):/.exec(v.reason) ?? /^Fn::GetAtt (\w+)\./.exec(v.reason);
      if (m) ids.add(m[1]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(props);
  return [...ids].filter((id) => {
    const t = String(ctx.ev.value(get(get(ctx.resourcesNode, id), 'Type')));
    return t === 'AWS::DynamoDB::Table' || t === 'AWS::Serverless::SimpleTable';
  });
}
