import { lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';

/**
 * A marketplace's buyers wait at most W hours on average (week by week): by Little's law the
 * message-hours waited, Σ backlog, stay within W × the messages that arrived.
 */
export function addAverageWaitCaps(context: ModelContext): void {
  const { builder, problem, vars } = context;
  problem.waitCaps.forEach((cap, c) => {
    const waited: Term[] = [];
    let messages = 0;
    for (const q of cap.queueIndices) {
      const queue = problem.queues[q];
      for (let h = cap.fromHour; h < cap.toHour; h++) {
        waited.push(term(vars.backlog[q][h], 1));
        messages += queue.arrivals[h];
      }
      if (cap.fromHour === 0 && queue.kind === 'deferred') messages += queue.openingBacklog;
    }
    const slack = slackFor(context, { family: 'average-wait', marketplaceId: cap.marketplaceId, fromHour: cap.fromHour, toHour: cap.toHour });
    const lhs = slack === null ? sum(waited) : sum(waited, term(slack, -1));
    builder.add(lessEq(`average-wait[${cap.marketplaceId}][${c}]`, lhs, cap.maxAverageHours * messages));
  });
}
