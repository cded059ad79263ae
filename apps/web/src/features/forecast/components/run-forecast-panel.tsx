import { useState, type FormEvent } from 'react';
import { SelectField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import { useRunForecast } from '../api/run-forecast';

// the engine forecasts at most 13 weeks ahead
const WEEK_OPTIONS = [1, 2, 4, 8, 13];

/** "Run forecast": how many weeks ahead (default: the organisation's planning horizon). */
export function RunForecastPanel({ horizonWeeks, running, onStarted }: { horizonWeeks?: number; running: boolean; onStarted: (jobId: string) => void }) {
  const [weeks, setWeeks] = useState('');
  const run = useRunForecast();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate(weeks ? { horizonHours: Number(weeks) * 168 } : {}, { onSuccess: (job) => onStarted(job.jobId) });
  };
  const horizonLabel = horizonWeeks ? `Planning horizon (${horizonWeeks} week${horizonWeeks === 1 ? '' : 's'})` : 'Planning horizon';
  return (
    <form className="card form" onSubmit={submit} aria-label="Run a forecast">
      <h2>Run a forecast</h2>
      <p className="muted">Every marketplace, hour by hour from the start of the planning horizon, learned from the imported history.</p>
      <div className="row row--end">
        <div className="inline-field">
          <SelectField
            label="Weeks ahead"
            value={weeks}
            onValueChange={setWeeks}
            options={[{ value: '', label: horizonLabel }, ...WEEK_OPTIONS.map((w) => ({ value: String(w), label: `${w} week${w === 1 ? '' : 's'}` }))]}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={running || run.isPending}>
          {run.isPending ? 'Starting…' : running ? 'Forecast running…' : 'Run forecast'}
        </button>
      </div>
      {run.isError ? <ErrorAlert error={run.error} title="The forecast did not start" /> : null}
    </form>
  );
}
