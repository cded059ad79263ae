import { useState, type FormEvent } from 'react';
import { JobProgress } from '../../../components/job/job-progress';
import { DataTable } from '../../../components/ui/data-table';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { ErrorAlert } from '../../../components/ui/error-state';
import { useJob } from '../../../hooks/use-job';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatNumber } from '../../../lib/format/format-number.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { useStartFrontier } from '../api/frontier';
import type { FrontierResult, StoredScenarioDefinition } from '../api/scenario.types';
import { frontierGaps, frontierSeries } from '../lib/frontier-points';
import { FrontierChart } from './frontier-chart';

/** Parses "2, 4, 8" into positive hours; null when any entry is not one. */
function parseTargets(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const values = parts.map((part) => Number(part.replace(',', '.')));
  return values.length > 0 && values.every((value) => Number.isFinite(value) && value > 0) ? [...new Set(values)].sort((a, b) => a - b) : null;
}

/** The cost–service frontier: a plan per average-wait target, as points of cost against wait. */
export function FrontierPanel({ scenarios, reportingCurrency }: { scenarios: readonly StoredScenarioDefinition[]; reportingCurrency: string }) {
  const [scenarioId, setScenarioId] = useState('');
  const [targets, setTargets] = useState('2, 4, 8, 12, 24');
  const [weeks, setWeeks] = useState('1');
  const [seconds, setSeconds] = useState('10');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartFrontier();
  const job = useJob(jobId);
  const parsed = parseTargets(targets);
  const running = job !== null && !job.finished;
  const frontier = job?.status === 'succeeded' ? (job.result as FrontierResult | undefined) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed) return;
    start.mutate(
      { ...(scenarioId ? { scenarioId } : {}), waitTargets: parsed, weeks: Number(weeks), timeLimitSeconds: Number(seconds) },
      { onSuccess: (started) => setJobId(started.jobId) },
    );
  };

  const series = frontier ? frontierSeries(frontier) : [];
  const gaps = frontier ? frontierGaps(frontier) : [];
  return (
    <>
      <form className="card form" onSubmit={submit} aria-label="Cost–service frontier">
        <h3>Cost–service frontier</h3>
        <p className="muted">What shorter waits cost: the cheapest plan for each target of average first-reply time. Each target is a full plan, so keep the horizon short.</p>
        <div className="form-grid">
          <SelectField label="Setup" value={scenarioId} onValueChange={setScenarioId} options={[{ value: '', label: 'The stored setup as it is' }, ...scenarios.map((s) => ({ value: s.id, label: s.name }))]} />
          <TextField label="Average-wait targets (hours)" value={targets} onValueChange={setTargets} errors={parsed ? [] : ['Give positive numbers of hours, separated by commas.']} />
          <SelectField label="Weeks to plan" value={weeks} onValueChange={setWeeks} options={[1, 2, 4].map((w) => ({ value: String(w), label: `${w} week${w === 1 ? '' : 's'}` }))} />
          <SelectField label="Time limit per plan" value={seconds} onValueChange={setSeconds} options={[5, 10, 30, 60].map((s) => ({ value: String(s), label: `${s} s` }))} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={!parsed || running || start.isPending}>
            {start.isPending ? 'Starting…' : running ? 'Planning each target…' : 'Draw the frontier'}
          </button>
        </div>
        {start.isError ? <ErrorAlert error={start.error} title="The frontier did not start" /> : null}
      </form>
      {jobId && job ? <JobProgress jobId={jobId} job={job} title="Frontier" currency={reportingCurrency} testId="frontier-progress" /> : null}
      {frontier ? (
        <section className="card" aria-label="Frontier result" data-testid="frontier-view">
          {series.length > 0 ? <FrontierChart series={series} currency={frontier.reportingCurrency} /> : <p className="alert alert--warning">No target could be planned: loosen the targets or add staff in Setup.</p>}
          <DataTable
            caption="Frontier points"
            rows={frontier.points}
            rowKey={(p) => `${p.slaTarget}/${p.waitTargetHours}`}
            columns={[
              { key: 'target', header: 'Wait target', numeric: true, cell: (p) => `${formatNumber(p.waitTargetHours)} h` },
              { key: 'sla', header: 'SLA target', numeric: true, cell: (p) => formatPercent(p.slaTarget) },
              { key: 'status', header: 'Plan', cell: (p) => p.status },
              { key: 'cost', header: 'Cost', numeric: true, cell: (p) => (p.cost === null ? '—' : formatCurrency(p.cost, frontier.reportingCurrency)) },
              { key: 'wait', header: 'Average wait', numeric: true, cell: (p) => (p.averageWaitHours === null ? '—' : `${formatNumber(p.averageWaitHours, undefined, 1)} h`) },
              { key: 'attained', header: 'Within deadline', numeric: true, cell: (p) => (p.slaAttainment === null ? '—' : formatPercent(p.slaAttainment, undefined, 2)) },
              { key: 'note', header: 'Note', wrap: true, cell: (p) => (p.takenFrom ? `plan of the ${formatNumber(p.takenFrom.waitTargetHours)} h target, which is cheaper` : '') },
            ]}
          />
          {gaps.length ? <p className="muted space-above">No plan for {gaps.map((g) => `${formatNumber(g.waitTargetHours)} h`).join(', ')}: too strict for this setup.</p> : null}
        </section>
      ) : null}
    </>
  );
}
