import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { SelectField } from '../../../components/ui/form-field';
import { ErrorAlert, QueryErrorState } from '../../../components/ui/error-state';
import { formatCurrency } from '../../../lib/format/format-currency.util';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { useGenerateRota } from '../api/generate-rota';
import { useRotaPlans } from '../api/get-rota-plans';

/** "Generate rota" from a plan with shifts (the newest by default). */
export function GenerateRotaPanel({ running, onStarted }: { running: boolean; onStarted: (jobId: string, rotaId: string) => void }) {
  const plans = useRotaPlans();
  const generate = useGenerateRota();
  const withShifts = (plans.data ?? []).filter((plan) => plan.totalCost !== null && plan.status !== 'running');
  const [chosen, setChosen] = useState('');
  const planId = chosen || withShifts[0]?.id || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (planId) generate.mutate(planId, { onSuccess: (started) => onStarted(started.jobId, started.rotaId) });
  };
  return (
    <form className="card form" onSubmit={submit} aria-label="Generate a rota">
      <h2>Generate a rota</h2>
      <p className="muted">Named agents on the planned shifts, within the labour rules (rest, consecutive days, weekly hours, leave, languages), spreading nights, weekends and holidays fairly. Pins below apply.</p>
      {plans.isError ? <QueryErrorState error={plans.error} what="the plans" onRetry={() => void plans.refetch()} /> : null}
      {plans.isSuccess && withShifts.length === 0 ? (
        <p className="alert alert--info">
          There is no plan with shifts yet. <Link to="/plan">Run a plan</Link> first, then come back to turn it into a rota.
        </p>
      ) : null}
      {withShifts.length > 0 ? (
        <div className="row row--end">
          <div className="inline-field inline-field--wide">
            <SelectField
              label="From plan"
              value={planId}
              onValueChange={setChosen}
              options={withShifts.map((plan) => ({
                value: plan.id,
                label: `${formatInstant(plan.grid.start, 'UTC').split(',')[0]} – ${formatInstant(plan.grid.end, 'UTC').split(',')[0]}, ${formatCurrency(plan.totalCost ?? 0, plan.reportingCurrency)} (made ${formatInstant(plan.createdAt, 'UTC')})`,
              }))}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={running || generate.isPending || !planId}>
            {generate.isPending ? 'Starting…' : running ? 'Building rota…' : 'Generate rota'}
          </button>
        </div>
      ) : null}
      {generate.isError ? <ErrorAlert error={generate.error} title="The rota did not start" /> : null}
    </form>
  );
}
