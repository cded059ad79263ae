import { greaterEq, lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { DeferredQueue } from '../planning/planning-problem.types';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';
import { notYetDueCounts } from './not-yet-due.util';

/**
 * Every message is answered within its deadline: answering FIFO within a queue, the backlog at
 * the end of an hour may only hold messages not yet due. With a service floor below 100 %, the
 * message-hours past due are capped instead (a conservative count: each late message counts
 * at least once).
 */
export function addReplyDeadlines(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const lateTerms: Term[] = [];
  let messages = 0;
  problem.queues.forEach((queue, q) => {
    if (queue.kind !== 'deferred') return;
    const limit = deadlineLimits(queue, context);
    messages += queue.arrivals.reduce((s, a) => s + a, 0) + queue.openingBacklog;
    for (let h = 0; h < problem.grid.hours; h++) {
      const backlog = vars.backlog[q][h];
      if (problem.minSlaAttainment < 1) {
        const pastDue = builder.addVariable(`pastDue[${queue.key}][${h}]`);
        builder.add(greaterEq(`pastDue[${queue.key}][${h}]`, sum(pastDue), sum(backlog, { terms: [], constant: -limit[h] })));
        lateTerms.push(term(pastDue, 1));
        continue;
      }
      const slack = slackFor(context, { family: 'reply-deadline', marketplaceId: queue.marketplaceId, queueIndex: q, fromHour: h, toHour: h + 1 });
      if (slack === null) builder.capUpper(backlog, limit[h]);
      else builder.add(lessEq(`deadline[${queue.key}][${h}]`, sum(backlog, term(slack, -1)), limit[h]));
    }
  });
  if (problem.minSlaAttainment < 1) {
    const slack = slackFor(context, { family: 'sla-floor', fromHour: 0, toHour: problem.grid.hours });
    const lhs = slack === null ? sum(lateTerms) : sum(lateTerms, term(slack, -1));
    builder.add(lessEq('sla-floor', lhs, (1 - problem.minSlaAttainment) * messages));
  }
}

/** Most messages the queue's backlog may hold at the end of each hour. */
export function deadlineLimits(queue: DeferredQueue, context: Pick<ModelContext, 'problem'>): number[] {
  return notYetDueCounts(queue.arrivals, queue.dueHour, context.problem.grid, queue.openingBacklog, queue.openingDueHour);
}
