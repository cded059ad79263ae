import type { Marketplace, Site } from '@app/domain';
import { JobProgress } from '../../../components/job/job-progress';
import { EmptyState } from '../../../components/ui/empty-state';
import { SelectField } from '../../../components/ui/form-field';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { useCan } from '../../../lib/session/session-context';
import { usePlanRuns } from '../hooks/use-plan-runs';
import { planStatusView } from '../lib/plan-status';
import type { StaffingGap } from '../api/plan.types';
import { PlanView } from './plan-view';
import { RunPlanPanel } from './run-plan-panel';
import type { StaffingFixState } from './staffing-gap-alert';

/**
 * The plan page: run a plan and watch it solve, then read the newest (or a chosen) plan.
 * `onCompareFix` (the route wires it to the scenarios) turns a staffing gap's suggested hire into a scenario.
 */
export function PlanPage({
  sites,
  marketplaces,
  reportingCurrency,
  onCompareFix,
  fix,
}: {
  sites: readonly Site[];
  marketplaces: readonly Marketplace[];
  reportingCurrency: string;
  onCompareFix?: (gap: StaffingGap, index: number) => void;
  fix?: StaffingFixState;
}) {
  const { plans, finished, shown, jobId, job, choosePlan, startJob } = usePlanRuns();
  const running = job !== null && !job.finished;
  const canRun = useCan('plans.run');
  const outcome = job ? jobOutcome(job.result) : undefined;
  return (
    <>
      {canRun ? <RunPlanPanel running={running} onStarted={startJob} /> : null}
      {jobId && job ? <JobProgress jobId={jobId} job={job} title="Plan" currency={reportingCurrency} testId="plan-progress" outcome={outcome} /> : null}
      {plans.isPending ? (
        <LoadingState label="Loading plans…" />
      ) : plans.isError ? (
        <QueryErrorState error={plans.error} what="the plans" onRetry={() => void plans.refetch()} />
      ) : shown ? (
        <>
          {finished.length > 1 ? (
            <div className="toolbar">
              <SelectField
                label="Plan shown"
                value={shown.id}
                onValueChange={choosePlan}
                options={finished.map((plan) => ({
                  value: plan.id,
                  label: `${formatInstant(plan.createdAt, 'UTC')} — ${planStatusView(plan.status, plan.totalCost).label}${plan.totalCost !== null ? `, ${formatCurrency(plan.totalCost, plan.reportingCurrency)}` : ''}`,
                }))}
              />
            </div>
          ) : null}
          <PlanView key={shown.id} planId={shown.id} sites={sites} marketplaces={marketplaces} onCompareFix={onCompareFix} fix={fix} />
        </>
      ) : running ? null : (
        <EmptyState title="No plan yet">
          {canRun ? 'Run a plan above. Start with one week and a short time limit to see a first answer within seconds.' : 'Plans show here once someone who plans runs one.'}
        </EmptyState>
      )}
    </>
  );
}

/**
 * A plan job succeeds whenever the planner answered, also when the answer is that there is no
 * plan (infeasible, the time limit without a plan): such a job must not read as "Finished" in green.
 */
function jobOutcome(result: unknown): { headline: string; tone: 'error' } | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const { status, totalCost } = result as { status?: unknown; totalCost?: unknown };
  if (typeof status !== 'string') return undefined;
  const view = planStatusView(status, typeof totalCost === 'number' ? totalCost : null);
  return view.hasPlan ? undefined : { headline: `No plan: ${view.label}`, tone: 'error' };
}
