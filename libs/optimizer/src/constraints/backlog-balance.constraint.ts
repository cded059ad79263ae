import { equalTo, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { ModelContext } from './model-context';

/** A message waits in its queue until answered: backlog(h) = backlog(h−1) + arrivals(h) − answered(h). */
export function addBacklogBalance(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const hours = problem.grid.hours;
  problem.queues.forEach((queue, q) => {
    if (queue.kind !== 'deferred') return;
    const backlog = vars.backlog[q];
    for (let h = 0; h < hours; h++) {
      const answered: Term[] = [];
      for (const servedBySite of vars.served[q]) if (servedBySite[h] >= 0) answered.push(term(servedBySite[h], -1));
      const previous = h > 0 ? sum(backlog[h - 1]) : problem.grid.mode === 'cyclic' ? sum(backlog[hours - 1]) : { terms: [], constant: queue.openingBacklog };
      builder.add(equalTo(`balance[${queue.key}][${h}]`, sum(backlog[h]), sum(previous, answered, { terms: [], constant: queue.arrivals[h] })));
    }
  });
}
