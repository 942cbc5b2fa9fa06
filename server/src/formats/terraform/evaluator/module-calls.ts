import * as path from 'path';
import type { Range } from '../../../model/range';
import type { Resource } from '../../../model/resource';
import { Unknown, type Value, type ValueObject } from '../../../model/value';
import { literalValue, type Block } from '../ast';
import type { ModuleCall } from '../index';
import { isLocalSource } from '../modules-json';
import { childProviders } from '../providers';
import { attribute, type Declared, type ModuleConfig } from './config';
import { report, reportErrors } from './context';
import { evaluate } from './expression';
import { expandInstances, type Expansion } from './instances';
import { ModuleInstance } from './module-instance';

/** Arguments of a module block that configure the call itself rather than the module's variables. */
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Terraform itself refuses deeper trees long before this; it only stops runaway recursion. */
const MAX_DEPTH = 24;

interface ExpandedCall {
  readonly name: string;
  readonly decl: Declared<Block>;
  readonly source: string;
  readonly unavailable?: string;
  readonly children: readonly ModuleInstance[];
  /** Computed on first reference: outputs nobody reads are never evaluated. */
  value?: Value;
  readonly shape?: Expansion['shape'];
}

/** The `module` blocks of one module instance: resolving sources, expanding instances, evaluating children. */
export class ModuleCalls {
  private readonly expanded = new Map<string, ExpandedCall | 'in progress'>();

  constructor(private readonly parent: ModuleInstance) {}

  /** What `module.<name>` evaluates to: the outputs object, a list (count) or a map (for_each) of them. */
  value(name: string, range: Range): Value {
    if (!this.parent.config.modules.has(name)) return new Unknown(`module "${name}" is not declared`, range);
    const call = this.expand(name);
    if (!call) return new Unknown(`module.${name} depends on itself (a cycle)`, range);
    if (call.value === undefined && call.shape) {
      call.value = new Unknown(`module.${name} depends on itself (a cycle)`, range);
      call.value = call.shape(call.children.map((c): ValueObject => c.outputsObject(range)));
    }
    return call.value ?? new Unknown(`module.${name} is not available`, range);
  }

  collect(out: Resource[], calls?: ModuleCall[]): void {
    for (const name of this.parent.config.modules.keys()) {
      const call = this.expand(name);
      if (!call) continue;
      calls?.push({
        name,
        file: call.decl.file,
        headerRange: call.decl.node.headerRange,
        range: call.decl.node.range,
        source: call.source,
        modulePath: this.prefix() + `module.${name}`,
        unavailable: call.unavailable,
      });
      for (const child of call.children) child.collect(out);
    }
  }

  private prefix(): string {
    return this.parent.place.declarationPath ? `${this.parent.place.declarationPath}.` : '';
  }

  private expand(name: string): ExpandedCall | undefined {
    const memo = this.expanded.get(name);
    if (memo === 'in progress') return undefined;
    if (memo) return memo;
    this.expanded.set(name, 'in progress');
    const call = this.compute(name);
    this.expanded.set(name, call);
    return call;
  }

  private compute(name: string): ExpandedCall {
    const { ctx, config, place } = this.parent;
    const decl = config.modules.get(name) as Declared<Block>;
    const block = decl.node;
    const sourceAttr = attribute(block, 'source');
    const sourceLit = sourceAttr ? literalValue(sourceAttr.expr) : undefined;
    const source = typeof sourceLit === 'string' ? sourceLit : '';
    const manifestKey = place.manifestKey ? `${place.manifestKey}.${name}` : name;
    const unavailable = (reason: string, severity: 'info' | 'warning' | 'error'): ExpandedCall => {
      report(ctx, {
        file: decl.file,
        range: block.headerRange,
        severity,
        message: `module "${name}": ${reason}`,
        source: 'terraform',
      });
      return {
        name,
        decl,
        source,
        unavailable: reason,
        children: [],
        value: new Unknown(`module.${name}: ${reason}`, block.headerRange),
      };
    };
    if (!source) return unavailable('source must be a literal string', 'error');

    let dir: string | undefined;
    if (isLocalSource(source)) dir = path.resolve(config.dir, source);
    else dir = ctx.installed?.get(manifestKey)?.dir;
    if (!dir) return unavailable('module not downloaded', 'info');
    if (place.stack.includes(dir) || place.stack.length >= MAX_DEPTH)
      return unavailable('module recursion: it calls itself', 'error');
    const childConfig: ModuleConfig | undefined = ctx.loadModule(dir);
    if (!childConfig) return unavailable(`no Terraform files in ${source}`, 'warning');

    const declPrefix = this.prefix() + `module.${name}`;
    const modPrefix = place.modulePath ? `${place.modulePath}.` : '';
    const expansion: Expansion = expandInstances(
      block,
      this.parent.scope,
      decl.file,
      ctx,
      `${modPrefix}module.${name}`,
    );
    const providers = childProviders(this.parent.providers, attribute(block, 'providers')?.expr);
    const children = expansion.instances.map((inst) => {
      const inputs = new Map<string, Value>();
      return new ModuleInstance(
        ctx,
        childConfig,
        {
          modulePath: `${modPrefix}module.${name}${inst.suffix}`,
          declarationPath: declPrefix,
          manifestKey,
          stack: [...place.stack, dir],
        },
        (varName) => {
          const arg = attribute(block, varName);
          if (!arg || MODULE_META.has(varName)) return undefined;
          let v = inputs.get(varName);
          if (v === undefined) {
            v = evaluate(arg.expr, inst.scope);
            inputs.set(varName, v);
            reportErrors(ctx, v, decl.file, arg.range);
          }
          return { kind: 'evaluated', value: v };
        },
        providers,
      );
    });
    this.checkArguments(block, decl.file, childConfig);
    return { name, decl, source, children, shape: expansion.shape };
  }

  /** Arguments the module does not declare, and required variables the call does not set (Terraform errors on both). */
  private checkArguments(block: Block, file: string, child: ModuleConfig): void {
    const warn = (range: Block['headerRange'], message: string) =>
      report(this.parent.ctx, { file, range, severity: 'warning', message, source: 'terraform' });
    for (const a of block.body.attributes) {
      if (!MODULE_META.has(a.name) && !child.variables.has(a.name))
        warn(a.nameRange, `module has no variable "${a.name}"`);
    }
    for (const [name, v] of child.variables) {
      if (!attribute(v.node, 'default') && !attribute(block, name)) {
        warn(block.headerRange, `module "${block.labels[0]?.value}" needs a value for variable "${name}"`);
      }
    }
  }
}
