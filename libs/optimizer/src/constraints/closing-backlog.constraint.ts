import { lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { DeferredQueue } from '../planning/planning-problem.types';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';

/**
 * A dated plan does not push work past its last hour: each queue's backlog at the end of the
 * grid is at most the plan's own average hourly backlog over its last week (the whole grid when
 * shorter), b[H−1] ≤ (1/L)·Σ_{h ≥ H−L} b[h] — by Little's law what a steady state of that week's
 * flow would carry at a typical hour — plus the messages
 * that arrive after the last hour anyone who answers the queue can be on duty (no plan can
 * answer those). A cyclic week needs nothing: its last hour is followed by its first.
 */
/**
 * The span the closing backlog is held to, hours: a week (every hour of the week once). A row
 * over every hour of a 4- or 13-week window couples them all and keeps HiGHS's simplex from
 * finishing the W4 LP in two minutes; over the last week it costs about what the rule itself does.
 */
const STEADY_SPAN_HOURS = 168;

export function addClosingBacklogCaps(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const hours = problem.grid.hours;
  if (problem.grid.mode !== 'dated' || hours < 2) return;
  problem.queues.forEach((queue, q) => {
    if (queue.kind !== 'deferred') return;
    const backlog = vars.backlog[q];
    const span = Math.min(hours, STEADY_SPAN_HOURS);
    const terms: Term[] = [];
    for (let h = hours - span; h < hours - 1; h++) terms.push(term(backlog[h], -1 / span));
    terms.push(term(backlog[hours - 1], 1 - 1 / span));
    const slack = slackFor(context, { family: 'closing-backlog', marketplaceId: queue.marketplaceId, queueIndex: q, fromHour: hours - 1, toHour: hours });
    if (slack !== null) terms.push(term(slack, -1));
    builder.add(lessEq(`closing-backlog[${queue.key}]`, sum(terms), unanswerableTail(queue, context)));
  });
}

/** Messages of the queue arriving after the last hour any site that answers it can have someone on duty (all of them, and the opening backlog, when none can). */
export function unanswerableTail(queue: DeferredQueue, context: Pick<ModelContext, 'problem'>): number {
  const { problem } = context;
  let last = -1;
  for (let h = problem.grid.hours - 1; h >= 0 && last < 0; h--) if (queue.siteIndices.some((s) => problem.sites[s].coverable[h])) last = h;
  let tail = last < 0 ? queue.openingBacklog : 0;
  for (let h = last + 1; h < problem.grid.hours; h++) tail += queue.arrivals[h];
  return tail;
}
