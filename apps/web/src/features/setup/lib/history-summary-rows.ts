import type { Marketplace } from '@app/domain';
import type { HistorySeriesSummary } from '../api/history';

export interface HistorySummaryRow extends HistorySeriesSummary {
  key: string;
  marketplaceName: string;
  /** The buyers' zone the dates are shown in; UTC for an unknown marketplace. */
  timeZone: string;
  classLabel: string;
  /** Messages per hour over the covered hours. */
  averagePerHour: number;
}

/** Imported series ordered by marketplace (setup order) then class, labelled for display. */
export function historySummaryRows(series: readonly HistorySeriesSummary[], marketplaces: readonly Marketplace[]): HistorySummaryRow[] {
  const order = new Map(marketplaces.map((m, index) => [m.id, index]));
  const byId = new Map(marketplaces.map((m) => [m.id, m]));
  return [...series]
    .sort(
      (a, b) =>
        (order.get(a.marketplaceId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.marketplaceId) ?? Number.MAX_SAFE_INTEGER) ||
        a.marketplaceId.localeCompare(b.marketplaceId) ||
        (a.classId ?? '').localeCompare(b.classId ?? ''),
    )
    .map((s) => {
      const marketplace = byId.get(s.marketplaceId);
      const priorityClass = marketplace?.classes.find((c) => c.id === s.classId);
      return {
        ...s,
        key: `${s.marketplaceId}/${s.classId ?? '*'}`,
        marketplaceName: marketplace?.name ?? s.marketplaceId,
        timeZone: marketplace?.timeZone ?? 'UTC',
        classLabel: s.classId === null ? 'all classes' : (priorityClass?.name ?? s.classId),
        averagePerHour: s.hours > 0 ? s.total / s.hours : 0,
      };
    });
}
