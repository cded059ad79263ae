import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type ApiError } from '../../../lib/api-client';
import { PLAN_QUERY_KEY } from './plan-query-keys';
import type { PlanJob, PlanSolver } from './plan.types';

export interface RunPlanRequest {
  /** Default: the newest forecast (the job forecasts first when there is none). */
  forecastId?: string;
  /** Weeks from the forecast's start; default: the whole forecast. */
  weeks?: number;
  solver?: PlanSolver;
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
