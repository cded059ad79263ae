import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlanEffort } from '@app/optimizer/solve/plan-effort';
import type { PlanJob, PlanSolver } from './plan.types';

export interface RunPlanRequest {
  /** Default: the newest forecast covering the window (the job forecasts the horizon first when there is none). */
  forecastId?: string;
  /** First date of the window, inside the horizon; default: the next full week. */
  start?: string;
  /** Weeks the window covers; default: defaultPlanOptions.weeks. */
  weeks?: number;
  solver?: PlanSolver;
  effort?: PlanEffort;
  timeLimitSeconds?: number;
}

export const runPlan = (request: RunPlanRequest) => apiClient.post<PlanJob>('/plans', request);

export function useRunPlan() {
  const queryClient = useQueryClient();
  return useMutation<PlanJob, ApiError, RunPlanRequest>({
    mutationFn: runPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [PLAN_QUERY_KEY, 'list'] }),
  });
}
