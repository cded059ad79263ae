import type { PlanningModel } from '../planning/planning-model.build';
import { ShiftCaps } from './shift-caps.util';

const EPSILON = 1e-6;
/**
 * LP counts at least this far above a whole number start one agent up (caps allowing): the
 * LP wanted most of that agent. Measured on the reference instances: 0.6 gave plans 1 % (W4)
 * and 2 % (W13) cheaper than starting from the counts rounded down (W1: the same), and 0.5
 * or 0.9 no better.
 */
const ROUND_UP_FROM = 0.6;

export interface WorkloadCover {
  /** Whole agents per shift option. */
  counts: number[];
  /** Shifts through an hour that a cap left short of the LP's work there: that work must move. */
  capped: number[];
}

/**
 * Whole shift counts that carry the work an LP solution assigned to each site and hour,
 * without an LP re-solve: start from the LP's counts rounded down (up where the LP wanted most
 * of an agent, largest fractions first, caps allowing), then, hour by hour, add an
 * agent to the shift that covers the most of the remaining shortfall per unit of cost, never
 * above a shift's bound, an hour's on-duty cap or the site's weekly paid hours. Where a cap
 * leaves a shortfall (a fractional availability cap, say), the shifts through that hour are
 * reported so the caller can hold them and let the LP move that work elsewhere.
 */
export function coverLpWorkload(model: PlanningModel, values: readonly number[], box: readonly number[], caps: ShiftCaps = new ShiftCaps(model)): WorkloadCover {
  const { problem, vars } = model;
  const hours = problem.grid.hours;
  const counts = vars.shifts.map((v, j) => Math.min(box[j], Math.floor(values[v] + EPSILON)));

  // what to cover per staffing unit and hour, in agents: at a site planned against headcount
  // the LP's work there; for a named team's group the LP's own agents on duty, since only
  // the group's languages and contract fit that work
  const unitOf = (j: number) => (problem.shifts[j].groupIndex >= 0 ? problem.sites.length + problem.shifts[j].groupIndex : problem.shifts[j].siteIndex);
  const units = problem.sites.length + problem.groups.length;
  const target = Array.from({ length: units }, () => new Float64Array(hours));
  problem.queues.forEach((queue, q) => {
    queue.siteIndices.forEach((s, slot) => {
      if (problem.sites[s].groupIndices.length) return;
      const refs = queue.kind === 'deferred' ? vars.served[q][slot] : vars.onLine[q][slot];
      const minutesPerUnit = queue.kind === 'deferred' ? queue.handleMinutes : 60 * problem.sites[s].occupancy;
      const perAgent = problem.sites[s].productiveMinutesPerHour;
      for (let h = 0; h < hours; h++) if (refs[h] >= 0) target[s][h] += (values[refs[h]] * minutesPerUnit) / perAgent;
    });
  });
  problem.shifts.forEach((shift, j) => {
    if (shift.groupIndex < 0) return;
    const x = values[vars.shifts[j]];
    if (x > EPSILON) shift.coverHours.forEach((h, i) => (target[unitOf(j)][h] += x * shift.coverShares[i]));
  });

  const onDuty = Array.from({ length: units }, () => new Float64Array(hours));
  const covering: number[][][] = Array.from({ length: units }, () => Array.from({ length: hours }, () => [] as number[]));
  caps.reset(counts);
  const add = (j: number, agents: number) => {
    const shift = problem.shifts[j];
    shift.coverHours.forEach((h, i) => (onDuty[unitOf(j)][h] += agents * shift.coverShares[i]));
  };
  problem.shifts.forEach((shift, j) => {
    shift.coverHours.forEach((h) => covering[unitOf(j)][h].push(j));
    if (counts[j] > 0) add(j, counts[j]);
  });

  const shortfall = (u: number, h: number) => target[u][h] - onDuty[u][h];
  const fits = (j: number) => counts[j] + 1 <= box[j] && caps.fits(j, 1);
  const place = (j: number) => {
    counts[j]++;
    add(j, 1);
    caps.add(j, 1);
  };
  // shortfall an extra agent on shift j would cover, in agent-hours
  const covered = (j: number) => {
    const shift = problem.shifts[j];
    let total = 0;
    shift.coverHours.forEach((h, i) => (total += Math.min(shift.coverShares[i], Math.max(0, shortfall(unitOf(j), h)))));
    return total;
  };

  const fraction = (j: number) => values[vars.shifts[j]] - counts[j];
  const roundUp = problem.shifts.map((_, j) => j).filter((j) => fraction(j) >= ROUND_UP_FROM);
  roundUp.sort((a, b) => fraction(b) - fraction(a));
  for (const j of roundUp) if (fits(j)) place(j);

  const capped = new Set<number>();
  for (let u = 0; u < units; u++) {
    for (let h = 0; h < hours; h++) {
      while (shortfall(u, h) > EPSILON) {
        let best = -1;
        let bestCostPerHour = Infinity;
        for (const j of covering[u][h]) {
          if (!fits(j)) continue;
          // a zero-cost shift (salaried hours without premium) still wants to cover the most
          const costPerHour = (problem.shifts[j].cost + EPSILON) / Math.max(EPSILON, covered(j));
          if (costPerHour < bestCostPerHour) {
            bestCostPerHour = costPerHour;
            best = j;
          }
        }
        if (best < 0) {
          covering[u][h].forEach((j) => capped.add(j));
          break;
        }
        place(best);
      }
    }
  }
  return { counts, capped: [...capped] };
}
