/** Number formatting for the UI, Norwegian style (space as thousands separator, comma as decimal). */

const nb = (digits: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** NOK in the largest sensible unit: "14,2 mrd. kr", "813 mill. kr", "4 951 kr". */
export function formatNok(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${nb(1).format(value / 1e9)} mrd. kr`;
  if (abs >= 1e6) return `${nb(0).format(value / 1e6)} mill. kr`;
  return `${nb(0).format(value)} kr`;
}

/** A plain count or amount with Norwegian grouping. */
export const formatNumber = (value: number, digits = 0) => nb(digits).format(value);

/** A signed change, "+3", "−1 200", or "±0" for no change. */
export function formatDelta(value: number, format: (v: number) => string = (v) => formatNumber(v, 1)): string {
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}
