/** Grouped number with at most `maximumFractionDigits` decimals ("12,480", "1.5"). */
export function formatNumber(value: number, locale?: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}
