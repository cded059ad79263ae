import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useJob } from '../../../hooks/use-job';
import { FORECAST_QUERY_KEY } from '../api/forecast-query-keys';
import { useForecasts } from '../api/get-forecasts';

/**
 * The forecast runs, the newest finished one, and the job of a run in progress (one started
 * here, or one still running from before the page was opened). When the job ends, every
 * forecast query is refreshed so the new forecast shows.
 */
export function useForecastRuns() {
  const runs = useForecasts();
  const queryClient = useQueryClient();
  const [startedJobId, setStartedJobId] = useState<string | null>(null);
  const runningJobId = runs.data?.find((run) => run.status === 'running' && run.jobId)?.jobId ?? null;
  const jobId = startedJobId ?? runningJobId;
  const job = useJob(jobId, () => void queryClient.invalidateQueries({ queryKey: [FORECAST_QUERY_KEY] }));
  const latest = runs.data?.find((run) => run.status === 'succeeded') ?? null;
  return { runs, latest, jobId, job, startJob: setStartedJobId };
}
