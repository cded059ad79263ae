import { HOUR_MS, HistorySeries, formatUtc } from '@app/domain';
import type { HistoryHour } from './history.repository';

/**
 * Stored hours (sorted by marketplace, class, hour) → one series per marketplace/class, from its
 * first to its last stored hour, with null for the hours in between that have no row.
 */
export function hoursToSeries(hours: HistoryHour[]): HistorySeries[] {
  const series: HistorySeries[] = [];
  let current: { series: HistorySeries; firstHour: number } | undefined;
  for (const row of hours) {
    if (!current || current.series.marketplaceId !== row.marketplaceId || current.series.classId !== row.classId) {
      current = {
        series: { marketplaceId: row.marketplaceId, classId: row.classId, start: formatUtc(row.hour * HOUR_MS), counts: [] },
        firstHour: row.hour,
      };
      series.push(current.series);
    }
    const offset = row.hour - current.firstHour;
    while (current.series.counts.length < offset) current.series.counts.push(null);
    current.series.counts.push(row.count);
  }
  return series;
}
