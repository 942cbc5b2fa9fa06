import type { Problem } from '../../model/problem';
import type { Range } from '../../model/range';
import type { Resource } from '../../model/resource';
import { isUnknown, unknown, type Value, type ValueObject } from '../../model/value';
import { get, isMap, pairOf, rangesOf, str, type YNode, type YPair } from '../yaml';
import { Evaluator, type TemplateEnv } from './intrinsics';
import { expandSam } from './sam';

export interface TemplateOptions {
  readonly region?: string;
  readonly regionSource?: string;
  readonly substitute?: TemplateEnv['substitute'];
}

/** What a resource declaration turns into before it becomes a Resource; SAM expansion emits several. */
export interface Emitted {
  readonly id: string;
  readonly type: string;
  /** Key range of the declaration the lens sits on (the logical id, or the SAM event). */
  readonly header: Range;
  readonly range: Range;
  readonly attributes: ValueObject;
  readonly attributeRanges: Readonly<Record<string, Range>>;
  readonly meta?: Readonly<Record<string, Value>>;
}

/**
 * The resources of a CloudFormation template (or of serverless.yml's `resources:`), with Parameters
 * defaults, Mappings and decidable Conditions applied. A resource whose Condition is false is not created;
 * one whose Condition is unknown is kept and says so in its meta.
 */
export function readTemplate(root: YNode | undefined, file: string, opts: TemplateOptions, problems: Problem[]): { resources: Resource[]; evaluator: Evaluator } {
  const resourcesNode = get(root, 'Resources');
  const resourceIds = new Set(isMap(resourcesNode) ? resourcesNode.pairs.map((p) => p.key) : []);
  const env: TemplateEnv = {
    parameters: readParameters(get(root, 'Parameters')),
    mappings: get(root, 'Mappings'),
    conditions: get(root, 'Conditions'),
    resourceIds,
    region: opts.region,
    substitute: opts.substitute,
  };
  const ev = new Evaluator(env);
  const globals = get(root, 'Globals');
  const out: Resource[] = [];
  if (!isMap(resourcesNode)) return { resources: out, evaluator: ev };
  const ctx: EmitContext = { ev, globals, resourcesNode, file, problems, implicitIds: new Set(resourceIds) };
  for (const pair of resourcesNode.pairs) {
    try {
      for (const e of emit(pair, ctx)) out.push(toResource(e, file, opts));
    } catch (e) {
      problems.push({ file, range: pair.keyRange, severity: 'error', message: `internal error reading ${pair.key}: ${(e as Error).message}`, source: 'cloudformation' });
    }
  }
  return { resources: out, evaluator: ev };
}

export interface EmitContext {
  readonly ev: Evaluator;
  readonly globals: YNode | undefined;
  readonly resourcesNode: YNode;
  readonly file: string;
  readonly problems: Problem[];
  /** Ids already taken, so SAM's implicit APIs are created once and never shadow a declared resource. */
  readonly implicitIds: Set<string>;
}

function emit(pair: YPair, ctx: EmitContext): Emitted[] {
  const node = pair.value;
  const typeNode = get(node, 'Type');
  const type = str(typeNode);
  if (!isMap(node) || !type) {
    ctx.problems.push({ file: ctx.file, range: pair.keyRange, severity: 'warning', message: `resource ${pair.key} has no Type`, source: 'cloudformation' });
    return [];
  }
  const meta: Record<string, Value> = {};
  const cond = str(get(node, 'Condition'));
  if (cond !== undefined) {
    const c = ctx.ev.condition(cond, pairOf(node, 'Condition')?.value.range);
    if (c === false) return [];
    if (isUnknown(c)) meta.condition = `${cond}: ${c.reason}`;
  }
  const propsNode = get(node, 'Properties');
  const props = ctx.ev.value(propsNode);
  const attributes = (isMap(propsNode) && typeof props === 'object' && props !== null && !Array.isArray(props) && !isUnknown(props) ? props : {}) as ValueObject;
  const range = { start: pair.keyRange.start, end: node.range.end };
  if (type.startsWith('AWS::Serverless::')) return expandSam(pair, type, attributes, range, meta, ctx);
  return [{ id: pair.key, type, header: pair.keyRange, range, attributes, attributeRanges: rangesOf(propsNode), meta }];
}

function readParameters(n: YNode | undefined): Map<string, Value> {
  const out = new Map<string, Value>();
  if (!isMap(n)) return out;
  for (const p of n.pairs) {
    const dflt = get(p.value, 'Default');
    const type = str(get(p.value, 'Type')) ?? 'String';
    if (dflt === undefined || dflt.kind !== 'scalar') {
      out.set(p.key, unknown(`parameter ${p.key} has no Default; its value is chosen at deploy time`, p.keyRange));
      continue;
    }
    const raw = dflt.value;
    if (type === 'Number' && raw !== null && Number.isFinite(Number(raw))) out.set(p.key, Number(raw));
    else if (type.startsWith('List<') || type === 'CommaDelimitedList') out.set(p.key, String(raw ?? '').split(',').map((s) => s.trim()));
    else out.set(p.key, raw === null ? '' : String(raw));
  }
  return out;
}

export function toResource(e: Emitted, file: string, opts: TemplateOptions): Resource {
  return {
    dialect: 'cloudformation',
    type: e.type,
    address: e.id,
    declaration: e.id,
    file,
    range: e.range,
    headerRange: e.header,
    attributes: e.attributes,
    attributeRanges: e.attributeRanges,
    cloud: 'aws',
    region: opts.region,
    regionSource: opts.regionSource,
    meta: e.meta && Object.keys(e.meta).length > 0 ? e.meta : undefined,
  };
}
