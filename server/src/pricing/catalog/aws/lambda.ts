import { isUnknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { num, str } from './common';

/** Invocations a month that the format derived exactly from schedule events (`rate(5 minutes)` → 8,760). */
function scheduledRequests(r: ResourceReader): number | undefined {
  const n = r.meta('monthlyRequests');
  if (typeof n !== 'number') return undefined;
  const source = r.meta('monthlyRequestsSource');
  r.assume({ label: 'monthly_requests', value: n.toLocaleString('en-US'), source: 'derived', note: typeof source === 'string' ? source : 'schedule events' });
  return n;
}

/**
 * aws_lambda_function / AWS::Lambda::Function: requests and duration (GB-seconds, tiered per
 * architecture, tiers in the data) from the usage file (monthly_requests, request_duration_ms), plus
 * ephemeral storage above the free 512 MB. Without usage both show their unit price. The free tier is not
 * deducted: it is per account, not per function.
 */
export const lambda: Family = {
  cloud: 'aws',
  terraform: ['aws_lambda_function'],
  cloudformation: ['AWS::Lambda::Function'],
  price(r, ctx) {
    const memoryMb = num(r, 'memory_size', 'MemorySize', 128, 'Lambda default memory') ?? 128;
    const arch = str(r, 'architectures.0', 'Architectures.0', 'x86_64', 'Lambda default architecture') ?? 'x86_64';
    const storageMb = num(r, 'ephemeral_storage.0.size', 'EphemeralStorage.Size', 512, 'Lambda default (free) ephemeral storage') ?? 512;
    const requests = ctx.usage.num('monthly_requests') ?? scheduledRequests(r);
    const durationMs = ctx.usage.num('request_duration_ms');
    const seconds = requests !== undefined && durationMs !== undefined ? (requests * durationMs) / 1000 : undefined;
    const gbSeconds = (mb: number | typeof memoryMb) => (seconds === undefined || isUnknown(mb) ? undefined : (seconds * mb) / 1024);
    const a = isUnknown(arch) ? 'x86_64' : arch;
    const components: ComponentSpec[] = [
      {
        name: 'Requests',
        unit: '1M requests',
        quantity: requests === undefined ? undefined : requests / 1e6,
        price: { table: 'aws/lambda', key: [a, 'requests'], tiered: true },
        usageBased: true,
      },
      {
        name: `Duration (${a})`,
        unit: 'GB-seconds',
        quantity: isUnknown(memoryMb) ? memoryMb : gbSeconds(memoryMb),
        price: { table: 'aws/lambda', key: [a, 'duration'], tiered: true },
        usageBased: true,
      },
    ];
    if (!isUnknown(storageMb) && storageMb > 512) {
      components.push({
        name: 'Ephemeral storage above 512 MB',
        unit: 'GB-seconds',
        quantity: gbSeconds(storageMb - 512),
        price: { table: 'aws/lambda', key: [a, 'ephemeral-storage'], tiered: true },
        usageBased: true,
      });
    }
    return { components };
  },
};
