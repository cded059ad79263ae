import { formatNumber } from './format-number.util';

/** "¥32.50", "$18.00"; an unknown currency code still shows the amount and the code. */
export function formatCurrency(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${formatNumber(amount, locale)} ${currency}`;
  }
}
