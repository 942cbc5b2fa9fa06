import { isList, isUnknown, Unknown, type Value } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { isCfn, num, pick, referenced } from './common';

/**
 * The function's memory and architecture: the usage file (Infracost's memory_mb, architecture), then what the
 * format put in meta (Serverless and SAM copy the function's MemorySize/Architectures onto the alias they emit),
 * then the referenced function, then Lambda's defaults (128 MB, x86_64), each recorded as an assumption.
 */
function functionShape(r: ResourceReader, usage: { num(k: string): number | undefined; str(k: string): string | undefined }) {
  const fn = referenced(r, isCfn(r) ? 'FunctionName' : 'function_name');
  const from = (usageKey: string, metaKey: string, attr: string): { v: Value | undefined; source: string } => {
    const u = usageKey === 'memory_mb' ? usage.num(usageKey) : usage.str(usageKey);
    if (u !== undefined) return { v: u, source: 'usage file' };
    const m = r.meta(metaKey);
    if (m !== undefined && m !== null) return { v: m, source: 'the function in the same template' };
    const a = pick(fn, attr);
    return { v: a, source: 'the referenced function' };
  };
  const mem = from('memory_mb', 'memorySize', isCfn(r) ? 'MemorySize' : 'memory_size');
  const archRaw = from('architecture', 'architectures', isCfn(r) ? 'Architectures' : 'architectures');
  const archValue = isList(archRaw.v) ? archRaw.v[0] : archRaw.v;
  const memoryMb = typeof mem.v === 'number' ? mem.v : 128;
  const arch = typeof archValue === 'string' ? archValue : 'x86_64';
  r.assume({ label: 'memory', value: `${memoryMb} MB`, source: typeof mem.v === 'number' ? 'derived' : 'default', note: typeof mem.v === 'number' ? mem.source : 'Lambda default memory (the function could not be resolved)' });
  r.assume({ label: 'architecture', value: arch, source: typeof archValue === 'string' ? 'derived' : 'default', note: typeof archValue === 'string' ? archRaw.source : 'Lambda default architecture' });
  return { memoryGb: memoryMb / 1024, arch };
}

/**
 * aws_lambda_provisioned_concurrency_config / AWS::Lambda::Alias, AWS::Lambda::Version with
 * ProvisionedConcurrencyConfig: configured concurrency × memory for every second it is enabled (all month, or
 * monthly_duration_hrs), plus the requests and the lower duration rate of the invocations it serves (usage:
 * monthly_requests, request_duration_ms). An alias or version without provisioned concurrency costs nothing.
 */
export const lambdaProvisionedConcurrency: Family = {
  cloud: 'aws',
  terraform: ['aws_lambda_provisioned_concurrency_config'],
  cloudformation: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  price(r, ctx) {
    const path = isCfn(r) ? 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions' : 'provisioned_concurrent_executions';
    if (isCfn(r) && !r.has(path)) return { components: [], free: 'no provisioned concurrency configured' };
    const executions = num(r, path, path) ?? new Unknown(`${path} is not set`);
    const { memoryGb, arch } = functionShape(r, ctx.usage);
    const hours = ctx.usage.num('monthly_duration_hrs') ?? ctx.usage.num('monthly_hrs') ?? ctx.hoursPerMonth;
    const requests = ctx.usage.num('monthly_requests');
    const durationMs = ctx.usage.num('request_duration_ms');
    const components: ComponentSpec[] = [
      {
        name: `Provisioned concurrency (${arch})`,
        unit: 'GB-seconds',
        quantity: isUnknown(executions) ? executions : executions * memoryGb * hours * 3600,
        price: { table: 'aws/lambda-provisioned', key: [arch, 'provisioned'] },
      },
      {
        name: 'Requests',
        unit: '1M requests',
        quantity: requests === undefined ? undefined : requests / 1e6,
        price: { table: 'aws/lambda', key: [arch, 'requests'], tiered: true },
        usageBased: true,
      },
    ];
    const gbSeconds = requests === undefined || durationMs === undefined ? undefined : (requests * durationMs * memoryGb) / 1000;
    // The snapshot has no arm64 duration rate for provisioned concurrency; say so only when usage needs it.
    if (arch !== 'arm64' || gbSeconds !== undefined) {
      const price = arch === 'arm64' ? new Unknown('the arm64 duration rate with provisioned concurrency is not in the price snapshot') : { table: 'aws/lambda-provisioned', key: [arch, 'duration'] };
      components.push({ name: 'Duration (provisioned)', unit: 'GB-seconds', quantity: gbSeconds, price, usageBased: true });
    }
    return { components };
  },
};
