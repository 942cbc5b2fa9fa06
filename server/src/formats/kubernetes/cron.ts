/**
 * Firings per month of a CronJob schedule. A month is a twelfth of a 365-day year, the same 730-hour month
 * the engine prices with, so '0 * * * *' fires exactly 730 times. Day-of-month and day-of-week follow cron:
 * when both are restricted a day matches either. Returns undefined for a schedule we cannot read.
 */
/** The engine's month: a twelfth of a 365-day year. */
export const MONTH_HOURS = 730;

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 2025-01-01 was a Wednesday; any non-leap year works, the weekday only shifts which days match. */
const FIRST_WEEKDAY = 3;

export function cronFiringsPerMonth(schedule: string): number | undefined {
  let s = schedule.trim().replace(/^(CRON_TZ|TZ)=\S+\s+/, '');
  s = MACROS[s.toLowerCase()] ?? s;
  if (s.startsWith('@every')) return undefined;
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return undefined;
  const minutes = field(fields[0], 0, 59);
  const hours = field(fields[1], 0, 23);
  const dom = field(fields[2], 1, 31);
  const months = field(fields[3], 1, 12, MONTHS);
  const dow = field(fields[4], 0, 7, DAYS);
  if (!minutes || !hours || !dom || !months || !dow) return undefined;
  if (dow.set.has(7)) dow.set.add(0);
  let days = 0;
  let weekday = FIRST_WEEKDAY;
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= DAYS_IN_MONTH[m - 1]; d++) {
      if (months.set.has(m)) {
        const domHit = dom.set.has(d);
        const dowHit = dow.set.has(weekday);
        const hit = !dom.star && !dow.star ? domHit || dowHit : domHit && dowHit;
        if (hit) days++;
      }
      weekday = (weekday + 1) % 7;
    }
  }
  return (days * hours.set.size * minutes.set.size) / 12;
}

function field(text: string, min: number, max: number, names?: readonly string[]): { set: Set<number>; star: boolean } | undefined {
  const set = new Set<number>();
  const star = text === '*' || text === '?';
  for (const part of text.split(',')) {
    const [rangeText, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return undefined;
    let lo: number;
    let hi: number;
    if (rangeText === '*' || rangeText === '?') {
      lo = min;
      hi = max;
    } else {
      const [a, b] = rangeText.split('-');
      const av = value(a, names, min);
      const bv = b === undefined ? (stepText === undefined ? av : max) : value(b, names, min);
      if (av === undefined || bv === undefined) return undefined;
      lo = av;
      hi = bv;
    }
    if (lo < min || hi > max || lo > hi) return undefined;
    for (let v = lo; v <= hi; v += step) set.add(v);
  }
  return set.size > 0 ? { set, star } : undefined;
}

function value(text: string, names: readonly string[] | undefined, min: number): number | undefined {
  const i = names?.indexOf(text.toLowerCase()) ?? -1;
  if (i >= 0) return i + min;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
