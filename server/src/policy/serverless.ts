import type { ResourceCost } from '../pricing/cost';

/** Resource types billed per invocation, whose cost per 1M requests a policy can cap. Data: one line per type. */
export const SERVERLESS_FUNCTION_TYPES: readonly string[] = [
  'aws_lambda_function',
  'AWS::Lambda::Function',
  'AWS::Serverless::Function',
  'google_cloudfunctions_function',
  'google_cloudfunctions2_function',
  'azurerm_function_app',
  'azurerm_linux_function_app',
  'azurerm_windows_function_app',
];

/** The unit the request component of every serverless family uses. */
const REQUEST_UNIT = '1M requests';

export function isServerlessFunction(c: ResourceCost): boolean {
  return SERVERLESS_FUNCTION_TYPES.includes(c.resource.type);
}

/**
 * USD per 1M invocations: (request charge + duration + storage) / millions of requests, from the priced
 * components, so tiers and memory size are already applied by the family. Needs the usage figures (requests
 * and duration); otherwise returns why not, and the rule reports it as a note rather than guessing.
 */
export function costPerMillionRequests(c: ResourceCost): number | string {
  const req = c.components.find((k) => k.unit === REQUEST_UNIT);
  if (!req) return 'no request component';
  if (req.monthlyQuantity === null) return 'no monthly_requests in the usage file';
  if (req.monthlyQuantity === 0) return 'monthly_requests is 0';
  const open = c.components.find((k) => k.usageBased && k.monthlyCost === null);
  if (open)
    return (
      open.unknownReason ?? `no usage figure for ${open.name.toLowerCase()} (request_duration_ms in the usage file)`
    );
  const usageCost = c.components.filter((k) => k.usageBased).reduce((s, k) => s + (k.monthlyCost ?? 0), 0);
  return usageCost / req.monthlyQuantity;
}
