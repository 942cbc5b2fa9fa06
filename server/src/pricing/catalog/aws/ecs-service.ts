import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { hourly, isCfn, num, pick, referenced, str } from './common';

/**
 * aws_ecs_service / AWS::ECS::Service on Fargate: running tasks × (vCPU-hours + GB-hours), x86_64 or
 * ARM64, from the task definition the service references (the format resolves it into meta.references).
 * Services on EC2 capacity cost nothing here: their instances are priced where they are declared.
 */
export const ecsService: Family = {
  cloud: 'aws',
  terraform: ['aws_ecs_service'],
  cloudformation: ['AWS::ECS::Service'],
  price(r, ctx) {
    const cfn = isCfn(r);
    const launchType = str(r, 'launch_type', 'LaunchType', 'EC2', 'ECS default launch type without a capacity provider');
    const provider = r.str(cfn ? 'CapacityProviderStrategy.0.CapacityProvider' : 'capacity_provider_strategy.0.capacity_provider');
    const fargate = launchType === 'FARGATE' || (typeof provider === 'string' && provider.startsWith('FARGATE'));
    if (!fargate) return { components: [], free: 'tasks run on EC2 instances, which are priced where they are declared' };
    if (provider === 'FARGATE_SPOT') return { components: [hourly('Fargate Spot tasks', ctx, new Unknown('Fargate Spot prices are not in the price snapshot'))] };

    const tasks = ctx.usage.num('desired_count') ?? num(r, 'desired_count', 'DesiredCount', 1, 'one task when the service does not say');
    const td = referenced(r, cfn ? 'TaskDefinition' : 'task_definition');
    if (!td) return { components: [hourly('Fargate tasks', ctx, new Unknown('the task definition could not be resolved'))] };
    const cpuUnits = Number(pick(td, cfn ? 'Cpu' : 'cpu'));
    const memMiB = Number(pick(td, cfn ? 'Memory' : 'memory'));
    const archRaw = pick(td, cfn ? 'RuntimePlatform.CpuArchitecture' : 'runtime_platform.0.cpu_architecture');
    const arch = typeof archRaw === 'string' && archRaw.toUpperCase() === 'ARM64' ? 'arm64' : 'x86_64';
    const count = tasks ?? 1;
    const perTask = (v: number): number | Unknown =>
      Number.isNaN(v) ? new Unknown('task definition cpu/memory is not set') : isUnknown(count) ? count : v * count;
    r.assume({ label: 'task size', value: `${cpuUnits} CPU units, ${memMiB} MiB, ${arch}`, source: 'derived', note: 'from the task definition' });
    const components: ComponentSpec[] = [
      { name: `Fargate vCPU (${arch})`, unit: 'vCPU-hours', quantity: hoursOf(ctx.hoursPerMonth, perTask(cpuUnits / 1024)), price: { table: 'aws/fargate', key: [arch, 'vcpu'] } },
      { name: `Fargate memory (${arch})`, unit: 'GB-hours', quantity: hoursOf(ctx.hoursPerMonth, perTask(memMiB / 1024)), price: { table: 'aws/fargate', key: [arch, 'memory'] } },
    ];
    return { components };
  },
};

function hoursOf(hours: number, q: number | Unknown): number | Unknown {
  return isUnknown(q) ? q : q * hours;
}
