import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import type { PlanSummary } from '../api/plan.types';

const SOURCES: Record<string, string> = { lp: 'the LP itself', rounding: 'LP-guided rounding', mip: 'the MIP search' };

/** The plan's headline figures: cost, cost per message, SLA, LP bound and gap, solve time. */
export function PlanFigures({ plan }: { plan: PlanSummary }) {
  const money = (value: number | null) => (value === null ? '—' : formatCurrency(value, plan.reportingCurrency));
  const days = plan.grid.hours / 24;
  const figures = [
    { id: 'total-cost', label: `Total cost, ${formatNumber(days)} days`, value: money(plan.totalCost) },
    { id: 'cost-per-message', label: 'Cost per message answered', value: money(plan.costPerMessage) },
    { id: 'sla', label: 'Answered within deadline', value: plan.slaAttainment === null ? '—' : formatPercent(plan.slaAttainment, undefined, 2) },
    ...(plan.carriedOver
      ? [
          {
            id: 'carried-over',
            label: 'Left to the next plan (a steady hour holds)',
            value: `${formatNumber(plan.carriedOver.messages, undefined, 0)} (${formatNumber(plan.carriedOver.averageBacklog, undefined, 0)})`,
          },
        ]
      : []),
    ...(plan.promiseRounds
      ? [
          {
            id: 'promise-rounds',
            label: 'Solves until the dispatch rule kept the promises',
            value: `${formatNumber(plan.promiseRounds)}${plan.missedTargets.length ? ` (${formatNumber(plan.missedTargets.length)} target${plan.missedTargets.length === 1 ? '' : 's'} missed)` : ''}`,
          },
        ]
      : []),
    { id: 'lp-bound', label: 'LP bound (no plan costs less)', value: money(plan.bound ?? plan.lpBound) },
    { id: 'gap', label: 'Gap to the bound', value: plan.gap === null ? '—' : formatPercent(plan.gap, undefined, 2) },
    { id: 'shift-starts', label: 'Agents starting a shift', value: formatNumber(plan.shiftStarts) },
    {
      id: 'solve-time',
      label: `Solve time (${plan.solver === 'highs' ? 'HiGHS' : 'javascript-lp-solver'}${plan.effort ? `, ${plan.effort} effort` : ''}, safety cap ${formatNumber(plan.timeLimitSeconds)} s)`,
      value: plan.solveSeconds === null ? '—' : `${formatNumber(plan.solveSeconds, undefined, 1)} s`,
    },
  ];
  if (plan.waitingCost) figures.push({ id: 'waiting-cost', label: 'Cost of waiting in the objective', value: money(plan.waitingCost) });
  return (
    <>
      <dl className="figures" data-testid="plan-figures">
        {figures.map((figure) => (
          <div key={figure.id} className="figure">
            <dt>{figure.label}</dt>
            <dd data-testid={`plan-${figure.id}`}>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {plan.clockLimitReached ? (
        <p className="alert alert--warning" role="alert" data-testid="plan-clock-limit">
          The safety cap of {formatNumber(plan.timeLimitSeconds)} s stopped the solver before its {plan.effort ?? ''} effort was spent: this plan depends on how busy the
          machine was, and another run may differ. Raise the time limit, or choose a lighter effort, for a repeatable plan.
        </p>
      ) : null}
      {plan.integerSource ? (
        <p className="muted">
          The integer plan came from {SOURCES[plan.integerSource] ?? plan.integerSource}; the bound is the best proven lower limit on any plan’s cost, so the gap says how much cheaper a
          perfect plan could at most be.
        </p>
      ) : null}
    </>
  );
}
