import { lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { ModelContext } from './model-context';

/**
 * Work fits the agents on duty: handling minutes (messages × AHT) plus agents on live chat stay
 * within the productive minutes of the site's agents in the hour, 60 · occupancy · (1 − shrinkage)
 * each; a site's hour is split among the queues its languages allow.
 */
export function addSiteCapacity(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const onDuty = onDutyTerms(context);
  problem.sites.forEach((site, s) => {
    for (let h = 0; h < problem.grid.hours; h++) {
      const work: Term[] = [];
      problem.queues.forEach((queue, q) => {
        const slot = queue.siteIndices.indexOf(s);
        if (slot < 0) return;
        if (queue.kind === 'deferred') {
          const served = vars.served[q][slot][h];
          if (served >= 0) work.push(term(served, queue.handleMinutes));
        } else {
          const agents = vars.onLine[q][slot][h];
          if (agents >= 0) work.push(term(agents, 60 * site.occupancy));
        }
      });
      if (!work.length) continue;
      const capacity = onDuty[s][h].map(([v, share]) => term(v, share * site.productiveMinutesPerHour));
      builder.add(lessEq(`capacity[${site.id}][${h}]`, sum(work), sum(capacity)));
    }
  });
}

/** Per site and hour, the shift variables on duty with the share of the hour each covers. */
export function onDutyTerms(context: Pick<ModelContext, 'problem' | 'vars'>): Term[][][] {
  const { problem, vars } = context;
  const terms: Term[][][] = problem.sites.map(() => Array.from({ length: problem.grid.hours }, () => [] as Term[]));
  problem.shifts.forEach((shift, j) => {
    shift.coverHours.forEach((h, i) => terms[shift.siteIndex][h].push(term(vars.shifts[j], shift.coverShares[i])));
  });
  return terms;
}
