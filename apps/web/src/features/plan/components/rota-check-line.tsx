import { formatNumber } from '../../../lib/format/format-number.util';
import type { RotaCheck } from '../api/plan.types';

/** Whether the named rota built with the plan fills every planned seat, and what it took. */
export function RotaCheckLine({ check }: { check: RotaCheck | null }) {
  if (!check) {
    return (
      <p className="muted" data-testid="plan-rota-check">
        Planned against headcount: no named rota was built with this plan (the setup has no named agents, or the plan predates the check).
      </p>
    );
  }
  const complete = check.seatsFilled >= check.seatsPlanned;
  const how =
    check.rounds === 1
      ? 'from the first plan'
      : `after ${check.rounds} plans: ${check.cuts.length} planned shift${check.cuts.length === 1 ? '' : 's'} nobody could take ${check.cuts.length === 1 ? 'was' : 'were'} capped and the plan solved again`;
  const soft = check.softBreaches > 0 ? `; ${formatNumber(check.softBreaches)} soft-rule breach${check.softBreaches === 1 ? '' : 'es'} (fewer hours than a contract, or no two days off in a row)` : '';
  return (
    <p className="rota-check" data-testid="plan-rota-check">
      <span className={`pill pill--${complete ? 'success' : 'warning'}`}>{complete ? 'Rota complete' : 'Rota incomplete'}</span>
      <strong data-testid="plan-rota-seats">
        Named rota: {formatNumber(check.seatsFilled)} of {formatNumber(check.seatsPlanned)} seats filled
      </strong>
      <span className="muted">
        {' '}
        — {how}
        {soft}.
      </span>
    </p>
  );
}
