import { ErrorAlert } from '../../../components/ui/error-state';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import type { StaffingGap } from '../api/plan.types';
import { gapFix } from '../lib/gap-fix';

/** Gaps listed in full; the rest fold under a "more" toggle. */
const SHOWN = 5;

export interface StaffingFixState {
  /** Index of the gap whose fix is being turned into a scenario, if any. */
  pendingIndex: number | null;
  /** Why the last one could not be. */
  error: unknown;
}

function describeFix(gap: StaffingGap): string {
  const fix = gapFix(gap);
  if (fix.kind === 'hire-agents') return `Hire ${fix.count} agent${fix.count === 1 ? '' : 's'} at ${gap.siteName} from ${fix.from}, on the terms of ${fix.likeAgentId}`;
  const { vendor } = fix;
  const dates = vendor.start === vendor.end ? vendor.start : `${vendor.start} – ${vendor.end}`;
  return `Vendor cover speaking ${vendor.languages.join(', ')} at ${gap.siteName}, ${dates}, ${vendor.serviceHours.map((w) => (w.start === w.end ? 'all day' : `${w.start}–${w.end} site time`)).join(', ')}, up to ${vendor.capacityPerHour} messages an hour`;
}

/**
 * The plan's staffing gaps, impossible to miss: where and when the named team is short, what
 * closing each gap costs (hire, overtime, vendor hours; cheapest first), and a button that makes
 * the cheapest ready fix (a hire or vendor cover) a scenario to compare with the team as it is.
 */
export function StaffingGapAlert({
  gaps,
  currency,
  onCompareFix,
  fix,
}: {
  gaps: readonly StaffingGap[];
  currency: string;
  onCompareFix?: (gap: StaffingGap, index: number) => void;
  fix?: StaffingFixState;
}) {
  const agentHours = gaps.reduce((sum, gap) => sum + gap.agentHours, 0);
  const busy = fix?.pendingIndex !== null && fix?.pendingIndex !== undefined;
  const item = (gap: StaffingGap, index: number) => (
    <li key={index} className="gap-list__item" data-testid="staffing-gap-item">
      <p>
        <strong>{gap.message}</strong>
      </p>
      <ul className="gap-list__options" aria-label="Ways to close it, cheapest first">
        {gap.options.map((option, o) => (
          <li key={o} data-option-kind={option.kind}>
            {option.description}: <strong>{formatCurrency(option.cost, currency)}</strong>
            {o === 0 && gap.options.length > 1 ? <span className="muted"> (cheapest)</span> : null}
          </li>
        ))}
      </ul>
      {onCompareFix ? (
        <div className="gap-list__action">
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => onCompareFix(gap, index)}>
            {fix?.pendingIndex === index ? 'Creating the scenario…' : 'Compare with this fix'}
          </button>
          <span className="muted" data-testid="staffing-gap-fix">
            Scenario: {describeFix(gap)}.
          </span>
        </div>
      ) : null}
    </li>
  );
  return (
    <div className="alert alert--warning alert--prominent" role="alert" data-testid="staffing-gap">
      <h2>
        The named team is short: {gaps.length} staffing gap{gaps.length === 1 ? '' : 's'}, {formatNumber(agentHours, undefined, 1)} agent-hours not covered
      </h2>
      <p>
        This is the best plan these agents can work, not a full answer: in the hours below nobody free speaks the buyers’ language, so messages wait past their deadline. Hire, allow
        overtime or buy vendor capacity to close each gap — or compare the suggested fix as a scenario first.
      </p>
      <ol className="gap-list">{gaps.slice(0, SHOWN).map(item)}</ol>
      {gaps.length > SHOWN ? (
        <details>
          <summary>
            {gaps.length - SHOWN} more gap{gaps.length - SHOWN === 1 ? '' : 's'}
          </summary>
          <ol className="gap-list" start={SHOWN + 1}>
            {gaps.slice(SHOWN).map((gap, index) => item(gap, index + SHOWN))}
          </ol>
        </details>
      ) : null}
      {fix?.error ? <ErrorAlert error={fix.error} title="The scenario was not created" /> : null}
    </div>
  );
}
