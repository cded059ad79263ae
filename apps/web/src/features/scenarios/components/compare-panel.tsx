import { useState, type FormEvent } from 'react';
import type { Marketplace, Site } from '@app/domain';
import { JobProgress } from '../../../components/job/job-progress';
import { CheckboxGroup, SelectField } from '../../../components/ui/form-field';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { comparisonCsvUrl, useComparison, useStartComparison } from '../api/comparisons';
import type { StoredScenarioDefinition } from '../api/scenario.types';
import { useComparisonRuns } from '../hooks/use-comparison-runs';
import { costBars, serviceBars } from '../lib/comparison-bars';
import { ComparisonCostChart, ComparisonServiceCharts } from './comparison-charts';
import { ComparisonTableView } from './comparison-table-view';
// the file, not the index: plain data, no solver in the bundle
import { defaultPlanOptions } from '@app/optimizer/plan-defaults';

const MIN = 2;
const MAX = 6;

/** Choose 2–6 scenarios (some ticked already, when asked), run the comparison (with its progress), and read it side by side. */
export function ComparePanel({
  scenarios,
  marketplaces,
  sites,
  reportingCurrency,
  initialSelected = [],
}: {
  scenarios: readonly StoredScenarioDefinition[];
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  reportingCurrency: string;
  /** Scenario ids ticked at first, in the order to compare them. */
  initialSelected?: readonly string[];
}) {
  const [selected, setSelected] = useState<string[]>([...initialSelected]);
  const [weeks, setWeeks] = useState('1');
  const [replications, setReplications] = useState('20');
  const [seconds, setSeconds] = useState(String(defaultPlanOptions.timeLimitSeconds));
  const start = useStartComparison();
  const { comparisons, shown, jobId, job, choose, startJob } = useComparisonRuns();
  const detail = useComparison(shown?.id ?? null);
  const running = job !== null && !job.finished;
  const count = selected.length;
  const countError = count > 0 && (count < MIN || count > MAX) ? `Choose ${MIN} to ${MAX} scenarios (${count} chosen).` : '';
  const marketplaceName = (id: string) => marketplaces.find((m) => m.id === id)?.name ?? id;
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count < MIN || count > MAX) return;
    start.mutate(
      { scenarioIds: selected, weeks: Number(weeks), replications: Number(replications), timeLimitSeconds: Number(seconds) },
      { onSuccess: (started) => startJob(started.jobId, started.comparisonId) },
    );
  };

  return (
    <>
      <form className="card form" onSubmit={submit} aria-label="Compare scenarios">
        <h3>Compare scenarios</h3>
        {scenarios.length < MIN ? (
          <p className="muted">Create at least two scenarios above (one without overrides makes a good baseline), then compare them here.</p>
        ) : (
          <>
            <CheckboxGroup
              legend={`Scenarios to compare (${MIN}–${MAX}, in this order)`}
              options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
              selected={selected}
              onChange={setSelected}
              errors={countError ? [countError] : []}
            />
            <div className="form-grid">
              <SelectField label="Weeks to plan" value={weeks} onValueChange={setWeeks} options={[1, 2, 4, 8, 13].map((w) => ({ value: String(w), label: `${w} week${w === 1 ? '' : 's'}` }))} />
              <SelectField
                label="Simulation replications"
                value={replications}
                onValueChange={setReplications}
                options={[
                  { value: '0', label: 'None (planned figures only)' },
                  { value: '2', label: '2 (quick look)' },
                  { value: '20', label: '20' },
                  { value: '50', label: '50 (tighter bands)' },
                ]}
              />
              <SelectField label="Time limit per plan" value={seconds} onValueChange={setSeconds} options={[5, 10, 30, 60, 120].map((s) => ({ value: String(s), label: `${s} s` }))} />
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={running || start.isPending || count < MIN || count > MAX}>
                {start.isPending ? 'Starting…' : running ? 'Comparing…' : `Compare ${count >= MIN ? count : ''} scenarios`.replace('  ', ' ')}
              </button>
            </div>
          </>
        )}
        {start.isError ? <ErrorAlert error={start.error} title="The comparison did not start" /> : null}
      </form>
      {jobId && job ? <JobProgress jobId={jobId} job={job} title="Comparison" currency={reportingCurrency} testId="comparison-progress" /> : null}

      {comparisons.isError ? <QueryErrorState error={comparisons.error} what="the comparisons" onRetry={() => void comparisons.refetch()} /> : null}
      {shown ? (
        <section className="card" aria-labelledby="comparison-heading" data-testid="comparison-view">
          <h3 id="comparison-heading">{shown.scenarioIds.map(scenarioName).join(' vs ')}</h3>
          <div className="row toolbar">
            {(comparisons.data?.length ?? 0) > 1 ? (
              <div className="inline-field inline-field--wide">
                <SelectField
                  label="Comparison shown"
                  value={shown.id}
                  onValueChange={choose}
                  options={(comparisons.data ?? []).map((c) => ({ value: c.id, label: `${c.scenarioIds.map(scenarioName).join(' vs ')} — ${formatInstant(c.ranAt, 'UTC')}` }))}
                />
              </div>
            ) : null}
            <a className="button" href={comparisonCsvUrl(shown.id)} download>
              Download CSV
            </a>
          </div>
          {detail.isPending ? <LoadingState label="Loading the comparison…" /> : null}
          {detail.isError ? <QueryErrorState error={detail.error} what="the comparison" onRetry={() => void detail.refetch()} /> : null}
          {detail.data ? (
            <>
              <p className="muted">
                {detail.data.comparison.weeks} week{detail.data.comparison.weeks === 1 ? '' : 's'} from {formatInstant(detail.data.comparison.grid.startUtc, 'UTC')}, {detail.data.comparison.replications} simulation
                replications (seed {detail.data.comparison.seed}); run {formatInstant(detail.data.ranAt, 'UTC')}.
              </p>
              {detail.data.comparison.scenarios
                .filter((c) => c.status === 'infeasible' || c.status === 'error')
                .map((c) => (
                  <div key={c.id} className="alert alert--error" role="alert">
                    <h3>{c.name}: no plan</h3>
                    <p>{c.message ?? 'The setup with these overrides cannot be planned.'}</p>
                  </div>
                ))}
              <div className="chart-grid-2">
                <ComparisonCostChart bars={costBars(detail.data.comparison)} currency={detail.data.comparison.reportingCurrency} />
              </div>
              <ComparisonServiceCharts rows={serviceBars(detail.data.comparison)} />
              <div className="space-above">
                <ComparisonTableView comparison={detail.data.comparison} marketplaceName={marketplaceName} siteName={siteName} />
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
