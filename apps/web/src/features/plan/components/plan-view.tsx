import type { Marketplace, Site } from '@app/domain';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { usePlan } from '../api/get-plan';
import { usePlanShifts } from '../api/get-plan-shifts';
import { planStatusView } from '../lib/plan-status';
import { shiftMixRows } from '../lib/shift-mix-rows';
import type { StaffingGap } from '../api/plan.types';
import { CoveragePanel } from './coverage-panel';
import { DispatchCard } from './dispatch-card';
import { InfeasibilityAlert } from './infeasibility-alert';
import { PayrollCard } from './payroll-card';
import { PlanFigures } from './plan-figures';
import { CostBySiteTable, ServiceTable, ShiftMixTable } from './plan-tables';
import { RotaCheckLine } from './rota-check-line';
import { StaffingGapAlert, type StaffingFixState } from './staffing-gap-alert';

/**
 * One finished plan: its answer (with its staffing gaps first, when the named team is short),
 * figures and the named-rota check, payroll, coverage chart, cost and service tables, shift mix.
 */
export function PlanView({
  planId,
  sites,
  marketplaces,
  onCompareFix,
  fix,
}: {
  planId: string;
  sites: readonly Site[];
  marketplaces: readonly Marketplace[];
  /** Makes a gap's suggested hire a scenario to compare (absent: no button). */
  onCompareFix?: (gap: StaffingGap, index: number) => void;
  fix?: StaffingFixState;
}) {
  const plan = usePlan(planId);
  const status = plan.data ? planStatusView(plan.data.status, plan.data.totalCost, plan.data.staffingGap.length) : null;
  const shifts = usePlanShifts(status?.hasPlan ? planId : null);

  if (plan.isPending) return <LoadingState label="Loading the plan…" />;
  if (plan.isError) return <QueryErrorState error={plan.error} what="the plan" onRetry={() => void plan.refetch()} />;
  const summary = plan.data;
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const marketplaceName = (id: string) => marketplaces.find((m) => m.id === id)?.name ?? id;
  const nameOf = (kind: 'site' | 'marketplace', id: string) => (kind === 'site' ? siteName(id) : marketplaceName(id));
  const weeks = Math.round(summary.grid.hours / 168);

  return (
    <div data-testid="plan-view">
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">
          Plan of {formatInstant(summary.grid.start, 'UTC')} to {formatInstant(summary.grid.end, 'UTC')}{' '}
          <span className={`pill pill--${status?.tone ?? 'info'}`} data-testid="plan-status">
            {status?.label}
          </span>
        </h2>
        {summary.status === 'infeasible' || (status && !status.hasPlan && summary.infeasibility) ? <InfeasibilityAlert plan={summary} nameOf={nameOf} /> : null}
        {summary.status === 'failed' ? (
          <div className="alert alert--error" role="alert">
            <h3>The plan failed</h3>
            <p>{summary.error ?? summary.message ?? 'The planner stopped without saying why.'}</p>
            <p className="muted">Check the setup and the forecast it names, then run the plan again.</p>
          </div>
        ) : null}
        {status?.hasPlan && summary.staffingGap.length > 0 ? (
          <StaffingGapAlert gaps={summary.staffingGap} currency={summary.reportingCurrency} onCompareFix={onCompareFix} fix={fix} />
        ) : null}
        {summary.message && summary.status !== 'infeasible' ? (
          <p className="plan-message" data-testid="plan-message">
            {summary.message}
          </p>
        ) : null}
        {status?.hasPlan ? (
          <>
            <PlanFigures plan={summary} />
            <RotaCheckLine check={summary.rotaCheck} />
          </>
        ) : null}
        {summary.notes.length > 0 ? (
          <details>
            <summary>Planner’s notes ({summary.notes.length})</summary>
            <ul>
              {summary.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {status?.hasPlan ? (
        <>
          {summary.payroll ? (
            <section className="card" aria-labelledby="payroll-heading" data-testid="payroll-card">
              <h2 id="payroll-heading">Payroll</h2>
              <PayrollCard payroll={summary.payroll} siteName={siteName} />
            </section>
          ) : null}
          <DispatchCard dispatch={summary.dispatch} sites={sites} marketplaces={marketplaces} />
          <section className="card" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Coverage</h2>
            <CoveragePanel planId={planId} sites={sites} marketplaces={marketplaces} />
          </section>
          <section className="card" aria-labelledby="cost-heading">
            <h2 id="cost-heading">Cost and service</h2>
            <CostBySiteTable plan={summary} siteName={siteName} />
            <div className="space-above">
              <ServiceTable plan={summary} marketplaceName={marketplaceName} />
            </div>
          </section>
          <section className="card" aria-labelledby="shift-mix-heading">
            <h2 id="shift-mix-heading">Shift mix</h2>
            {shifts.isPending ? <LoadingState label="Loading shifts…" /> : null}
            {shifts.isError ? <QueryErrorState error={shifts.error} what="the shifts" onRetry={() => void shifts.refetch()} /> : null}
            {shifts.data ? (
              <ShiftMixTable
                rows={shiftMixRows(
                  shifts.data,
                  sites.map((s) => s.id),
                )}
                siteName={siteName}
                weeks={weeks}
              />
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
