import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../lib/api-client';
import { fixScenarioPlan, type FixScenarioPlan, type StaffingFix } from '../lib/fix-scenario';
import { createScenarioDefinition, scenarioDefinitionsQueryOptions } from './scenario-definitions';
import { SCENARIO_QUERY_KEY } from './scenario-query-keys';

/** The scenarios to compare once a fix is stored: the baseline's id and the fix's, and the fix's name. */
export type StoredFix = Pick<FixScenarioPlan, 'compare' | 'fixName'>;

/**
 * Stores a plan's suggested hire as a scenario (and an "As is" baseline when there is none), so
 * the Scenarios page can compare them; a scenario with exactly this hire is reused.
 */
export function useCreateFixScenario() {
  const queryClient = useQueryClient();
  return useMutation<StoredFix, ApiError, StaffingFix>({
    mutationFn: async (fix) => {
      const existing = await queryClient.fetchQuery({ ...scenarioDefinitionsQueryOptions(), staleTime: 0 });
      const plan = fixScenarioPlan(existing, fix);
      for (const body of plan.create) await createScenarioDefinition(body);
      return { compare: plan.compare, fixName: plan.fixName };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [SCENARIO_QUERY_KEY, 'definitions'] }),
  });
}
