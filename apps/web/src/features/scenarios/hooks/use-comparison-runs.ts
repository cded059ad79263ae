import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useJob } from '../../../hooks/use-job';
import { useComparisons } from '../api/comparisons';
import { SCENARIO_QUERY_KEY } from '../api/scenario-query-keys';

/** Stored comparisons, the one shown (chosen, else the newest), and the job of a comparison running now. */
export function useComparisonRuns() {
  const comparisons = useComparisons();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<{ jobId: string; comparisonId: string } | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const job = useJob(started?.jobId ?? null, (status) => {
    void queryClient.invalidateQueries({ queryKey: [SCENARIO_QUERY_KEY, 'comparisons'] });
    if (status === 'succeeded' && started) setChosenId(started.comparisonId);
  });
  const list = comparisons.data ?? [];
  const shown = list.find((c) => c.id === chosenId) ?? list[0] ?? null;
  return { comparisons, shown, jobId: started?.jobId ?? null, job, choose: setChosenId, startJob: (jobId: string, comparisonId: string) => setStarted({ jobId, comparisonId }) };
}
