import { DataTable } from '../../../components/ui/data-table';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { useCan } from '../../../lib/session/session-context';
import { useRotaHolidays } from '../api/get-rota-holidays';
import type { HolidayRotaDay } from '../api/rota.types';

/**
 * Who is on duty each holiday (public holidays and holiday events of each site), the pay
 * multiplier and the extra cost — the cost for roles with `costs.read` only.
 */
export function HolidayCalendar({ rotaId, siteId }: { rotaId: string; siteId: string | null }) {
  const holidays = useRotaHolidays(rotaId);
  const canReadCosts = useCan('costs.read');
  if (holidays.isPending) return <LoadingState label="Loading holidays…" />;
  if (holidays.isError) return <QueryErrorState error={holidays.error} what="the holiday rota" onRetry={() => void holidays.refetch()} />;
  const days = holidays.data.days.filter((day) => siteId === null || day.siteId === siteId);
  if (days.length === 0) return <p className="muted">No public holiday or holiday event falls in this rota{siteId ? ' at this site' : ''}.</p>;
  const totals = canReadCosts ? Object.entries(holidays.data.extraCostReporting ?? {}) : [];
  return (
    <>
      <DataTable
        caption="Holiday rota"
        captionHidden
        testId="holiday-calendar"
        rows={days}
        rowKey={(day) => `${day.siteId}/${day.date}`}
        columns={[
          { key: 'date', header: 'Date (site)', cell: (day) => <strong>{formatLocalDate(day.date)}</strong> },
          { key: 'site', header: 'Site', cell: (day) => day.siteName },
          { key: 'holiday', header: 'Holiday', wrap: true, cell: (day) => [...day.publicHolidays, ...day.events.map((e) => e.name)].join(', ') },
          { key: 'multiplier', header: 'Pay', numeric: true, cell: (day) => (day.statutory ? `×${day.multiplier}` : '×1') },
          {
            key: 'crew',
            header: 'On duty',
            wrap: true,
            cell: (day) => (day.crew.length ? day.crew.map((member) => `${member.agentName} ${member.localStart}–${member.localEnd}`).join('; ') : <span className="muted">nobody</span>),
          },
          { key: 'seats', header: 'Seats filled', numeric: true, cell: (day) => `${day.plannedSeats - day.unfilledSeats} of ${day.plannedSeats}` },
          ...(canReadCosts
            ? [
                {
                  key: 'extra',
                  header: 'Extra cost',
                  numeric: true,
                  cell: (day: HolidayRotaDay) =>
                    day.extraCostReporting === null || day.currency === day.reportingCurrency
                      ? formatCurrency(day.extraCost, day.currency)
                      : `${formatCurrency(day.extraCost, day.currency)} (${formatCurrency(day.extraCostReporting, day.reportingCurrency)})`,
                },
              ]
            : []),
        ]}
      />
      {totals.length ? (
        <p className="muted space-above" data-testid="holiday-extra-cost">
          Holiday premiums of the whole rota: {totals.map(([currency, amount]) => formatCurrency(amount, currency)).join(' + ')}.
        </p>
      ) : null}
    </>
  );
}
