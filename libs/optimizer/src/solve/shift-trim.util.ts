import { HOURS_PER_WEEK } from '@app/domain';
import type { PlanningModel } from '../planning/planning-model.build';

/**
 * Greedy trim of an integer plan with its message flows held fixed: take agents off the most
 * expensive shifts while every hour they cover keeps the productive minutes the flows use there
 * and the site's weekly minimum hours still hold. Fast (no LP); the caller re-solves the flows.
 */
export function trimShiftCounts(model: PlanningModel, counts: readonly number[], values: readonly number[]): number[] {
  const { problem, vars } = model;
  const hours = problem.grid.hours;
  const weeks = Math.ceil(hours / HOURS_PER_WEEK);

  // spare productive minutes per site and hour: on duty minus what the flows use
  const spare = problem.sites.map(() => new Float64Array(hours));
  problem.shifts.forEach((shift, j) => {
    const perAgent = problem.sites[shift.siteIndex].productiveMinutesPerHour;
    shift.coverHours.forEach((h, i) => (spare[shift.siteIndex][h] += counts[j] * shift.coverShares[i] * perAgent));
  });
  problem.queues.forEach((queue, q) => {
    queue.siteIndices.forEach((s, slot) => {
      const refs = queue.kind === 'deferred' ? vars.served[q][slot] : vars.onLine[q][slot];
      const minutesPerUnit = queue.kind === 'deferred' ? queue.handleMinutes : 60 * problem.sites[s].occupancy;
      for (let h = 0; h < hours; h++) if (refs[h] >= 0) spare[s][h] -= values[refs[h]] * minutesPerUnit;
    });
  });

  // paid hours above each site's weekly minimum (Infinity where no minimum applies)
  const paidPerWeek = (j: number): Float64Array => {
    const shift = problem.shifts[j];
    const paid = new Float64Array(weeks);
    if (shift.lengthHours > 0) {
      shift.coverHours.forEach((h, i) => (paid[Math.floor(h / HOURS_PER_WEEK)] += (shift.coverShares[i] * shift.paidHours) / shift.lengthHours));
    }
    return paid;
  };
  const paidSpare = problem.sites.map((site) => {
    const result = new Float64Array(weeks).fill(Infinity);
    if (site.minHeadcount <= 0) return result;
    for (let w = 0; w < weeks; w++) {
      const from = w * HOURS_PER_WEEK;
      const to = Math.min(hours, from + HOURS_PER_WEEK);
      let availability = 0;
      for (let h = from; h < to; h++) availability += site.availabilityCap[h];
      result[w] = -site.minHeadcount * site.weeklyHoursPerAgent * ((to - from) / HOURS_PER_WEEK) * (availability / (to - from));
    }
    return result;
  });
  counts.forEach((c, j) => {
    const s = problem.shifts[j].siteIndex;
    if (c > 0 && problem.sites[s].minHeadcount > 0) paidPerWeek(j).forEach((p, w) => (paidSpare[s][w] += c * p));
  });

  const trimmed = counts.slice();
  const order = problem.shifts.map((_, j) => j).filter((j) => counts[j] > 0);
  order.sort((a, b) => problem.shifts[b].cost - problem.shifts[a].cost);
  for (const j of order) {
    const shift = problem.shifts[j];
    const s = shift.siteIndex;
    const perAgent = problem.sites[s].productiveMinutesPerHour;
    const paid = problem.sites[s].minHeadcount > 0 ? paidPerWeek(j) : null;
    while (trimmed[j] > 0) {
      const fits = shift.coverHours.every((h, i) => spare[s][h] >= shift.coverShares[i] * perAgent - 1e-7);
      const keepsMinimum = !paid || paid.every((p, w) => paidSpare[s][w] - p >= -1e-7);
      if (!fits || !keepsMinimum) break;
      trimmed[j]--;
      shift.coverHours.forEach((h, i) => (spare[s][h] -= shift.coverShares[i] * perAgent));
      paid?.forEach((p, w) => (paidSpare[s][w] -= p));
    }
  }
  return trimmed;
}
