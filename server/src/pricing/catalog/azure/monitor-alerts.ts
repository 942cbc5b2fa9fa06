import { isObject, isUnknown, Unknown, type Value } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { usage } from './common';
import type { ResourceReader } from '../../resource-reader';

const at = (item: string) => ({ table: 'azure/monitor-alerts', key: [item] });

/** The dimension blocks of one criterion block. */
function dimensions(c: Value): number {
  const d = isObject(c) ? c.dimension : undefined;
  return Array.isArray(d) ? d.length : isObject(d) ? 1 : 0;
}

/** Time series of the `block` criteria: their dimension blocks, at least one per criterion. */
function series(r: ResourceReader, block: string): number {
  return r.list(block).reduce<number>((n, c) => n + Math.max(1, dimensions(c)), 0);
}

/** Scopes the rule watches (default: one, the subscription). */
function scopes(r: ResourceReader): number {
  const n = r.list('scopes').length;
  if (n === 0) r.assume({ label: 'scopes', value: '1', source: 'default', note: 'no scopes listed: one' });
  return Math.max(1, n);
}

function disabled(r: ResourceReader): string | undefined {
  return r.bool('enabled', true, 'provider default') === false ? 'a disabled alert rule is not billed' : undefined;
}

/**
 * azurerm_monitor_metric_alert: time series monitored (scopes × the dimension blocks of each criterion, at least
 * one per criterion) per month, and the dynamic_criteria ones again for dynamic thresholds. Each dimension block
 * counts as one time series (a "*" value monitors every value and costs more); the 10 free time series per
 * subscription are not deducted.
 */
export const monitorMetricAlert: Family = {
  cloud: 'azure',
  terraform: ['azurerm_monitor_metric_alert'],
  price(r) {
    const off = disabled(r);
    if (off) return { components: [], free: off };
    const n = scopes(r);
    const dynamic = n * series(r, 'dynamic_criteria');
    const total = n * series(r, 'criteria') + dynamic;
    r.assume({
      label: 'time series',
      value: String(total),
      source: 'derived',
      note: 'scopes × dimension blocks per criterion, at least one; the 10 free per subscription are not deducted',
    });
    const components: ComponentSpec[] = [
      { name: 'Metrics monitoring', unit: 'time-series', quantity: total, price: at('metric-time-series') },
    ];
    if (dynamic > 0)
      components.push({
        name: 'Dynamic threshold monitoring',
        unit: 'time-series',
        quantity: dynamic,
        price: at('dynamic-threshold'),
      });
    return { components };
  },
};

/** Minutes of an ISO 8601 duration (PT5M, PT1H, P1D); undefined when it is not one. */
export function isoMinutes(text: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The frequency tier a log alert bills at: 1, 5, 10 or 15 minutes (anything slower bills as 15). */
const tier = (minutes: number) => (minutes >= 15 ? 15 : minutes >= 10 ? 10 : minutes >= 5 ? 5 : 1);

/**
 * azurerm_monitor_scheduled_query_rules_alert (frequency in minutes) and _alert_v2 (evaluation_frequency, ISO
 * 8601): one log alert rule a month at its frequency tier, and for v2 the time series beyond the first (scopes ×
 * dimension blocks) at the same tier, as Infracost counts them.
 */
export const monitorScheduledQueryAlert: Family = {
  cloud: 'azure',
  terraform: ['azurerm_monitor_scheduled_query_rules_alert', 'azurerm_monitor_scheduled_query_rules_alert_v2'],
  price(r) {
    const off = disabled(r);
    if (off) return { components: [], free: off };
    const v2 = r.type.endsWith('_v2');
    let minutes: number | Unknown | undefined;
    if (v2) {
      const text = r.str('evaluation_frequency');
      minutes =
        typeof text === 'string'
          ? (isoMinutes(text) ?? new Unknown(`${text} is not an ISO 8601 duration`))
          : (text ?? new Unknown('evaluation_frequency is required'));
    } else minutes = r.num('frequency') ?? new Unknown('frequency is required');
    if (isUnknown(minutes))
      return { components: [{ name: 'Log alerts monitoring', unit: 'rule', quantity: 1, price: minutes }] };
    const t = tier(minutes);
    const components: ComponentSpec[] = [
      { name: `Log alerts monitoring (${t} minute frequency)`, unit: 'rule', quantity: 1, price: at(`log-rule-${t}`) },
    ];
    if (v2) {
      const dims = r.list('criteria').reduce<number>((n, c) => n + dimensions(c), 0);
      const extra = scopes(r) * dims - 1;
      if (extra > 0) {
        const note = 'scopes × dimension blocks';
        r.assume({ label: 'time series', value: String(extra + 1), source: 'derived', note });
        components.push({
          name: `Additional time-series monitoring (${t} minute frequency)`,
          unit: 'time-series',
          quantity: extra,
          price: at(`log-series-${t}`),
        });
      }
    }
    return { components };
  },
};

/** Receiver blocks billed per notification: [block, label, usage key, table item]. */
const RECEIVERS: readonly [string, string, string, string][] = [
  ['email_receiver', 'Email notifications', 'monthly_emails', 'email'],
  ['itsm_receiver', 'ITSM connector events', 'monthly_itsm_events', 'itsm-event'],
  ['azure_app_push_receiver', 'Push notifications', 'monthly_push_notifications', 'push'],
];

/**
 * azurerm_monitor_action_group: notifications as usage, with Infracost's usage keys — monthly_emails,
 * monthly_itsm_events, monthly_push_notifications, monthly_web_hooks and monthly_secure_web_hooks (web hooks with
 * aad_auth), and monthly_sms_messages / monthly_voice_calls per country_code_<n> of the SMS and voice receivers.
 * Each kind is shown when the group has a receiver of that kind; the usage is the month's total across them.
 * Free monthly grants (1,000 emails, 100 SMS, 10 voice calls …) are not deducted. A group without billed receivers
 * (ARM roles, runbooks, functions, logic apps, event hubs) is free.
 */
export const monitorActionGroup: Family = {
  cloud: 'azure',
  terraform: ['azurerm_monitor_action_group'],
  price(r, ctx) {
    const components: ComponentSpec[] = [];
    const line = (name: string, count: number, unit: string, key: string, item: string) =>
      components.push(usage(`${name} (${count} receiver${count > 1 ? 's' : ''})`, unit, ctx, key, at(item)));
    for (const [block, name, key, item] of RECEIVERS) {
      const n = r.list(block).length;
      if (n > 0) line(name, n, block === 'itsm_receiver' ? 'events' : 'notifications', key, item);
    }
    const hooks = r.list('webhook_receiver');
    const secure = hooks.filter((h) => isObject(h) && h.aad_auth !== undefined && h.aad_auth !== null).length;
    if (hooks.length - secure > 0)
      line('Web hooks', hooks.length - secure, 'notifications', 'monthly_web_hooks', 'webhook');
    if (secure > 0) line('Secure web hooks', secure, 'notifications', 'monthly_secure_web_hooks', 'secure-webhook');
    for (const [block, kind, key, unit] of [
      ['sms_receiver', 'SMS', 'monthly_sms_messages', 'messages'],
      ['voice_receiver', 'Voice calls', 'monthly_voice_calls', 'calls'],
    ] as const) {
      const codes = new Map<string, number>();
      for (const rec of r.list(block)) {
        const code = isObject(rec) ? rec.country_code : undefined;
        const text = typeof code === 'number' || typeof code === 'string' ? String(code) : '?';
        codes.set(text, (codes.get(text) ?? 0) + 1);
      }
      for (const [code, n] of [...codes].sort((a, b) => Number(a[0]) - Number(b[0]))) {
        const item = `${kind === 'SMS' ? 'sms' : 'voice'}-${code}`;
        line(`${kind}, country code ${code}`, n, unit, `${key}.country_code_${code}`, item);
      }
    }
    if (components.length === 0)
      return { components: [], free: 'no email, SMS, voice, push, ITSM or web hook receivers: nothing billed' };
    const note = 'the monthly free emails, SMS, voice calls, push notifications and web hooks are per subscription';
    r.assume({ label: 'free grants', value: 'not deducted', source: 'derived', note });
    return { components };
  },
};
