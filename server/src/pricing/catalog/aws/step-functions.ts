import type { Family } from '../../family';
import { str, usage } from './common';

const q = (metric: string) => ({ table: 'aws/step-functions', key: [metric] });

/**
 * aws_sfn_state_machine / AWS::StepFunctions::StateMachine: Standard workflows bill state transitions per
 * 1k (usage: monthly_transitions); Express workflows bill requests per 1M and GB-seconds (usage:
 * monthly_requests, workflow_duration_ms, memory_mb — memory billed in 64 MB chunks, 64 MB minimum).
 */
export const stateMachine: Family = {
  cloud: 'aws',
  terraform: ['aws_sfn_state_machine'],
  cloudformation: ['AWS::StepFunctions::StateMachine'],
  price(r, ctx) {
    const type = str(r, 'type', 'StateMachineType', 'STANDARD', 'provider default workflow type');
    if (type !== 'EXPRESS') {
      return { components: [usage('State transitions', '1k transitions', ctx, 'monthly_transitions', q('standard-transitions'), 1e-3)] };
    }
    const requests = ctx.usage.num('monthly_requests');
    const durationMs = ctx.usage.num('workflow_duration_ms');
    const memoryMb = Math.max(64, Math.ceil((ctx.usage.num('memory_mb') ?? 64) / 64) * 64);
    const gbSeconds = requests === undefined || durationMs === undefined ? undefined : ((requests * Math.ceil(durationMs / 100) * 100) / 1000) * (memoryMb / 1024);
    return {
      components: [
        { name: 'Requests', unit: '1M requests', quantity: requests === undefined ? undefined : requests / 1e6, price: q('express-requests'), usageBased: true },
        { name: 'Duration', unit: 'GB-seconds', quantity: gbSeconds, price: q('express-duration'), usageBased: true },
      ],
    };
  },
};
