import * as path from 'path';
import type { Range } from '../../../model/range';
import type { Resource } from '../../../model/resource';
import { Unknown, type Value, type ValueObject } from '../../../model/value';
import type { ModuleCall } from '../index';
import { cloudOf, providerConfigs, resourceRegion, type ProviderMap } from '../providers';
import type { VarInput } from '../tfvars';
import { evaluateBody } from './body';
import { resourceReferences } from './references';
import { attribute, type Declared, type ModuleConfig } from './config';
import { reportErrors, report, type AnalysisContext } from './context';
import { bindings, evaluate, markInstance, type EvalScope } from './expression';
import { expandInstances, type Instance } from './instances';
import { ModuleCalls } from './module-calls';
import { typeFromExpr } from './type-expr';
import { convert, isPrimitiveType } from './types';
import { EvalError, evalError, FnError } from './values';
import type { Block } from '../ast';

/** Where a module instance sits in the tree. The root has empty paths. */
export interface InstancePlace {
  /** 'module.app[0]' (with instance keys), '' for the root: the prefix of resource addresses. */
  readonly modulePath: string;
  /** 'module.app' (without instance keys): the prefix of declarations, so a lens sums every instance. */
  readonly declarationPath: string;
  /** 'app.db': the key of this module in modules.json. */
  readonly manifestKey: string;
  /** Module directories from the root down to this one, to stop recursion loops. */
  readonly stack: readonly string[];
  /** Report used variables without a value (a real root; a child module opened on its own would be noise). */
  readonly reportUnsetVariables?: boolean;
}

/** Values given to this instance's variables: tfvars for the root, the module block's arguments for a child. */
export type InputSource = (
  name: string,
) => VarInput | { readonly kind: 'evaluated'; readonly value: Value } | undefined;

interface ExpandedResource {
  readonly value: Value;
  readonly instances: readonly {
    readonly instance: Instance;
    readonly attrs: ValueObject;
    readonly ranges: Record<string, Range>;
  }[];
}

const IN_PROGRESS = Symbol('in progress');

/**
 * One instance of a module (the root, or one `module` call instance). Everything is computed on demand
 * and memoized, so evaluation follows references in dependency order and a cycle is caught where it
 * closes (as an Unknown with a reason, never a stack overflow).
 */
export class ModuleInstance {
  readonly scope: EvalScope;
  readonly providers: ProviderMap;
  private readonly vars = new Map<string, Value>();
  private readonly locals = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly resources = new Map<string, ExpandedResource | typeof IN_PROGRESS>();
  private readonly outputs = new Map<string, Value | typeof IN_PROGRESS>();
  /** A declaration's own references, computed once however many instances point at it. */
  private readonly ownReferences = new Map<string, Record<string, Value> | undefined>();
  private readonly calls: ModuleCalls;

  constructor(
    readonly ctx: AnalysisContext,
    readonly config: ModuleConfig,
    readonly place: InstancePlace,
    private readonly inputs: InputSource,
    inheritedProviders: ProviderMap,
  ) {
    const rel = path.relative(ctx.rootDir, config.dir).split(path.sep).join('/');
    const names = bindings({
      path: { module: rel === '' ? '.' : rel, root: '.', cwd: ctx.rootDir },
      terraform: { workspace: ctx.workspace },
    });
    this.scope = {
      fn: { fs: ctx.fs, baseDir: ctx.rootDir, renderTemplate: (t, f, v) => ctx.renderTemplate(t, f, v) },
      variable: (name, range) => this.variable(name, range),
      local: (name, range) => this.local(name, range),
      resource: (type, name, range) => this.resourceValue(type, name, range),
      data: (type, name, range) => this.dataValue(type, name, range),
      module: (name, range) => this.calls.value(name, range),
      bindings: names,
    };
    this.providers = providerConfigs(
      config.providers.map((p) => p.node),
      this.scope,
      inheritedProviders,
    );
    this.calls = new ModuleCalls(this);
  }

  /** Emits this instance's resources (and its children's) in declaration order. */
  collect(out: Resource[], calls?: ModuleCall[]): void {
    // Unused locals are evaluated too, so their errors and cycles still show as diagnostics.
    for (const [name, decl] of this.config.locals) this.local(name, decl.node.range);
    for (const [key, decl] of this.config.resources) {
      const exp = this.expand(key);
      if (exp === undefined) continue;
      for (const inst of exp.instances) out.push(this.toResource(key, decl, inst.instance, inst.attrs, inst.ranges));
    }
    this.calls.collect(out, calls);
  }

  variable(name: string, range: Range): Value {
    const memo = this.vars.get(name);
    if (memo !== undefined) return memo;
    const v = this.computeVariable(name, range);
    this.vars.set(name, v);
    return v;
  }

  private computeVariable(name: string, range: Range): Value {
    const decl = this.config.variables.get(name);
    if (!decl) return evalError(`variable "${name}" is not declared`, range);
    const block = decl.node;
    const type = typeFromExpr(attribute(block, 'type')?.expr);
    const input = this.inputs(name);
    let value: Value | undefined;
    let where: { file: string; range: Range } = { file: decl.file, range: block.headerRange };
    if (input?.kind === 'evaluated') value = input.value;
    else if (input?.kind === 'value') value = input.value;
    else if (input?.kind === 'expr') {
      value = evaluate(input.expr, constantScope(this.scope));
      where = { file: input.file, range: input.range };
    } else if (input?.kind === 'raw') {
      value = isPrimitiveType(type) || type.kind === 'any' ? input.text : this.parseRaw(input.text, name);
    }
    const nullable = attribute(block, 'nullable')?.expr;
    const notNullable = nullable?.kind === 'Literal' && nullable.value === false;
    if (value === undefined || (value === null && notNullable)) {
      const def = attribute(block, 'default');
      if (!def) {
        // A child's missing input is reported on the module block instead.
        if (this.place.reportUnsetVariables) {
          const message = `var.${name} has no value: set it in terraform.tfvars or the costlens Terraform variables setting`;
          report(this.ctx, {
            file: decl.file,
            range: block.headerRange,
            severity: 'info',
            message,
            source: 'terraform',
          });
        }
        return new Unknown(`var.${name} has no value`, range);
      }
      value = evaluate(def.expr, constantScope(this.scope));
      where = { file: decl.file, range: def.range };
    }
    try {
      return convert(value, type, `var.${name}`);
    } catch (e) {
      const message = e instanceof FnError ? e.message : String(e);
      report(this.ctx, { file: where.file, range: where.range, severity: 'warning', message, source: 'terraform' });
      return new EvalError(message, range);
    }
  }

  private parseRaw(text: string, name: string): Value {
    const expr = this.ctx.parseExpression(text);
    return expr
      ? evaluate(expr, constantScope(this.scope))
      : evalError(`the value given for var.${name} is not a valid expression`);
  }

  local(name: string, range: Range): Value {
    const memo = this.locals.get(name);
    const decl = this.config.locals.get(name);
    if (memo === IN_PROGRESS) {
      const message = `local.${name} depends on itself (a cycle)`;
      if (decl)
        report(this.ctx, {
          file: decl.file,
          range: decl.node.range,
          severity: 'warning',
          message,
          source: 'terraform',
        });
      return evalError(message, range);
    }
    if (memo !== undefined) return memo;
    if (!decl) return evalError(`local.${name} is not declared`, range);
    this.locals.set(name, IN_PROGRESS);
    const v = evaluate(decl.node.expr, this.scope);
    this.locals.set(name, v);
    reportErrors(this.ctx, v, decl.file, decl.node.range);
    return v;
  }

  output(name: string, range: Range): Value {
    const memo = this.outputs.get(name);
    if (memo === IN_PROGRESS) return evalError(`output ${name} depends on itself (a cycle)`, range);
    if (memo !== undefined) return memo;
    const decl = this.config.outputs.get(name);
    const valueAttr = decl && attribute(decl.node, 'value');
    if (!decl || !valueAttr)
      return evalError(`${this.place.modulePath || 'the module'} has no output "${name}"`, range);
    this.outputs.set(name, IN_PROGRESS);
    const v = evaluate(valueAttr.expr, this.scope);
    this.outputs.set(name, v);
    return v;
  }

  /** All outputs as one object (what `module.app` evaluates to). */
  outputsObject(range: Range): ValueObject {
    const out: Record<string, Value> = {};
    for (const name of this.config.outputs.keys()) out[name] = this.output(name, range);
    return out;
  }

  private resourceValue(type: string, name: string, range: Range): Value {
    const key = `${type}.${name}`;
    if (!this.config.resources.has(key)) return evalError(`resource ${key} is not declared in this module`, range);
    const exp = this.expand(key);
    return exp === undefined ? evalError(`${key} depends on itself (a cycle)`, range) : exp.value;
  }

  private dataValue(type: string, name: string, range: Range): Value {
    const key = `${type}.${name}`;
    if (!this.config.data.has(key)) return evalError(`data source data.${key} is not declared in this module`, range);
    // Data sources are read by Terraform at plan time; costlens never calls provider APIs.
    return new Unknown(`data.${key} is read by Terraform at plan time`, range);
  }

  /** Instances of a resource declaration with their evaluated attributes; undefined while in progress. */
  private expand(key: string): ExpandedResource | undefined {
    const memo = this.resources.get(key);
    if (memo === IN_PROGRESS) return undefined;
    if (memo !== undefined) return memo;
    this.resources.set(key, IN_PROGRESS);
    const decl = this.config.resources.get(key) as Declared<Block>;
    const prefix = this.place.modulePath ? `${this.place.modulePath}.` : '';
    const expansion = expandInstances(decl.node, this.scope, decl.file, this.ctx, `${prefix}${key}`);
    const instances = expansion.instances.map((instance) => {
      const body = evaluateBody(decl.node.body, instance.scope);
      const attrs = markInstance(body.attributes, `${prefix}${key}${instance.suffix}`);
      reportErrors(this.ctx, attrs, decl.file, decl.node.range);
      return { instance, attrs, ranges: body.ranges };
    });
    const value = expansion.shape(instances.map((i) => i.attrs));
    const exp: ExpandedResource = { value, instances };
    this.resources.set(key, exp);
    return exp;
  }

  private toResource(
    key: string,
    decl: Declared<Block>,
    instance: Instance,
    attrs: ValueObject,
    ranges: Record<string, Range>,
  ): Resource {
    const [type] = key.split('.');
    const prefix = this.place.modulePath ? `${this.place.modulePath}.` : '';
    const declPrefix = this.place.declarationPath ? `${this.place.declarationPath}.` : '';
    const meta = this.meta(decl.node, instance, prefix);
    const region = inheritLocation(type, attrs, meta) ?? resourceRegion(type, attrs, attribute(decl.node, 'provider')?.expr, this.providers);
    return {
      dialect: 'terraform',
      type,
      address: `${prefix}${key}${instance.suffix}`,
      declaration: `${declPrefix}${key}`,
      file: decl.file,
      range: decl.node.range,
      headerRange: decl.node.headerRange,
      attributes: attrs,
      attributeRanges: ranges,
      cloud: cloudOf(type),
      region: region.region,
      regionSource: region.source,
      modulePath: this.place.modulePath || undefined,
      instanceKey: instance.key,
      meta,
    };
  }

  private meta(node: Block, instance: Instance, prefix: string): Resource['meta'] {
    const isResource = (key: string) => this.config.resources.has(key);
    const attributesOf = (key: string) => this.expand(key)?.instances[0]?.attrs;
    const references = resourceReferences(node.body, isResource, attributesOf, prefix, (key) => {
      if (this.ownReferences.has(key)) return this.ownReferences.get(key);
      const decl = this.config.resources.get(key);
      const own = decl ? resourceReferences(decl.node.body, isResource, attributesOf, prefix) : undefined;
      this.ownReferences.set(key, own);
      return own;
    });
    if (!references && !instance.unknownCount) return undefined;
    return { ...(instance.unknownCount ? { count: instance.unknownCount } : {}), ...(references ? { references } : {}) };
  }
}

/**
 * Azure children without a `location` (AKS node pools, SQL databases, ML compute) run where their parent
 * runs: take the location of the resource they reference (`kubernetes_cluster_id = azurerm_kubernetes_cluster.x.id`).
 */
function inheritLocation(type: string, attrs: ValueObject, meta: Resource['meta']): { region: Value; source: string } | undefined {
  if (cloudOf(type) !== 'azure' || (attrs.location !== undefined && attrs.location !== null)) return undefined;
  const refs = meta?.references;
  if (!refs || typeof refs !== 'object' || Array.isArray(refs)) return undefined;
  for (const [path, ref] of Object.entries(refs as Record<string, Value>)) {
    const a = (ref as { attributes?: Record<string, Value> }).attributes;
    const location = a?.location;
    if (typeof location === 'string') return { region: location.toLowerCase().replace(/\s+/g, ''), source: `location of ${(ref as { address?: string }).address ?? path}` };
  }
  // One level further: a Cassandra table runs where the account its keyspace references does.
  for (const ref of Object.values(refs as Record<string, Value>)) {
    const nested = (ref as { references?: Value }).references;
    const found = nested ? inheritLocation(type, attrs, { references: nested }) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Variable defaults and tfvars values are constants: no references, but functions and path are fine. */
function constantScope(scope: EvalScope): EvalScope {
  const refuse = (what: string) => (name: string, range: Range) =>
    evalError(`${what}.${name} cannot be used here: only constants are allowed`, range);
  return {
    fn: scope.fn,
    bindings: scope.bindings,
    variable: refuse('var'),
    local: refuse('local'),
    module: refuse('module'),
    resource: (type, name, range) => refuse(type)(name, range),
    data: (type, name, range) => refuse(`data.${type}`)(name, range),
  };
}
