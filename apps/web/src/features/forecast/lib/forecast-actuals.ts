import { HOUR_MS } from '@app/domain/time'; // not the index: it would bundle the holiday calendars
import type { HistorySeries } from '../api/forecast.types';

/**
 * Actual messages per UTC hour (ms → count) of one series, from the stored history of a
 * marketplace. The total (`classId` null) is the stored total when there is one, else the sum
 * of the classes hour by hour; an hour any class is missing is left out (unknown, not zero).
 */
export function seriesActuals(history: readonly HistorySeries[], classId: string | null): Map<number, number> {
  const own = history.find((series) => series.classId === classId);
  if (own || classId !== null) return own ? countsByHour(own) : new Map();
  const classes = history.filter((series) => series.classId !== null);
  if (classes.length === 0) return new Map();
  const perClass = classes.map(countsByHour);
  const total = new Map<number, number>();
  for (const [hour, count] of perClass[0]) {
    let sum = count;
    for (const other of perClass.slice(1)) {
      const value = other.get(hour);
      if (value === undefined) {
        sum = Number.NaN;
        break;
      }
      sum += value;
    }
    if (!Number.isNaN(sum)) total.set(hour, sum);
  }
  return total;
}

function countsByHour(series: HistorySeries): Map<number, number> {
  const start = Date.parse(series.start);
  const hours = new Map<number, number>();
  series.counts.forEach((count, index) => {
    if (count !== null) hours.set(start + index * HOUR_MS, count);
  });
  return hours;
}
