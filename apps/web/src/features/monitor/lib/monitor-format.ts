import { formatNumber } from '../../../lib/format/format-number.util';
import type { ServiceFigures } from '../api/monitor.types';

/** "1.3 h"; "—" when there is no figure. */
export function formatHours(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '—' : `${formatNumber(hours, undefined, 1)} h`;
}

/** "94.2%", "98.0%" (always one decimal, so shares side by side line up); "—" when nothing was due. */
export function formatShare(share: number | null | undefined, locale?: string): string {
  if (share === null || share === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** "31 late, by 3.2 h on average (at most 7.5 h)"; "None late". */
export function formatLate(figures: Pick<ServiceFigures, 'late' | 'lateByHours'>): string {
  if (figures.late === 0 || !figures.lateByHours) return 'None late';
  return `${formatNumber(figures.late)} late, by ${formatHours(figures.lateByHours.average)} on average (at most ${formatHours(figures.lateByHours.max)})`;
}

/** "Mon 30 Nov, 09:00" from a buyer-local "2026-11-30T09:00" (the calendar day and hour as written, no zone conversion). */
export function formatLocalHour(localStart: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(localStart);
  if (!match) return localStart;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day);
  return `${date}, ${match[4]}:${match[5]}`;
}
