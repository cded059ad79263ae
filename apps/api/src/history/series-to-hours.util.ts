import { DateTime } from 'luxon';
import { HOUR_MS, HistorySeries } from '@app/domain';
import type { HistoryHour } from './history.repository';

/** One row per hour that has a count; null (missing) hours are not stored. */
export function seriesToHours(series: HistorySeries): HistoryHour[] {
  const firstHour = DateTime.fromISO(series.start, { setZone: true }).toMillis() / HOUR_MS;
  const hours: HistoryHour[] = [];
  series.counts.forEach((count, offset) => {
    if (count !== null) hours.push({ marketplaceId: series.marketplaceId, classId: series.classId, hour: firstHour + offset, count });
  });
  return hours;
}
