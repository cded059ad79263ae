import type { DispatchRun } from './plan.types';
import { toLocal } from './time';

/** Part of a dispatch rule inside a span of time, on the site's clock. */
export interface DispatchStep {
  fromUtc: string;
  toUtc: string;
  /** Site-local date and "HH:mm" of the start and the end (end exclusive). */
  localDate: string;
  localFrom: string;
  localTo: string;
  /** Queue keys "marketplaceId/classId", first worked first. */
  queues: string[];
}

export interface DispatchSpan {
  siteId: string;
  startUtc: string;
  endUtc: string;
  timeZone: string;
  /** The rule is of a repeated week (a cyclic plan): a span outside it reads the same hours of that week. */
  repeats?: boolean;
}

/**
 * The rule a site's agents follow during a span (a shift, a day): the site's runs cut to the
 * span, in order, with site-local times for people.
 */
export function dispatchDuring(runs: readonly DispatchRun[], span: DispatchSpan): DispatchStep[] {
  const own = runs.filter((run) => run.siteId === span.siteId);
  if (!own.length) return [];
  const start = Date.parse(span.startUtc);
  const end = Date.parse(span.endUtc);
  if (!span.repeats) return cut(own, start, end, 0, span.timeZone);
  const gridStart = Math.min(...own.map((run) => Date.parse(run.fromUtc)));
  const length = Math.max(...own.map((run) => Date.parse(run.toUtc))) - gridStart;
  const steps: DispatchStep[] = [];
  // week by week: each part of the span reads the same hours of the rule's week
  for (let from = start; from < end; ) {
    const week = Math.floor((from - gridStart) / length);
    const to = Math.min(end, gridStart + (week + 1) * length);
    steps.push(...cut(own, from - week * length, to - week * length, week * length, span.timeZone));
    from = to;
  }
  return steps;
}

/** The runs cut to [start, end), moved by `offsetMs` to the span's own week. */
function cut(runs: readonly DispatchRun[], start: number, end: number, offsetMs: number, timeZone: string): DispatchStep[] {
  return runs.flatMap((run) => {
    const from = Math.max(start, Date.parse(run.fromUtc));
    const to = Math.min(end, Date.parse(run.toUtc));
    return to > from ? [step(from + offsetMs, to + offsetMs, run.queues, timeZone)] : [];
  });
}

function step(fromMs: number, toMs: number, queues: readonly string[], timeZone: string): DispatchStep {
  const from = toLocal(fromMs, timeZone);
  const to = toLocal(toMs, timeZone);
  const clock = (t: { hour: number; minute: number }) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  return { fromUtc: iso(fromMs), toUtc: iso(toMs), localDate: from.date, localFrom: clock(from), localTo: clock(to), queues: [...queues] };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
