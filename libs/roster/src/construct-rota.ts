import { DayStatus } from './rota-context';
import type { Seat } from './rota-context';
import type { SelectionCost } from './selection-cost';
import type { SiteRosterState } from './site-roster-state';

/**
 * Constructive pass: day by day in site-local order; within a day the hardest seats first
 * (fewest agents who could ever take them: languages, time off, pins), then by start time.
 * Each seat goes to the eligible agent with the lowest selection cost (ties: agent order).
 */
export function constructRota(state: SiteRosterState, selection: SelectionCost): void {
  const site = state.site;
  const candidates = site.seats.map((seat) => staticCandidates(state, seat));
  const byDay: Seat[][] = site.dates.map(() => []);
  for (const seat of site.seats) byDay[seat.day].push(seat);
  for (const seats of byDay) {
    seats.sort((a, b) => candidates[a.id] - candidates[b.id] || a.startMs - b.startMs || a.id - b.id);
    for (const seat of seats) {
      if (state.holder[seat.id] >= 0) continue;
      const best = bestAgentFor(state, selection, seat);
      if (best >= 0) state.assign(best, seat);
    }
  }
}

/** The eligible agent with the lowest selection cost, −1 when none may take the seat. */
export function bestAgentFor(state: SiteRosterState, selection: SelectionCost, seat: Seat): number {
  let best = -1;
  let bestCost = Infinity;
  for (let a = 0; a < state.site.agents.length; a++) {
    if (!state.canTake(a, seat)) continue;
    const cost = selection.cost(a, seat);
    if (cost < bestCost - 1e-12) {
      best = a;
      bestCost = cost;
    }
  }
  return best;
}

/** Agents who speak the seat's languages and are neither on leave nor pinned off. */
function staticCandidates(state: SiteRosterState, seat: Seat): number {
  let count = 0;
  for (const agent of state.site.agents) {
    if (!seat.languages.every((language) => agent.languages.has(language))) continue;
    if (agent.status[seat.day] !== DayStatus.Available || agent.status[seat.endDay] !== DayStatus.Available) continue;
    count++;
  }
  return count;
}
