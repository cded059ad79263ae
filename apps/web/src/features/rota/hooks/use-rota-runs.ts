import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useJob } from '../../../hooks/use-job';
import { useRotas } from '../api/get-rotas';
import { ROTA_QUERY_KEY } from '../api/rota-query-keys';

/**
 * The stored rotas, the one shown (chosen, else the newest), and the job of a rota being built
 * (generated or re-run here). When the job ends every rota query is refreshed and the new rota shown.
 * `initialRotaId` is shown first when it is listed (a link to one version, e.g. from an accepted re-plan).
 */
export function useRotaRuns(initialRotaId: string | null = null) {
  const rotas = useRotas();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<{ jobId: string; rotaId: string } | null>(null);
  const [chosenRotaId, setChosenRotaId] = useState<string | null>(initialRotaId);
  const job = useJob(started?.jobId ?? null, (status) => {
    void queryClient.invalidateQueries({ queryKey: [ROTA_QUERY_KEY] });
    if (status === 'succeeded' && started) setChosenRotaId(started.rotaId);
  });
  const list = rotas.data ?? [];
  const shown = list.find((rota) => rota.id === chosenRotaId) ?? list[0] ?? null;
  return { rotas, shown, jobId: started?.jobId ?? null, job, chooseRota: setChosenRotaId, startJob: (jobId: string, rotaId: string) => setStarted({ jobId, rotaId }) };
}
