import { greaterEq, lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { DeferredQueue } from '../planning/planning-problem.types';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';
import { notYetDueCounts } from './not-yet-due.util';

/**
 * At most a share of a marketplace's messages waits longer than X hours. Counted
 * conservatively as message-hours beyond X (each such message counts at least once):
 * late(h) ≥ backlog(h) − messages younger than X, Σ late ≤ share × messages.
 */
export function addLateShareCaps(context: ModelContext): void {
  const { builder, problem, vars } = context;
  problem.lateShareCaps.forEach((cap, c) => {
    const late: Term[] = [];
    let messages = 0;
    for (const q of cap.queueIndices) {
      const queue = problem.queues[q] as DeferredQueue;
      const afterDue = queue.arrivals.map((_, k) => Math.max(k, k + Math.floor(cap.afterHours) - 1));
      const young = notYetDueCounts(queue.arrivals, afterDue, problem.grid, queue.openingBacklog, Math.floor(cap.afterHours) - 2);
      for (let h = cap.fromHour; h < cap.toHour; h++) {
        const variable = builder.addVariable(`late[${queue.key}][${cap.afterHours}][${h}]`);
        builder.add(greaterEq(`late[${queue.key}][${cap.afterHours}][${h}]`, sum(variable), sum(vars.backlog[q][h], { terms: [], constant: -young[h] })));
        late.push(term(variable, 1));
        messages += queue.arrivals[h];
      }
      if (cap.fromHour === 0) messages += queue.openingBacklog;
    }
    const slack = slackFor(context, { family: 'late-share', marketplaceId: cap.marketplaceId, fromHour: cap.fromHour, toHour: cap.toHour });
    const lhs = slack === null ? sum(late) : sum(late, term(slack, -1));
    builder.add(lessEq(`late-share[${cap.marketplaceId}][${c}]`, lhs, cap.maxShare * messages));
  });
}
