/** A 0..1 share as a percentage ("12.5%"). */
export function formatPercent(share: number, locale?: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);
}
