import type { Problem } from '../../../model/problem';
import type { Attribute, Block, Body } from '../ast';

/** A parsed file of a module: its absolute path and the body the parser read. */
export interface ParsedFile {
  readonly file: string;
  readonly body: Body;
}

export interface Declared<T> {
  readonly file: string;
  readonly node: T;
}

/** Everything one module directory declares, by kind and name; a pure index over the parsed files. */
export interface ModuleConfig {
  readonly dir: string;
  readonly variables: Map<string, Declared<Block>>;
  readonly locals: Map<string, Declared<Attribute>>;
  /** Keyed 'type.name'. */
  readonly resources: Map<string, Declared<Block>>;
  readonly data: Map<string, Declared<Block>>;
  readonly modules: Map<string, Declared<Block>>;
  readonly outputs: Map<string, Declared<Block>>;
  readonly providers: Declared<Block>[];
  readonly problems: Problem[];
}

export function collectConfig(dir: string, files: readonly ParsedFile[]): ModuleConfig {
  const c: ModuleConfig = {
    dir,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    providers: [],
    problems: [],
  };
  const isOverride = (f: ParsedFile) => /(^|_)override\.tf(\.json)?$/.test(f.file.split(/[\\/]/).pop() ?? '');
  for (const { file, body } of files.filter((f) => !isOverride(f))) {
    for (const block of body.blocks) {
      const labels = block.labels.map((l) => l.value);
      switch (block.type) {
        case 'variable':
          if (labels.length === 1) add(c, c.variables, labels[0], file, block, `variable "${labels[0]}"`);
          break;
        case 'locals':
          for (const a of block.body.attributes) add(c, c.locals, a.name, file, a, `local.${a.name}`);
          break;
        case 'resource':
          if (labels.length === 2)
            add(c, c.resources, `${labels[0]}.${labels[1]}`, file, block, `resource "${labels[0]}" "${labels[1]}"`);
          break;
        case 'data':
          if (labels.length === 2)
            add(c, c.data, `${labels[0]}.${labels[1]}`, file, block, `data "${labels[0]}" "${labels[1]}"`);
          break;
        case 'module':
          if (labels.length === 1) add(c, c.modules, labels[0], file, block, `module "${labels[0]}"`);
          break;
        case 'output':
          if (labels.length === 1) add(c, c.outputs, labels[0], file, block, `output "${labels[0]}"`);
          break;
        case 'provider':
          if (labels.length === 1) c.providers.push({ file, node: block });
          break;
      }
    }
  }
  for (const f of files.filter(isOverride)) applyOverride(c, f);
  return c;
}

/**
 * Override files (override.tf, *_override.tf) merge into the blocks they name, after every other file:
 * attributes replace attributes, and nested blocks of a type replace all original blocks of that type
 * (https://developer.hashicorp.com/terraform/language/files/override).
 */
function applyOverride(c: ModuleConfig, { file, body }: ParsedFile): void {
  for (const block of body.blocks) {
    const labels = block.labels.map((l) => l.value);
    if (block.type === 'locals') {
      for (const a of block.body.attributes) c.locals.set(a.name, { file, node: a });
      continue;
    }
    const target =
      block.type === 'resource'
        ? c.resources
        : block.type === 'data'
          ? c.data
          : block.type === 'variable'
            ? c.variables
            : block.type === 'module'
              ? c.modules
              : block.type === 'output'
                ? c.outputs
                : undefined;
    if (!target) continue;
    const key = labels.join('.');
    const original = target.get(key);
    if (!original) {
      c.problems.push({
        file,
        range: block.headerRange,
        severity: 'warning',
        message: `override of ${block.type} "${labels.join('" "')}", which is not declared`,
        source: 'terraform',
      });
      continue;
    }
    target.set(key, {
      file: original.file,
      node: { ...original.node, body: mergeBody(original.node.body, block.body) },
    });
  }
}

function mergeBody(base: Body, over: Body): Body {
  const blockKey = (b: Block) => (b.type === 'dynamic' ? (b.labels[0]?.value ?? '') : b.type);
  const replacedAttrs = new Map(over.attributes.map((a) => [a.name, a]));
  const replacedBlocks = new Set(over.blocks.map(blockKey));
  const attributes = [
    ...base.attributes.map((a) => replacedAttrs.get(a.name) ?? a),
    ...over.attributes.filter((a) => !base.attributes.some((b) => b.name === a.name)),
  ];
  const blocks = [...base.blocks.filter((b) => !replacedBlocks.has(blockKey(b))), ...over.blocks];
  return { ...base, attributes, blocks, items: [...attributes, ...blocks] };
}

function add<T extends Block | Attribute>(
  c: ModuleConfig,
  map: Map<string, Declared<T>>,
  key: string,
  file: string,
  node: T,
  what: string,
): void {
  const prev = map.get(key);
  if (prev) {
    c.problems.push({
      file,
      range: node.kind === 'Block' ? node.headerRange : node.nameRange,
      severity: 'error',
      message: `duplicate ${what}; the first declaration (in ${prev.file}) is used`,
      source: 'terraform',
    });
    return;
  }
  map.set(key, { file, node });
}

export function attribute(block: Block, name: string): Attribute | undefined {
  return block.body.attributes.find((a) => a.name === name);
}
