import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { Marketplace } from '@app/domain';
import { JobProgress } from '../../../components/job/job-progress';
import { EmptyState } from '../../../components/ui/empty-state';
import { SelectField } from '../../../components/ui/form-field';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useJob } from '../../../hooks/use-job';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatLocalDate } from '../../../lib/format/format-local-date.util';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { useCan } from '../../../lib/session/session-context';
import { usePromisePlans } from '../api/get-promise-plans';
import { usePromises } from '../api/get-promises';
import { useSimulatePlan } from '../api/simulate-plan';
import { planWeekStarts, promiseGrid, readySentences } from '../lib/promise-grid';
import { PromiseWeekTable } from './promise-week-table';
import { ReadySentences } from './ready-sentences';

/** Pick a plan, marketplace and week: the hour-by-hour promise table and the ready sentences. */
export function AutoReplyPage({ marketplaces, reportingCurrency }: { marketplaces: readonly Marketplace[]; reportingCurrency: string }) {
  const plans = usePromisePlans();
  const withShifts = (plans.data ?? []).filter((plan) => plan.totalCost !== null && plan.status !== 'running');
  const [planChoice, setPlanChoice] = useState('');
  const [marketplaceChoice, setMarketplaceChoice] = useState('');
  const [weekChoice, setWeekChoice] = useState('');
  const [language, setLanguage] = useState('');
  const plan = withShifts.find((p) => p.id === planChoice) ?? withShifts[0];
  const marketplace = marketplaces.find((m) => m.id === marketplaceChoice) ?? marketplaces[0];
  const weeks = plan ? planWeekStarts(plan.grid.start, plan.grid.hours) : [];
  const weekStart = weeks.includes(weekChoice) ? weekChoice : weeks[0];
  const promises = usePromises(plan && marketplace && weekStart ? { planId: plan.id, marketplaceId: marketplace.id, weekStart, ...(language ? { language } : {}) } : null);

  const queryClient = useQueryClient();
  const simulate = useSimulatePlan();
  const canSimulate = useCan('plans.run');
  const [simulationJobId, setSimulationJobId] = useState<string | null>(null);
  const simulation = useJob(simulationJobId, () => void queryClient.invalidateQueries({ queryKey: ['promises'] }));

  if (plans.isPending) return <LoadingState label="Loading plans…" />;
  if (plans.isError) return <QueryErrorState error={plans.error} what="the plans" onRetry={() => void plans.refetch()} />;
  if (!plan) {
    return (
      <EmptyState title="No plan yet" action={<Link to="/plan">Run a plan</Link>}>
        Promises come from who is on duty when: run a plan first, then pick it here.
      </EmptyState>
    );
  }
  if (!marketplace) return <EmptyState title="No marketplace">Add a marketplace under Setup first.</EmptyState>;

  const table = promises.data;
  return (
    <>
      <div className="card">
        <div className="toolbar row row--end">
          <div className="inline-field inline-field--wide">
            <SelectField
              label="Plan"
              value={plan.id}
              onValueChange={setPlanChoice}
              options={withShifts.map((p) => ({ value: p.id, label: `${formatInstant(p.grid.start, 'UTC').split(',')[0]}, ${Math.round(p.grid.hours / 168)} wk, ${formatCurrency(p.totalCost ?? 0, p.reportingCurrency)} (made ${formatInstant(p.createdAt, 'UTC')})` }))}
            />
          </div>
          <SelectField label="Marketplace" value={marketplace.id} onValueChange={(id) => { setMarketplaceChoice(id); setLanguage(''); }} options={marketplaces.map((m) => ({ value: m.id, label: m.name }))} />
          <SelectField label="Week starting" value={weekStart} onValueChange={setWeekChoice} options={weeks.map((w) => ({ value: w, label: formatLocalDate(w) }))} />
          <SelectField label="Language" value={language} onValueChange={setLanguage} options={[{ value: '', label: `Buyers’ first (${marketplace.languages[0] ?? 'en'})` }, ...marketplace.languages.slice(1).map((l) => ({ value: l, label: l })), ...(marketplace.languages.includes('en') ? [] : [{ value: 'en', label: 'en' }])]} />
        </div>
        {table ? (
          <p className="muted" data-testid="promise-basis">
            Buyers’ time: {formatTimeZone(table.timeZone, new Date(`${table.weekStart}T12:00:00Z`))}. {formatPercent(table.confidence)} of messages are answered by the promised time.{' '}
            {table.basisNote}
          </p>
        ) : null}
        {/* once a rota exists the promises are of it; a simulation of the planned shifts no longer changes them */}
        {table?.source === 'rota' || !canSimulate ? null : (
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={simulate.isPending || (simulation !== null && !simulation.finished)}
            onClick={() => simulate.mutate({ planId: plan.id, mode: 'poisson', replications: 50 }, { onSuccess: (started) => setSimulationJobId(started.jobId) })}
          >
            Simulate the plan (50 random replications) for sturdier promises
          </button>
        </div>
        )}
        {simulate.isError ? <ErrorAlert error={simulate.error} title="The simulation did not start" /> : null}
      </div>
      {simulationJobId && simulation ? <JobProgress jobId={simulationJobId} job={simulation} title="Simulation" currency={reportingCurrency} testId="simulation-progress" /> : null}

      {promises.isPending ? <LoadingState label="Loading promises…" /> : null}
      {promises.isError ? <QueryErrorState error={promises.error} what="the promises" onRetry={() => void promises.refetch()} /> : null}
      {table ? (
        <>
          <section className="card" aria-labelledby="promise-heading">
            <h2 id="promise-heading">Promise table</h2>
            <PromiseWeekTable grid={promiseGrid(table.rows)} caption={`Reply promised for a message arriving at each local hour, week of ${formatLocalDate(table.weekStart)} (shaded: team on duty)`} />
          </section>
          <section className="card" aria-labelledby="sentences-heading">
            <h2 id="sentences-heading">Ready sentences for {marketplace.name}</h2>
            <p className="muted">Paste each into the platform’s auto-reply for the hours it is for (most platforms take one message per time window). Times are the buyers’ local time.</p>
            <ReadySentences sentences={readySentences(table.rows)} language={table.language} />
          </section>
        </>
      ) : null}
    </>
  );
}
