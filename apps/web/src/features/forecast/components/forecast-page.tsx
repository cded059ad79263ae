import type { Marketplace } from '@app/domain';
import { Link } from 'react-router-dom';
import { JobProgress } from '../../../components/job/job-progress';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useCan } from '../../../lib/session/session-context';
import { useForecastRuns } from '../hooks/use-forecast-runs';
import { ForecastView } from './forecast-view';
import { RunForecastPanel } from './run-forecast-panel';

/**
 * The forecast page: run a forecast (with its progress), then read the newest one per
 * marketplace and class — chart with bands against actuals, the buyers' week as a heatmap,
 * and how accurate the chosen method was.
 */
export function ForecastPage({ marketplaces, horizonWeeks, reportingCurrency }: { marketplaces: readonly Marketplace[]; horizonWeeks?: number; reportingCurrency: string }) {
  const { runs, latest, jobId, job, startJob } = useForecastRuns();
  const running = job !== null && !job.finished;
  const canRun = useCan('plans.run');

  return (
    <>
      {canRun ? <RunForecastPanel horizonWeeks={horizonWeeks} running={running} onStarted={startJob} /> : null}
      {jobId && job ? <JobProgress jobId={jobId} job={job} title="Forecast" currency={reportingCurrency} testId="forecast-progress" /> : null}
      {runs.isPending ? (
        <LoadingState label="Loading forecasts…" />
      ) : runs.isError ? (
        <QueryErrorState error={runs.error} what="the forecasts" onRetry={() => void runs.refetch()} />
      ) : latest ? (
        <ForecastView key={latest.id} run={latest} marketplaces={marketplaces} />
      ) : running ? null : (
        <EmptyState title="No forecast yet" action={<Link to="/setup/history">Import message history</Link>}>
          Run a forecast above. It learns from the imported message history, so import a few weeks of it first if you have not.
        </EmptyState>
      )}
    </>
  );
}
