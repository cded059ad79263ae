import { ErrorAlert } from '../ui/error-state';
import { formatCurrency } from '../../lib/format/format-currency.util';
import { formatNumber } from '../../lib/format/format-number.util';
import { formatPercent } from '../../lib/format/format-percent.util';
import { useCancelJob } from '../../lib/jobs/cancel-job';
import { summariseJobProgress, type ProgressFigure } from '../../lib/jobs/job-progress.util';
import type { UseJobResult } from '../../hooks/use-job';

function formatFigure(figure: ProgressFigure, currency: string): string {
  switch (figure.kind) {
    case 'money':
      return formatCurrency(figure.value, currency);
    case 'percent':
      return formatPercent(figure.value, undefined, 2);
    case 'seconds':
      return `${formatNumber(figure.value, undefined, 1)} s`;
    case 'count':
      return formatNumber(figure.value);
  }
}

const STEPS_SHOWN = 8;

/**
 * A running (or just finished) background job: what it is doing, how far it is, the LP bound,
 * the best plan's cost and gap as they arrive, the latest steps, and a cancel button.
 */
export function JobProgress({
  jobId,
  job,
  title,
  currency,
  testId,
  outcome,
}: {
  jobId: string;
  job: UseJobResult;
  /** What runs: "Plan", "Forecast" … */
  title: string;
  /** Reporting currency of costs in the events. */
  currency: string;
  testId?: string;
  /**
   * What a job that succeeded produced, when that is no success (a plan job that ended without
   * a plan): its headline and tone replace the green "Finished".
   */
  outcome?: { headline: string; tone: 'warning' | 'error' };
}) {
  const cancel = useCancelJob();
  const summary = summariseJobProgress(job.status, job.events, job.queue);
  const unsuccessful = job.status === 'succeeded' && outcome ? outcome : null;
  if (unsuccessful) summary.headline = unsuccessful.headline;
  const steps = summary.steps.slice(-STEPS_SHOWN);
  const figures: { label: string; value: string; testId: string }[] = [];
  if (summary.lpBound !== undefined) figures.push({ label: 'LP bound (no plan costs less)', value: formatCurrency(summary.lpBound, currency), testId: 'progress-lp-bound' });
  if (summary.incumbentCost !== undefined) figures.push({ label: 'Best plan so far', value: formatCurrency(summary.incumbentCost, currency), testId: 'progress-incumbent' });
  if (summary.gap !== undefined) figures.push({ label: 'Gap to the bound', value: formatPercent(summary.gap, undefined, 2), testId: 'progress-gap' });

  return (
    <section className={`card job-progress job-progress--${unsuccessful ? unsuccessful.tone : job.status}`} aria-label={`${title} progress`} data-testid={testId}>
      <div className="job-progress__head">
        <h3>
          {title}: <span role="status" aria-live="polite">{summary.headline}</span>
        </h3>
        {!job.finished ? (
          <button type="button" className="button button--danger button--small" disabled={cancel.isPending} onClick={() => cancel.mutate(jobId)}>
            {cancel.isPending ? 'Cancelling…' : `Cancel ${title.toLowerCase()}`}
          </button>
        ) : null}
      </div>
      {summary.fraction !== undefined ? (
        <progress className="job-progress__bar" max={1} value={summary.fraction} aria-label={`${title} progress`} />
      ) : !job.finished ? (
        <progress className="job-progress__bar" aria-label={`${title} progress`} />
      ) : null}
      {figures.length > 0 ? (
        <dl className="figures">
          {figures.map((figure) => (
            <div key={figure.testId} className="figure">
              <dt>{figure.label}</dt>
              <dd data-testid={figure.testId}>{figure.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {steps.length > 0 ? (
        <ol className="job-progress__steps" aria-label="Progress events" start={summary.steps.length - steps.length + 1}>
          {steps.map((step, index) => (
            <li key={`${step.at}-${index}`}>
              <span>{step.label}</span>
              {step.figures.length > 0 ? (
                <span className="muted"> · {step.figures.map((figure) => (figure.kind === 'count' ? `${formatFigure(figure, currency)} ${figure.name}` : `${figure.name} ${formatFigure(figure, currency)}`)).join(' · ')}</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {job.status === 'failed' ? (
        <ErrorAlert error={new Error(job.error ?? 'The job failed without saying why.')} title={`${title} failed`}>
          <p className="muted">Check the setup the message names, then run it again.</p>
        </ErrorAlert>
      ) : null}
      {job.polling ? <p className="muted">Live updates are not available; checking every second.</p> : null}
      {job.loadError && !job.finished ? <ErrorAlert error={job.loadError} title="Progress could not be read" /> : null}
      {cancel.isError ? <ErrorAlert error={cancel.error} title="Could not cancel" /> : null}
    </section>
  );
}
