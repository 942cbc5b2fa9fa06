import type { Problem } from '../../model/problem';
import type { Resource } from '../../model/resource';
import { isUnknown, type Value } from '../../model/value';
import { readTemplate } from '../cloudformation/template';
import type { FileFormat, FileFormatResult } from '../file-format';
import { get, isMap, parseYaml, str } from '../yaml';
import { functionResources } from './functions';
import { SLS_DEFAULTS, type SlsContext } from './context';
import { Variables } from './variables';

/**
 * serverless.yml → the CloudFormation resources the framework would deploy: one AWS::Lambda::Function per
 * function (range on the function's key), the API Gateway, schedules, topics and buckets its events create,
 * and the raw CloudFormation under `resources:`.
 */
export const serverlessFormat: FileFormat = {
  id: 'serverless',
  detect(path, text) {
    if (/(^|[\\/])serverless\.ya?ml$/i.test(path)) return true;
    return /(^|\n)service\s*:/.test(text) && /(^|\n)provider\s*:/.test(text) && /(^|\n)functions\s*:/.test(text);
  },
  analyze(path, text) {
    return analyzeServerless(path, text);
  },
};

export function analyzeServerless(path: string, text: string): FileFormatResult {
  const parsed = parseYaml(text, path);
  const problems: Problem[] = parsed.documents.flatMap((d) => [...d.problems]);
  const root = parsed.documents.find((d) => isMap(d.root))?.root;
  if (!root) return { resources: [], problems };
  const provider = get(root, 'provider');
  const providerName = str(get(provider, 'name')) ?? (str(provider) ?? 'aws');
  if (providerName !== 'aws') {
    problems.push({ file: path, range: (get(provider, 'name') ?? provider ?? root).range, severity: 'info', message: `provider ${providerName}: only AWS serverless.yml files are priced`, source: 'serverless' });
    return { resources: [], problems };
  }
  const probe = new Variables(root, SLS_DEFAULTS.stage, SLS_DEFAULTS.region);
  const stage = text1(probe.value(get(provider, 'stage'))) ?? SLS_DEFAULTS.stage;
  const regionValue = probe.value(get(provider, 'region'));
  const region = text1(regionValue) ?? SLS_DEFAULTS.region;
  const vars = new Variables(root, stage, region);
  const regionSource = get(provider, 'region') === undefined ? 'Serverless Framework default region' : 'serverless.yml provider.region';
  const resources: Resource[] = [];
  const ctx: SlsContext = { file: path, root, provider, vars, stage, region, regionSource, problems };
  resources.push(...functionResources(ctx));
  const cfn = get(root, 'resources');
  if (isMap(cfn)) {
    const tpl = readTemplate(cfn, path, { region, regionSource, substitute: (s, r) => vars.resolveString(s, r) }, problems);
    resources.push(...tpl.resources);
  }
  return { resources, problems };
}

function text1(v: Value): string | undefined {
  return typeof v === 'string' && v !== '' && !isUnknown(v) ? v : undefined;
}
