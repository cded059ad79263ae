import type { Marketplace, Site } from '@app/domain';
import { describeDispatch } from '@app/domain/dispatch-wording.util';
import type { DispatchRun } from '@app/domain/plan.types';
import { addDays } from '@app/domain/time';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { dispatchPatterns } from '../lib/dispatch-days';

/** Day patterns shown before the rest fold away: a plan whose rule changes every hour still fits a screen. */
const SHOWN_PATTERNS = 1;

/** "2–6 Mar 2026, 9 Mar 2026": consecutive dates as ranges. */
function dateRanges(dates: readonly string[]): string {
  const ranges: Array<[string, string]> = [];
  for (const date of dates) {
    const last = ranges[ranges.length - 1];
    if (last && addDays(last[1], 1) === date) last[1] = date;
    else ranges.push([date, date]);
  }
  return ranges.map(([from, to]) => formatLocalDateRange(from, to, undefined, true)).join(', ');
}

/**
 * The rule the team works by, the one every service figure of the plan replays: per site, on
 * its own clock, which queues to work in which order, days with the same rule grouped.
 */
export function DispatchCard({ dispatch, sites, marketplaces }: { dispatch: readonly DispatchRun[]; sites: readonly Site[]; marketplaces: readonly Marketplace[] }) {
  const planned = sites.filter((site) => dispatch.some((run) => run.siteId === site.id));
  if (!planned.length) return null;
  return (
    <section className="card" aria-labelledby="dispatch-heading" data-testid="dispatch-card">
      <h2 id="dispatch-heading">Dispatch rule</h2>
      <p className="muted">
        What each site’s agents work, in this order: the oldest message of the first queue that has one, the next queue only when the earlier ones are empty; queues in a language an agent
        does not speak are skipped. Set up the helpdesk views from it: the plan’s service figures are this rule replayed.
      </p>
      {planned.map((site) => {
        const patterns = dispatchPatterns(dispatch, site);
        const block = (pattern: (typeof patterns)[number], index: number) => (
          <li key={index} data-testid="dispatch-pattern">
            <strong>{dateRanges(pattern.dates)}</strong>
            <ul>
              {describeDispatch(pattern.steps, marketplaces).map((line) => (
                <li key={line}>
                  {site.name} {line.replace(' ', ': ')}
                </li>
              ))}
            </ul>
          </li>
        );
        return (
          <div key={site.id} data-testid={`dispatch-site-${site.id}`}>
            <h3>
              {site.name} <span className="muted">({site.timeZone} time)</span>
            </h3>
            <ul className="dispatch-patterns">{patterns.slice(0, SHOWN_PATTERNS).map(block)}</ul>
            {patterns.length > SHOWN_PATTERNS ? (
              <details>
                <summary>
                  {patterns.length - SHOWN_PATTERNS} more day pattern{patterns.length - SHOWN_PATTERNS === 1 ? '' : 's'}
                </summary>
                <ul className="dispatch-patterns">{patterns.slice(SHOWN_PATTERNS).map((pattern, i) => block(pattern, i + SHOWN_PATTERNS))}</ul>
              </details>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
