import { JobProgress } from '../../../components/job/job-progress';
import { EmptyState } from '../../../components/ui/empty-state';
import { SelectField } from '../../../components/ui/form-field';
import { QueryErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { useCan } from '../../../lib/session/session-context';
import { useRotaRuns } from '../hooks/use-rota-runs';
import { GenerateRotaPanel } from './generate-rota-panel';
import { RotaView } from './rota-view';

/**
 * The rota page: generate a rota from a plan, then read, pin, re-run, publish and download it.
 * A role without `rotas.write` reads and downloads only; a viewer's list holds published rotas only.
 * `initialRotaId` (the `?rota=` of a link) is the rota shown first.
 */
export function RotaPage({ reportingCurrency, initialRotaId = null }: { reportingCurrency: string; initialRotaId?: string | null }) {
  const { rotas, shown, jobId, job, chooseRota, startJob } = useRotaRuns(initialRotaId);
  const canBuild = useCan('rotas.write');
  const readsDrafts = useCan('rotas.read');
  const running = job !== null && !job.finished;
  const list = rotas.data ?? [];
  return (
    <>
      {canBuild ? <GenerateRotaPanel running={running} onStarted={startJob} /> : null}
      {jobId && job ? <JobProgress jobId={jobId} job={job} title="Rota" currency={reportingCurrency} testId="rota-progress" /> : null}
      {rotas.isPending ? (
        <LoadingState label="Loading rotas…" />
      ) : rotas.isError ? (
        <QueryErrorState error={rotas.error} what="the rotas" onRetry={() => void rotas.refetch()} />
      ) : shown ? (
        <>
          {list.length > 1 ? (
            <div className="toolbar">
              <SelectField
                label="Rota shown"
                value={shown.id}
                onValueChange={chooseRota}
                options={list.map((rota) => ({
                  value: rota.id,
                  label: `${formatLocalDateRange(rota.firstDate, rota.lastDate)} — built ${formatInstant(rota.createdAt, 'UTC')}${rota.publishedAt ? ', published' : ''}, ${rota.summary.seatsFilled}/${rota.summary.seatsPlanned} seats`,
                }))}
              />
            </div>
          ) : null}
          <RotaView key={shown.id} rotaId={shown.id} onRerunStarted={startJob} rerunRunning={running} />
        </>
      ) : running ? null : (
        canBuild ? (
          <EmptyState title="No rota yet">Generate one above from a plan: it puts named agents on the planned shifts.</EmptyState>
        ) : readsDrafts ? (
          <EmptyState title="No rota yet">A rota shows here once a lead or a manager builds one from a plan.</EmptyState>
        ) : (
          <EmptyState title="No published rota yet">A rota shows here once a lead or a manager publishes it.</EmptyState>
        )
      )}
    </>
  );
}
