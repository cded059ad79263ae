import { lessEq, sum, term } from '../model/linear-expression';
import type { Term } from '../model/linear-expression';
import type { PlanningProblem } from '../planning/planning-problem.types';
import { speaksEvery } from '../planning/site-languages.util';
import type { ModelContext } from './model-context';

/**
 * Work fits the agents on duty who speak its languages: for every set U of a site's language
 * pools, the handling minutes (messages × AHT, plus agents on live chat) of the queues only U
 * can serve stay within U's productive minutes, 60 · occupancy · (1 − shrinkage) per agent on
 * duty (plus any staffing-gap hours). Over every such U this is exactly the condition (Hall's)
 * under which the site's hour can be split among its agents by language; U = every pool is the
 * site's whole capacity.
 */
export function addSiteCapacity(context: ModelContext): void {
  const { builder, problem, vars } = context;
  const onDuty = onDutyTermsByPool(context);
  problem.sites.forEach((site, s) => {
    const slots = queueSlotsAt(problem, s);
    if (!slots.length) return;
    for (const union of poolUnions(slots.map((slot) => slot.poolMask))) {
      const served = slots.filter((slot) => (slot.poolMask & ~union) === 0);
      const pools = site.poolIndices.filter((_, k) => union & (1 << k));
      const label = pools.length === site.poolIndices.length ? '' : `[${pools.map((p) => problem.pools[p].languages.join('+')).join(',')}]`;
      for (let h = 0; h < problem.grid.hours; h++) {
        const work: Term[] = [];
        for (const { q, slot } of served) {
          const queue = problem.queues[q];
          if (queue.kind === 'deferred') {
            const ref = vars.served[q][slot][h];
            if (ref >= 0) work.push(term(ref, queue.handleMinutes));
          } else {
            const ref = vars.onLine[q][slot][h];
            if (ref >= 0) work.push(term(ref, 60 * site.occupancy));
          }
        }
        if (!work.length) continue;
        const capacity: Term[] = [];
        for (const p of pools) {
          for (const [v, share] of onDuty[p][h]) capacity.push(term(v, share * site.productiveMinutesPerHour));
          const gap = vars.gap[p]?.[h] ?? -1;
          if (gap >= 0) capacity.push(term(gap, site.productiveMinutesPerHour));
        }
        builder.add(lessEq(`capacity${label}[${site.id}][${h}]`, sum(work), sum(capacity)));
      }
    }
  });
}

export interface QueueSlot {
  q: number;
  /** Position of the site in queue.siteIndices. */
  slot: number;
  /** Bit k set: the site's k-th pool (site.poolIndices[k]) speaks every language of the queue. */
  poolMask: number;
}

/** The queues a site can serve, each with the pools of the site that can answer it. */
export function queueSlotsAt(problem: PlanningProblem, s: number): QueueSlot[] {
  const site = problem.sites[s];
  const slots: QueueSlot[] = [];
  problem.queues.forEach((queue, q) => {
    const slot = queue.siteIndices.indexOf(s);
    if (slot < 0) return;
    let poolMask = 0;
    site.poolIndices.forEach((p, k) => {
      if (speaksEvery(problem.pools[p].languages, { languages: queue.languages })) poolMask |= 1 << k;
    });
    if (poolMask) slots.push({ q, slot, poolMask });
  });
  return slots;
}

/** Every union of the given pool sets (the sets U whose rows can bind), smallest first. */
function poolUnions(masks: readonly number[]): number[] {
  const unions = new Set<number>(masks);
  let grown = true;
  while (grown) {
    grown = false;
    for (const a of [...unions]) {
      for (const b of masks) {
        if (!unions.has(a | b)) {
          unions.add(a | b);
          grown = true;
        }
      }
    }
  }
  return [...unions].sort((a, b) => popCount(a) - popCount(b) || a - b);
}

function popCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
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

/** Per language pool and hour, the shift variables on duty with the share of the hour each covers. */
export function onDutyTermsByPool(context: Pick<ModelContext, 'problem' | 'vars'>): Term[][][] {
  const { problem, vars } = context;
  const terms: Term[][][] = problem.pools.map(() => Array.from({ length: problem.grid.hours }, () => [] as Term[]));
  problem.shifts.forEach((shift, j) => {
    const pool = shiftPool(problem, j);
    shift.coverHours.forEach((h, i) => terms[pool][h].push(term(vars.shifts[j], shift.coverShares[i])));
  });
  return terms;
}

/** The language pool whose agents work shift option j. */
export function shiftPool(problem: PlanningProblem, j: number): number {
  const shift = problem.shifts[j];
  return shift.groupIndex >= 0 ? problem.groups[shift.groupIndex].poolIndex : problem.sites[shift.siteIndex].poolIndices[0];
}
