import type { Range } from '../../model/range';
import type { Resource } from '../../model/resource';
import { isObject, isUnknown, type Value, type ValueObject } from '../../model/value';
import { scheduleInvocationsPerMonth } from '../cloudformation/schedule';
import { get, isMap, items, pairOf, type YNode, type YPair } from '../yaml';
import { SLS_DEFAULTS, type SlsContext } from './context';

interface Out {
  readonly id: string;
  readonly type: string;
  readonly header: Range;
  readonly range: Range;
  readonly attributes: ValueObject;
  readonly attributeRanges: Record<string, Range>;
  readonly meta?: Record<string, Value>;
}

/** The framework's logical-id normalisation: my-fn → MyDashfn, my_fn → MyUnderscorefn. */
export function normalizeName(name: string): string {
  const s = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function alnum(name: string): string {
  const s = name.replace(/[^0-9A-Za-z]/g, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Each function → AWS::Lambda::Function '<Name>LambdaFunction', with the provider's settings as defaults and
 * the framework's own defaults (1024 MB, 6 s) named in meta when neither sets them. Events add what the
 * framework creates: one REST API for all `http` events, one HTTP API for `httpApi`, a rule per schedule,
 * an SNS topic or S3 bucket when the event names one that is not `existing`.
 */
export function functionResources(ctx: SlsContext): Resource[] {
  const fns = get(ctx.root, 'functions');
  const out: Out[] = [];
  const shared = new Set<string>();
  if (!isMap(fns)) return [];
  const service = ctx.vars.value(get(ctx.root, 'service'));
  for (const pair of fns.pairs) {
    try {
      out.push(...oneFunction(pair, ctx, shared, typeof service === 'string' ? service : isObject(service) && typeof service.name === 'string' ? service.name : 'service'));
    } catch (e) {
      ctx.problems.push({ file: ctx.file, range: pair.keyRange, severity: 'error', message: `internal error reading function ${pair.key}: ${(e as Error).message}`, source: 'serverless' });
    }
  }
  return out.map((o) => ({
    dialect: 'cloudformation',
    type: o.type,
    address: o.id,
    declaration: o.id,
    file: ctx.file,
    range: o.range,
    headerRange: o.header,
    attributes: o.attributes,
    attributeRanges: o.attributeRanges,
    cloud: 'aws',
    region: ctx.region,
    regionSource: ctx.regionSource,
    meta: o.meta,
  }));
}

function oneFunction(pair: YPair, ctx: SlsContext, shared: Set<string>, service: string): Out[] {
  const fn = pair.value;
  const id = `${normalizeName(pair.key)}LambdaFunction`;
  const range = { start: pair.keyRange.start, end: fn.range.end };
  const defaults: string[] = [];
  const ranges: Record<string, Range> = {};
  const setting = (fnKey: string, providerKey: string, cfnKey: string, dflt: Value | undefined, why: string): Value | undefined => {
    const node = get(fn, fnKey) ?? get(ctx.provider, providerKey);
    if (node !== undefined) {
      ranges[cfnKey] = node.range;
      return ctx.vars.value(node);
    }
    if (dflt !== undefined) defaults.push(why);
    return dflt;
  };
  const attributes: Record<string, Value> = {};
  const name = ctx.vars.value(get(fn, 'name'));
  attributes.FunctionName = typeof name === 'string' ? name : `${service}-${ctx.stage}-${pair.key}`;
  attributes.MemorySize = setting('memorySize', 'memorySize', 'MemorySize', SLS_DEFAULTS.memorySize, `MemorySize ${SLS_DEFAULTS.memorySize} MB (Serverless Framework default)`) ?? null;
  attributes.Timeout = setting('timeout', 'timeout', 'Timeout', SLS_DEFAULTS.timeout, `Timeout ${SLS_DEFAULTS.timeout} s (Serverless Framework default)`) ?? null;
  const arch = setting('architecture', 'architecture', 'Architectures.0', SLS_DEFAULTS.architecture, `architecture ${SLS_DEFAULTS.architecture} (Serverless Framework default)`);
  attributes.Architectures = [arch ?? SLS_DEFAULTS.architecture];
  const runtime = setting('runtime', 'runtime', 'Runtime', undefined, '');
  if (runtime !== undefined) attributes.Runtime = runtime;
  const storage = setting('ephemeralStorageSize', 'ephemeralStorageSize', 'EphemeralStorage.Size', undefined, '');
  if (storage !== undefined) attributes.EphemeralStorage = { Size: storage };

  const meta: Record<string, Value> = { function: pair.key, serverlessDefaults: defaults };
  const extra: Out[] = [];
  const apis: string[] = [];
  let scheduled = 0;
  items(get(fn, 'events')).forEach((ev) => {
    if (!isMap(ev) || ev.pairs.length === 0) return;
    const { key: kind, value: body, keyRange } = ev.pairs[0];
    const at = { header: keyRange, range: ev.range, attributeRanges: {} as Record<string, Range> };
    const v = ctx.vars.value(body);
    if (kind === 'http') {
      if (get(get(ctx.provider, 'apiGateway'), 'restApiId') === undefined) add(extra, shared, { ...at, id: 'ApiGatewayRestApi', type: 'AWS::ApiGateway::RestApi', attributes: { Name: `${ctx.stage}-${service}` } });
      apis.push('ApiGatewayRestApi');
    } else if (kind === 'httpApi') {
      if (get(get(ctx.provider, 'httpApi'), 'id') === undefined) add(extra, shared, { ...at, id: 'HttpApi', type: 'AWS::ApiGatewayV2::Api', attributes: { Name: `${ctx.stage}-${service}`, ProtocolType: 'HTTP' } });
      apis.push('HttpApi');
    } else if (kind === 'schedule') {
      const rates = typeof v === 'string' ? [v] : isObject(v) ? (Array.isArray(v.rate) ? v.rate : [v.rate]) : [];
      const enabled = !(isObject(v) && v.enabled === false);
      rates.forEach((rate) => {
        const n = typeof rate === 'string' ? scheduleInvocationsPerMonth(rate) : undefined;
        if (n !== undefined && enabled) scheduled += n;
        const index = extra.filter((e) => e.type === 'AWS::Events::Rule').length + 1;
        extra.push({ ...at, id: `${normalizeName(pair.key)}EventsRuleSchedule${index}`, type: 'AWS::Events::Rule', attributes: { ScheduleExpression: isUnknown(rate) ? rate : (rate ?? null), State: enabled ? 'ENABLED' : 'DISABLED' }, meta: { monthlyInvocations: enabled ? (n ?? null) : 0, target: id } });
      });
    } else if (kind === 'sns') {
      const topic = typeof v === 'string' ? v : isObject(v) ? (v.topicName ?? v.arn) : undefined;
      const existing = typeof topic === 'string' && topic.startsWith('arn:');
      if (typeof topic === 'string' && !existing && !(isObject(v) && v.arn !== undefined)) add(extra, shared, { ...at, id: `SNSTopic${alnum(topic)}`, type: 'AWS::SNS::Topic', attributes: { TopicName: topic } });
    } else if (kind === 's3') {
      const bucket = typeof v === 'string' ? v : isObject(v) ? v.bucket : undefined;
      if (typeof bucket === 'string' && !(isObject(v) && v.existing === true)) add(extra, shared, { ...at, id: `S3Bucket${alnum(bucket)}`, type: 'AWS::S3::Bucket', attributes: { BucketName: bucket } });
    }
  });
  if (scheduled > 0) {
    meta.monthlyRequests = scheduled;
    meta.monthlyRequestsSource = 'schedule events';
  }
  if (apis.length > 0) meta.apis = [...new Set(apis)];
  const tables = tableRefs(ctx, [get(fn, 'environment'), get(ctx.provider, 'environment')]);
  if (tables.length > 0) meta.tables = tables;
  const pc = pairOf(fn, 'provisionedConcurrency');
  if (pc) {
    extra.unshift({ header: pc.keyRange, range: pc.value.range, id: `${normalizeName(pair.key)}ProvConcLambdaAlias`, type: 'AWS::Lambda::Alias', attributes: { FunctionName: id, Name: 'provisioned', ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: ctx.vars.value(pc.value) } }, attributeRanges: { 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions': pc.value.range }, meta: { memorySize: attributes.MemorySize, architectures: attributes.Architectures } });
  }
  return [{ id, type: 'AWS::Lambda::Function', header: pair.keyRange, range, attributes, attributeRanges: ranges, meta }, ...extra];
}

/** DynamoDB tables under `resources:` that the function's environment refers to (Ref or GetAtt). */
function tableRefs(ctx: SlsContext, nodes: readonly (YNode | undefined)[]): string[] {
  const declared = get(get(ctx.root, 'resources'), 'Resources');
  const ids = new Set<string>();
  const walk = (n: YNode | undefined): void => {
    if (!n || n.kind === 'scalar') return;
    if (n.kind === 'seq') return n.items.forEach(walk);
    for (const p of n.pairs) {
      if (p.key === 'Ref' && p.value.kind === 'scalar') ids.add(String(p.value.value));
      else if (p.key === 'Fn::GetAtt') ids.add(String(p.value.kind === 'seq' && p.value.items[0]?.kind === 'scalar' ? p.value.items[0].value : ''));
      else walk(p.value);
    }
  };
  nodes.forEach(walk);
  return [...ids].filter((id) => {
    const t = get(get(declared, id), 'Type');
    return t?.kind === 'scalar' && t.value === 'AWS::DynamoDB::Table';
  });
}

function add(out: Out[], shared: Set<string>, o: Out): void {
  if (shared.has(o.id)) return;
  shared.add(o.id);
  out.push(o);
}

