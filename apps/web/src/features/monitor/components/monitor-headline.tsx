import { formatNumber } from '../../../lib/format/format-number.util';
import type { MarketplaceActuals } from '../api/monitor.types';
import { formatHours, formatLate, formatShare } from '../lib/monitor-format';
import { marketplaceName, type MarketplaceNames } from '../lib/monitor-rows';

/** "plan 95.0% · simulation 94.2%", the parts there are. */
function promised(plan: string | null, simulation: string | null): string {
  return [plan !== null ? `plan ${plan}` : null, simulation !== null ? `simulation ${simulation}` : null].filter(Boolean).join(' · ') || 'no plan covers the period';
}

/**
 * Per marketplace, the service so far against what was promised: the share answered within
 * deadline, the late messages and by how much, and the first-reply waits.
 */
export function MonitorHeadline({ entries, marketplaces }: { entries: readonly MarketplaceActuals[]; marketplaces: readonly MarketplaceNames[] }) {
  return (
    <section aria-labelledby="monitor-headline-heading">
      <h2 id="monitor-headline-heading">So far, per marketplace</h2>
      <div className="monitor-headline" data-testid="monitor-headline">
        {entries.map((entry) => {
          const { actual, planned, simulated } = entry;
          const share = (value: { slaAttainment: number } | null) => (value ? formatShare(value.slaAttainment) : null);
          const average = (value: { averageWaitHours: number } | null) => (value ? formatHours(value.averageWaitHours) : null);
          const p90 = (value: { p90WaitHours: number } | null) => (value ? formatHours(value.p90WaitHours) : null);
          const name = marketplaceName(marketplaces, entry.marketplaceId);
          return (
            <article key={entry.marketplaceId} className="card monitor-headline__card" aria-label={name} data-testid={`headline-${entry.marketplaceId}`}>
              <h3>{name}</h3>
              <dl className="monitor-headline__figures">
                <div>
                  <dt>Within deadline so far</dt>
                  <dd>
                    <span className="monitor-headline__value" data-testid="headline-sla">
                      {formatShare(actual.slaAttainment)}
                    </span>{' '}
                    <span className="muted" data-testid="headline-sla-promised">
                      {promised(share(planned), share(simulated))}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>Received</dt>
                  <dd>
                    <span data-testid="headline-received">{formatNumber(actual.received)}</span>{' '}
                    <span className="muted">
                      {actual.forecast !== null ? `forecast ${formatNumber(actual.forecast, undefined, 0)}` : 'no forecast'}
                      {actual.openNotDue > 0 ? ` · ${formatNumber(actual.openNotDue)} open, not yet due` : ''}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>Late</dt>
                  <dd data-testid="headline-late" className={actual.late > 0 ? 'monitor-headline__late' : undefined}>
                    {formatLate(actual)}
                  </dd>
                </div>
                <div>
                  <dt>Average first reply</dt>
                  <dd>
                    <span data-testid="headline-average">{formatHours(actual.averageWaitHours)}</span>{' '}
                    <span className="muted">{promised(average(planned), average(simulated))}</span>
                  </dd>
                </div>
                <div>
                  <dt>90th percentile first reply</dt>
                  <dd>
                    <span data-testid="headline-p90">{formatHours(actual.p90WaitHours)}</span> <span className="muted">{promised(p90(planned), p90(simulated))}</span>
                  </dd>
                </div>
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}
