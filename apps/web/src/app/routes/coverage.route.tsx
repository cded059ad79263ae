import { useState } from 'react';
import { EmptyState } from '../../components/ui/empty-state';
import { QueryErrorState } from '../../components/ui/error-state';
import { SelectField } from '../../components/ui/form-field';
import { LoadingState } from '../../components/ui/loading-state';
import { PageHeader } from '../../components/ui/page-header';
import { formatInstant } from '../../lib/format/format-instant.util';
import { formatLocalDateRange } from '../../lib/format/format-local-date-range.util';
import { CoveragePanel } from '../../features/plan';
import { useRotas } from '../../features/rota';

/**
 * Coverage for those who read rotas but not plans (viewers): the plan behind each published
 * rota, its workload against the agents on duty hour by hour — no costs. The rota feature lists
 * the rotas, the plan feature draws the coverage; this route joins them.
 */
export function CoverageRoute() {
  const rotas = useRotas();
  const [chosen, setChosen] = useState('');
  const published = (rotas.data ?? []).filter((rota) => rota.publishedAt !== null);
  const shown = published.find((rota) => rota.id === chosen) ?? published[0];
  return (
    <>
      <title>Coverage · followsun</title>
      <PageHeader title="Coverage" description="Hour by hour, the work the plan behind a published rota expects against the agents on duty to answer it." />
      {rotas.isPending ? <LoadingState label="Loading published rotas…" /> : null}
      {rotas.isError ? <QueryErrorState error={rotas.error} what="the rotas" onRetry={() => void rotas.refetch()} /> : null}
      {rotas.isSuccess && !shown ? <EmptyState title="No published rota yet">Coverage shows here once a lead or a manager publishes a rota.</EmptyState> : null}
      {shown ? (
        <>
          {published.length > 1 ? (
            <div className="toolbar">
              <SelectField
                label="Published rota"
                value={shown.id}
                onValueChange={setChosen}
                options={published.map((rota) => ({ value: rota.id, label: `${formatLocalDateRange(rota.firstDate, rota.lastDate)} — published ${formatInstant(rota.publishedAt ?? rota.createdAt, 'UTC')}` }))}
              />
            </div>
          ) : null}
          <section className="card" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Coverage of the rota {formatLocalDateRange(shown.firstDate, shown.lastDate)}</h2>
            <CoveragePanel key={shown.planId} planId={shown.planId} />
          </section>
        </>
      ) : null}
    </>
  );
}
