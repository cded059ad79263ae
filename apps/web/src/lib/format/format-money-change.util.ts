import { formatCurrency } from './format-currency.util';

/** A difference in money with its sign: "+US$100.80", "−US$142.80", "±US$0.00" (rounded to cents). */
export function formatMoneyChange(change: number, currency: string, locale?: string): string {
  const cents = Math.round(change * 100) / 100;
  const sign = cents > 0 ? '+' : cents < 0 ? '−' : '±';
  return `${sign}${formatCurrency(Math.abs(cents), currency, locale)}`;
}
