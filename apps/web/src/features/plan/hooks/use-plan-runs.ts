import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useJob } from '../../../hooks/use-job';
import { usePlans } from '../api/get-plans';
import { PLAN_QUERY_KEY } from '../api/plan-query-keys';

/**
 * The plans, the one shown (chosen, else the newest not cancelled), and the job of a plan being
 * solved (started here, or still running from before). When the job ends every plan query is
 * refreshed and the new plan is shown.
 */
export function usePlanRuns() {
  const plans = usePlans();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<{ jobId: string; planId: string } | null>(null);
  const [chosenPlanId, setChosenPlanId] = useState<string | null>(null);
  const running = plans.data?.find((plan) => plan.status === 'running' && plan.jobId);
  const jobId = started?.jobId ?? running?.jobId ?? null;
  const job = useJob(jobId, () => {
    void queryClient.invalidateQueries({ queryKey: [PLAN_QUERY_KEY] });
    if (started) setChosenPlanId(started.planId);
  });
  const finished = plans.data?.filter((plan) => plan.status !== 'running') ?? [];
  // By default the newest answer (a plan, or why there is none); a cancelled run is listed, not shown.
  const shown = finished.find((plan) => plan.id === chosenPlanId) ?? finished.find((plan) => plan.status !== 'cancelled') ?? finished[0] ?? null;
  return {
    plans,
    finished,
    shown,
    jobId,
    job,
    choosePlan: setChosenPlanId,
    startJob: (jobIdStarted: string, planId: string) => setStarted({ jobId: jobIdStarted, planId }),
  };
}
