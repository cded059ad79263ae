import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { formatInstant } from '../../../lib/format/format-instant.util';
import { formatLocalDateRange } from '../../../lib/format/format-local-date-range.util';
import { monitorReportCsvUrl, type MonitorReportRequest } from '../api/get-monitor-report';
import type { MonitorPlanChoice } from '../api/monitor.types';
import { fromUtcInputValue, toUtcInputValue, type MonitorPeriod } from '../lib/monitor-period';

const HOUR_MS = 3_600_000;

function planLabel(plan: MonitorPlanChoice): string {
  const first = plan.grid.start.slice(0, 10);
  const last = new Date(Date.parse(plan.grid.start) + (plan.grid.hours - 1) * HOUR_MS).toISOString().slice(0, 10);
  return `${formatLocalDateRange(first, last)} — made ${formatInstant(plan.createdAt, 'UTC')}`;
}

/**
 * The period reported on (whole UTC hours, [from, to)) and the plan the actuals are set
 * against; "Show" applies a typed period.
 */
export function MonitorPeriodPicker(props: {
  period: MonitorPeriod | null;
  onPeriodChange: (period: MonitorPeriod) => void;
  plans: readonly MonitorPlanChoice[];
  /** '' : the plan covering the period, as the API finds it. */
  planId: string;
  onPlanChange: (planId: string) => void;
  request: MonitorReportRequest | null;
}) {
  // a new period from outside (another plan chosen) starts a fresh draft
  return <PeriodForm key={props.period ? `${props.period.fromMs}-${props.period.toMs}` : 'none'} {...props} />;
}

function PeriodForm({ period, onPeriodChange, plans, planId, onPlanChange, request }: Parameters<typeof MonitorPeriodPicker>[0]) {
  const [from, setFrom] = useState(period ? toUtcInputValue(period.fromMs) : '');
  const [to, setTo] = useState(period ? toUtcInputValue(period.toMs) : '');
  const fromMs = fromUtcInputValue(from);
  const toMs = fromUtcInputValue(to);
  const invalid = fromMs !== null && toMs !== null && toMs <= fromMs;
  const changed = fromMs !== period?.fromMs || toMs !== period?.toMs;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fromMs !== null && toMs !== null && !invalid) onPeriodChange({ fromMs: Math.floor(fromMs / HOUR_MS) * HOUR_MS, toMs: Math.ceil(toMs / HOUR_MS) * HOUR_MS });
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Period and plan" data-testid="monitor-period">
      <div className="row row--end">
        <div className="inline-field">
          <TextField label="From (UTC)" type="datetime-local" step={3600} value={from} onValueChange={setFrom} required />
        </div>
        <div className="inline-field">
          <TextField label="To (UTC, not included)" type="datetime-local" step={3600} value={to} onValueChange={setTo} errors={invalid ? ['Must be after the start.'] : undefined} required />
        </div>
        <button type="submit" className="button" disabled={!changed || invalid || fromMs === null || toMs === null}>
          Show
        </button>
        <div className="inline-field inline-field--wide">
          <SelectField
            label="Plan"
            value={planId}
            onValueChange={onPlanChange}
            options={[{ value: '', label: 'The plan covering the period' }, ...plans.map((plan) => ({ value: plan.id, label: planLabel(plan) }))]}
          />
        </div>
        {request ? (
          <a className="button" href={monitorReportCsvUrl(request)} download>
            Download CSV
          </a>
        ) : null}
      </div>
    </form>
  );
}
