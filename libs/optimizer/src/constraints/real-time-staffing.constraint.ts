import { greaterEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import { slackFor } from './model-context';
import type { ModelContext } from './model-context';

/** Live chat is answered on the line: at least the Erlang C agents are on line in every hour, across the sites that speak its language. */
export function addRealTimeStaffing(context: ModelContext): void {
  const { builder, problem, vars } = context;
  problem.queues.forEach((queue, q) => {
    if (queue.kind !== 'realTime') return;
    for (let h = 0; h < problem.grid.hours; h++) {
      if (queue.agentsNeeded[h] <= 0) continue;
      const onLine: Term[] = [];
      for (const bySite of vars.onLine[q]) if (bySite[h] >= 0) onLine.push(term(bySite[h], 1));
      const slack = slackFor(context, { family: 'real-time-staffing', marketplaceId: queue.marketplaceId, queueIndex: q, fromHour: h, toHour: h + 1 });
      const lhs = slack === null ? sum(onLine) : sum(onLine, term(slack, 1));
      builder.add(greaterEq(`on-line[${queue.key}][${h}]`, lhs, queue.agentsNeeded[h]));
    }
  });
}
