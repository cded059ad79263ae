import { useState, type FormEvent } from 'react';
// the file, not the index: plain data, no solver in the bundle
import { MAX_PLAN_WEEKS, MAX_TIME_LIMIT_SECONDS, defaultPlanOptions, defaultTimeLimitSeconds } from '@app/optimizer/plan-defaults';
import { isPlanEffort, type PlanEffort } from '@app/optimizer/solve/plan-effort';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import { usePlanWindows } from '../api/get-plan-windows';
import { useRunPlan } from '../api/run-plan';
import type { PlanSolver } from '../api/plan.types';
import { WeekPicker } from './week-picker';

const EFFORTS: { value: PlanEffort; label: string }[] = [
  { value: 'quick', label: 'Quick (a first plan in seconds)' },
  { value: 'standard', label: 'Standard' },
  { value: 'thorough', label: 'Thorough (closest to the cheapest)' },
];

const SOLVERS: { value: PlanSolver; label: string }[] = [
  { value: 'highs', label: 'HiGHS (recommended)' },
  { value: 'jslp', label: 'javascript-lp-solver (small setups)' },
];

/** Parses the time limit field: whole or decimal seconds from 1 to the API's maximum. */
function parseSeconds(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value >= 1 && value <= MAX_TIME_LIMIT_SECONDS ? value : null;
}

/**
 * "Run plan": the window (a week of the horizon picked on the week picker, and how many weeks),
 * planning effort, solver and time limit (a safety cap). Every field starts at the planner's defaults (`defaultPlanOptions`),
 * the window at the API's default: the next full week.
 */
export function RunPlanPanel({ running, onStarted }: { running: boolean; onStarted: (jobId: string, planId: string) => void }) {
  const windows = usePlanWindows();
  const [weeks, setWeeks] = useState(String(defaultPlanOptions.weeks));
  const [chosenStart, setChosenStart] = useState<string | null>(null);
  const [solver, setSolver] = useState<PlanSolver>(defaultPlanOptions.solver);
  const [effort, setEffort] = useState<PlanEffort>(defaultPlanOptions.effort);
  // null: the default for the window's length, which follows the weeks chosen
  const [seconds, setSeconds] = useState<string | null>(null);
  const run = useRunPlan();
  const weekCount = Number(weeks);
  const shownSeconds = seconds ?? String(defaultTimeLimitSeconds(weekCount));
  const limit = parseSeconds(shownSeconds);
  const horizonWeeks = windows.data ? windows.data.weeks.length : MAX_PLAN_WEEKS;
  const maxWeeks = Math.min(MAX_PLAN_WEEKS, horizonWeeks);
  const start = chosenStart ?? windows.data?.defaultWindow.start ?? null;
  const startIndex = windows.data?.weeks.findIndex((week) => week.start === start) ?? -1;
  const fits = startIndex < 0 || startIndex + weekCount <= horizonWeeks;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (limit === null || !fits) return;
    run.mutate({ solver, effort, timeLimitSeconds: limit, weeks: weekCount, ...(start ? { start } : {}) }, { onSuccess: (job) => onStarted(job.jobId, job.planId) });
  };
  return (
    <form className="card form" onSubmit={submit} aria-label="Run a plan">
      <h2>Run a plan</h2>
      <p className="muted">
        The cheapest integer shift mix that answers every message within its deadline, for the weeks you pick: they read their part of the horizon’s forecast (one is made first if there is
        none) and start from what the plan of the week before left waiting. The solver stops at the time limit with the best plan found and says how close it is to the cheapest possible.
      </p>
      {windows.data ? (
        <WeekPicker weeks={windows.data.weeks} value={start ?? ''} windowWeeks={weekCount} onChange={setChosenStart} />
      ) : windows.isError ? (
        <p className="muted">The horizon’s weeks could not be read: the plan covers the next full week.</p>
      ) : null}
      <div className="form-grid">
        <SelectField
          label="Weeks to plan"
          value={weeks}
          onValueChange={setWeeks}
          options={Array.from({ length: maxWeeks }, (_, i) => ({ value: String(i + 1), label: `${i + 1} week${i === 0 ? '' : 's'}` }))}
          errors={fits ? [] : ['These weeks run past the end of the horizon: pick an earlier week or fewer weeks.']}
        />
        <SelectField
          label="Planning effort"
          value={effort}
          onValueChange={(value) => {
            if (isPlanEffort(value)) setEffort(value);
          }}
          options={EFFORTS}
          hint="Solver work, not seconds: the same effort gives the same plan on any machine."
        />
        <SelectField label="Solver" value={solver} onValueChange={(value) => setSolver(value as PlanSolver)} options={SOLVERS} />
        <TextField
          label="Time limit (seconds)"
          value={shownSeconds}
          onValueChange={setSeconds}
          inputMode="decimal"
          errors={limit === null ? [`Enter 1 to ${MAX_TIME_LIMIT_SECONDS} seconds.`] : []}
          hint="A safety cap: the solver stops here with its best plan, and the plan says so."
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={running || run.isPending || limit === null || !fits}>
          {run.isPending ? 'Starting…' : running ? 'Plan solving…' : 'Run plan'}
        </button>
      </div>
      {run.isError ? <ErrorAlert error={run.error} title="The plan did not start" /> : null}
    </form>
  );
}
