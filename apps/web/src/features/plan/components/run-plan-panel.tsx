import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import { useRunPlan } from '../api/run-plan';
import type { PlanSolver } from '../api/plan.types';

const SOLVERS: { value: PlanSolver; label: string }[] = [
  { value: 'highs', label: 'HiGHS (recommended)' },
  { value: 'jslp', label: 'javascript-lp-solver (small setups)' },
];

/** Parses the time limit field: whole or decimal seconds from 1 to 3600. */
function parseSeconds(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value >= 1 && value <= 3600 ? value : null;
}

/** "Run plan": weeks of the newest forecast, solver and time limit. */
export function RunPlanPanel({ running, onStarted }: { running: boolean; onStarted: (jobId: string, planId: string) => void }) {
  const [weeks, setWeeks] = useState('');
  const [solver, setSolver] = useState<PlanSolver>('highs');
  const [seconds, setSeconds] = useState('30');
  const run = useRunPlan();
  const limit = parseSeconds(seconds);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (limit === null) return;
    run.mutate({ solver, timeLimitSeconds: limit, ...(weeks ? { weeks: Number(weeks) } : {}) }, { onSuccess: (job) => onStarted(job.jobId, job.planId) });
  };
  return (
    <form className="card form" onSubmit={submit} aria-label="Run a plan">
      <h2>Run a plan</h2>
      <p className="muted">
        The cheapest integer shift mix that answers every message within its deadline, for the newest forecast (one is made first if there is none). The solver stops at the time limit with
        the best plan found and says how close it is to the cheapest possible.
      </p>
      <div className="form-grid">
        <SelectField
          label="Weeks to plan"
          value={weeks}
          onValueChange={setWeeks}
          options={[{ value: '', label: 'The whole forecast' }, ...Array.from({ length: 13 }, (_, i) => ({ value: String(i + 1), label: `First ${i + 1} week${i === 0 ? '' : 's'}` }))]}
        />
        <SelectField label="Solver" value={solver} onValueChange={(value) => setSolver(value as PlanSolver)} options={SOLVERS} />
        <TextField
          label="Time limit (seconds)"
          value={seconds}
          onValueChange={setSeconds}
          inputMode="decimal"
          errors={limit === null ? ['Enter 1 to 3600 seconds.'] : []}
          hint="The solver stops at this limit with its best plan."
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={running || run.isPending || limit === null}>
          {run.isPending ? 'Starting…' : running ? 'Plan solving…' : 'Run plan'}
        </button>
      </div>
      {run.isError ? <ErrorAlert error={run.error} title="The plan did not start" /> : null}
    </form>
  );
}
