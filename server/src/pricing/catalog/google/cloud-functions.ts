import type { Family } from '../../family';

/** Cloud Functions (1st gen) CPU clock by memory size, in GHz, as Google documents the tiers. */
const GHZ_BY_MB: readonly [number, number][] = [
  [128, 0.2],
  [256, 0.4],
  [512, 0.8],
  [1024, 1.4],
  [2048, 2.4],
  [4096, 4.8],
  [8192, 4.8],
];

/**
 * google_cloudfunctions_function: GHz-seconds and GB-seconds per invocation (usage: monthly_function_invocations
 * × request_duration_ms), invocations, and outbound data (monthly_outbound_data_gb), as in Infracost.
 */
export const cloudFunction: Family = {
  cloud: 'google',
  terraform: ['google_cloudfunctions_function'],
  price(r, ctx) {
    const mb = r.num('available_memory_mb', 256, 'provider default memory');
    const memMb = typeof mb === 'number' ? mb : 256;
    const ghz = (GHZ_BY_MB.find(([m]) => memMb <= m) ?? GHZ_BY_MB[GHZ_BY_MB.length - 1])[1];
    const calls = ctx.usage.num('monthly_function_invocations');
    const ms = ctx.usage.num('request_duration_ms');
    const seconds = calls === undefined || ms === undefined ? undefined : (calls * Math.ceil(ms / 100) * 100) / 1000;
    const egress = ctx.usage.num('monthly_outbound_data_gb');
    return {
      components: [
        {
          name: `CPU (${ghz} GHz)`,
          unit: 'GHz-seconds',
          quantity: seconds === undefined ? undefined : seconds * ghz,
          price: { table: 'google/cloud-functions', key: ['cpu'] },
          usageBased: true,
        },
        {
          name: `Memory (${memMb} MB)`,
          unit: 'GB-seconds',
          quantity: seconds === undefined ? undefined : (seconds * memMb) / 1024,
          price: { table: 'google/cloud-functions', key: ['memory'] },
          usageBased: true,
        },
        {
          name: 'Invocations',
          unit: 'invocations',
          quantity: calls,
          price: { table: 'google/cloud-functions', key: ['invocations'] },
          usageBased: true,
        },
        {
          name: 'Outbound data transfer',
          unit: 'GB',
          quantity: egress,
          price: { table: 'google/cloud-functions', key: ['egress'] },
          usageBased: true,
        },
      ],
    };
  },
};
