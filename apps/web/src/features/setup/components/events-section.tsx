import type { CalendarEvent } from '@app/domain';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { useDeleteEvent, useEvents, useSaveEvent } from '../api/events';
import { useMarketplaces } from '../api/marketplaces';
import { useSites } from '../api/sites';
import { CrudSection } from './crud-section';
import { EventForm } from './event-form';

export function EventsSection() {
  const marketplaces = useMarketplaces();
  const sites = useSites();
  const names = (ids: string[], list: readonly { id: string; name: string }[] | undefined) =>
    ids.map((id) => list?.find((item) => item.id === id)?.name ?? id).join(', ') || '—';
  const effect = (e: CalendarEvent) =>
    [
      e.volumeMultiplier !== undefined ? `volume ×${formatNumber(e.volumeMultiplier)}` : '',
      e.availabilityCap !== undefined ? `at most ${formatPercent(e.availabilityCap)} on duty` : '',
    ]
      .filter(Boolean)
      .join(', ') || 'learned from history';
  return (
    <CrudSection<CalendarEvent>
      title="Events"
      noun="event"
      description="Peaks (Prime Day, Black Friday, Singles’ Day) that raise buyers’ volume and holidays (Chinese New Year) that lower a site’s availability."
      query={useEvents()}
      save={useSaveEvent()}
      remove={useDeleteEvent()}
      idOf={(e) => e.id}
      nameOf={(e) => e.name}
      emptyHint="Add the peaks and holidays in your planning horizon so the forecast and the rota expect them."
      columns={[
        { key: 'name', header: 'Event', cell: (e) => <strong>{e.name}</strong>, wrap: true },
        { key: 'kind', header: 'Kind', cell: (e) => <span className={`pill pill--${e.kind}`}>{e.kind}</span> },
        { key: 'dates', header: 'Dates (local)', cell: (e) => formatLocalDateRange(e.start, e.end, undefined, true), wrap: true },
        { key: 'marketplaces', header: 'Marketplaces', cell: (e) => names(e.marketplaceIds, marketplaces.data), wrap: true },
        { key: 'sites', header: 'Sites', cell: (e) => names(e.siteIds, sites.data), wrap: true },
        { key: 'effect', header: 'Effect', cell: effect, wrap: true },
      ]}
      renderForm={(props) => <EventForm {...props} marketplaces={marketplaces.data ?? []} sites={sites.data ?? []} />}
    />
  );
}
