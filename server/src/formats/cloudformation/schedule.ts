import { cronFiringsPerMonth } from '../kubernetes/cron';

const HOURS_PER_MONTH = 730;

/**
 * Invocations per month of an EventBridge schedule expression, over the engine's 730-hour month:
 * rate(5 minutes) → 730 × 60 / 5 = 8,760. cron() has six fields (minutes hours day-of-month month
 * day-of-week year) with day-of-week 1–7 = SUN–SAT; the year is ignored. Undefined when unreadable.
 */
export function scheduleInvocationsPerMonth(expression: string): number | undefined {
  const s = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+(minutes?|hours?|days?)\s*\)$/i.exec(s);
  if (rate) {
    const n = Number(rate[1]);
    if (!(n > 0)) return undefined;
    const unit = rate[2].toLowerCase();
    const minutes = n * (unit.startsWith('minute') ? 1 : unit.startsWith('hour') ? 60 : 1440);
    return (HOURS_PER_MONTH * 60) / minutes;
  }
  const cron = /^cron\((.*)\)$/i.exec(s);
  if (!cron) return undefined;
  const f = cron[1].trim().split(/\s+/);
  if (f.length !== 6) return undefined;
  const dow = f[4].replace(/\d+/g, (d) => String(Number(d) - 1)).replace(/L|#\d+/g, '');
  const dom = f[2].replace(/[LW]/g, '') || '*';
  return cronFiringsPerMonth([f[0], f[1], dom, f[3], dow].join(' '));
}
