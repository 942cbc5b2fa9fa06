/**
 * The one place money becomes text. Amounts stay unrounded everywhere else; totals are sums of
 * unrounded components, rounded only here.
 */
export function usd(amount: number): string {
  const abs = Math.abs(amount);
  if (abs > 0 && abs < 0.00005) return amount < 0 ? '-<$0.0001' : '<$0.0001';
  const digits = abs !== 0 && abs < 0.01 ? 4 : 2;
  const s = abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (amount < 0 ? '-$' : '$') + s;
}

/** A unit price: keeps the significant digits of small prices ($0.0000166667 per GB-second). */
export function unitPrice(amount: number): string {
  if (amount === 0) return '$0';
  if (amount >= 0.01) {
    const s = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 });
    return '$' + s;
  }
  return '$' + amount.toPrecision(6).replace(/0+$/, '').replace(/\.$/, '');
}

export function monthly(amount: number): string {
  // A schedule firing once a day costs a fraction of a cent: say so rather than print $0.0000.
  if (amount > 0 && amount < 0.01) return '<$0.01/mo';
  return `${usd(amount)}/mo`;
}

/** A quantity as people read it: 730, 1,000,000, 0.5. */
export function quantity(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** Rounds to cents for machine-readable output (JSON contract), after all arithmetic is done. */
export function cents(n: number): number {
  return Math.round(n * 100) / 100;
}
