import { isFinishedJobStatus, type JobProgressEvent, type JobQueuePlace, type JobStatus } from './job.types';

/** A figure a progress event carries, typed so the view can format it (money in the reporting currency). */
export interface ProgressFigure {
  name: string;
  value: number;
  kind: 'money' | 'percent' | 'count' | 'seconds';
}

export interface ProgressStep {
  at: string;
  label: string;
  figures: ProgressFigure[];
}

export interface JobProgressSummary {
  /** One line for a screen reader and the eye: "Solving — better plan found". */
  headline: string;
  /** 0..1 when the job says how far it is (`{done, of}`, `{done, total}` or `{fraction}`), 1 once it succeeded. */
  fraction?: number;
  /** The LP relaxation's optimum: no plan can cost less. */
  lpBound?: number;
  /** Cost of the best integer plan so far, and its relative gap (0..1) to the best bound. */
  incumbentCost?: number;
  gap?: number;
  steps: ProgressStep[];
}

/** Stage names the server uses, in words. Unknown stages are shown humanised. */
const STAGE_LABELS: Record<string, string> = {
  start: 'Started',
  'lp-bound': 'Lower bound from the LP relaxation',
  incumbent: 'Better plan found',
  done: 'Finished',
  forecast: 'Forecasting',
  plan: 'Planning',
  simulate: 'Simulating',
  series: 'Series forecast',
};

export function stageLabel(stage: string): string {
  const known = STAGE_LABELS[stage];
  if (known) return known;
  // A bare kebab-case name reads as words; a stage with its own spaces may carry ids ("forecast amazon-us").
  const words = (/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i.test(stage) ? stage.replace(/[-_]+/g, ' ') : stage).trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Working';
}

function numberIn(detail: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = detail?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function figuresOf(event: JobProgressEvent): ProgressFigure[] {
  const { detail } = event;
  const figures: ProgressFigure[] = [];
  const add = (key: string, name: string, kind: ProgressFigure['kind']) => {
    const value = numberIn(detail, key);
    if (value !== undefined) figures.push({ name, value, kind });
  };
  if (event.stage === 'lp-bound') add('bound', 'bound', 'money');
  if (event.stage === 'incumbent' || event.stage === 'done') {
    add('cost', 'cost', 'money');
    add('gap', 'gap', 'percent');
  }
  const done = numberIn(detail, 'done');
  const of = countOf(detail);
  if (done !== undefined && of !== undefined) figures.push({ name: `of ${of}`, value: done, kind: 'count' });
  add('seconds', 'after', 'seconds');
  return figures;
}

/** How many steps a counted job has: `{done, of}` or `{done, total}`. */
function countOf(detail: Record<string, unknown> | undefined): number | undefined {
  return numberIn(detail, 'of') ?? numberIn(detail, 'total');
}

/** Ids an event names ("amazon-us / standard"), shown after its stage. */
function subjectOf(detail: Record<string, unknown> | undefined): string {
  const parts = ['scenarioId', 'siteId', 'marketplaceId', 'classId'].map((key) => detail?.[key]).filter((value): value is string => typeof value === 'string' && value !== '');
  if (typeof detail?.marketplaceId === 'string' && detail.classId === null) parts.push('total');
  return parts.join(' / ');
}

function stepLabel(event: JobProgressEvent): string {
  const subject = subjectOf(event.detail);
  const message = typeof event.detail?.message === 'string' ? event.detail.message : '';
  // A message names its subject itself ("As is: lower bound 3637.86"); ids are shown only without one.
  const text = message || subject;
  return text ? `${stageLabel(event.stage)}: ${text}` : stageLabel(event.stage);
}

/** "Better plan found" → "better plan found"; "LP …" stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

const STATUS_HEADLINES: Record<JobStatus, string> = {
  queued: 'Waiting to start',
  running: 'Running',
  succeeded: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * Folds a job's progress events into what a progress indicator shows: the latest stage, the
 * LP bound, the best plan's cost and gap as they improve, and how far a counted job is.
 */
export function summariseJobProgress(status: JobStatus, events: readonly JobProgressEvent[], queue: JobQueuePlace | null = null): JobProgressSummary {
  const summary: JobProgressSummary = { headline: STATUS_HEADLINES[status], steps: [] };
  for (const event of events) {
    const bound = numberIn(event.detail, 'bound');
    if (event.stage === 'lp-bound' && bound !== undefined) summary.lpBound = bound;
    const cost = numberIn(event.detail, 'cost');
    const gap = numberIn(event.detail, 'gap');
    if ((event.stage === 'incumbent' || event.stage === 'done') && cost !== undefined) {
      summary.incumbentCost = cost;
      if (gap !== undefined) summary.gap = gap;
    }
    const done = numberIn(event.detail, 'done');
    const of = countOf(event.detail);
    if (done !== undefined && of !== undefined && of > 0) summary.fraction = Math.min(1, Math.max(0, done / of));
    const fraction = numberIn(event.detail, 'fraction');
    if (fraction !== undefined) summary.fraction = Math.min(1, Math.max(0, fraction));
    summary.steps.push({ at: event.at, label: stepLabel(event), figures: figuresOf(event) });
  }
  const last = events[events.length - 1];
  if (status === 'running' && last) summary.headline = `Running — ${lowerFirst(stepLabel(last))}`;
  // a queued job, or a running one whose solve waits for a solver, says where it is in line
  if (queue && !isFinishedJobStatus(status)) summary.headline = queue.message;
  if (status === 'succeeded') summary.fraction = 1;
  return summary;
}
