import { hasDaysOffPair } from './rota-objective';
import type { RotaObjective } from './rota-objective';
import type { Seat } from './rota-context';
import type { SiteRosterState } from './site-roster-state';

const IMPROVEMENT = 1e-9;

export interface ImprovementStats {
  passes: number;
  moves: number;
  swaps: number;
  exchanges: number;
}

/**
 * Local search on a filled rota, hard rules kept at every step, first-improvement in a fixed
 * order (so the same input gives the same rota). Three neighbourhoods:
 * - move: hand a seat to another agent;
 * - swap: two agents trade shifts, on the same day or on days each has free;
 * - exchange: for an agent without two consecutive days off, trade a working day with
 *   another agent's working day in the same week (each keeps their hours).
 * Pinned seats never move. Stops after a pass without improvement or `maxPasses`.
 */
export function improveRota(state: SiteRosterState, objective: RotaObjective, maxPasses: number): ImprovementStats {
  const site = state.site;
  const agentCount = site.agents.length;
  const cost = Float64Array.from({ length: agentCount }, (_, a) => objective.agentCost(a));
  const stats: ImprovementStats = { passes: 0, moves: 0, swaps: 0, exchanges: 0 };
  const seatsByDay: Seat[][] = site.dates.map(() => []);
  for (const seat of site.seats) seatsByDay[seat.day].push(seat);

  const movable = (seat: Seat) => !state.pinned[seat.id] && state.holder[seat.id] >= 0;

  const tryMove = (seat: Seat): boolean => {
    const from = state.unassign(seat);
    const fromCost = objective.agentCost(from);
    let best = -1;
    let bestDelta = -IMPROVEMENT;
    let bestToCost = 0;
    for (let to = 0; to < agentCount; to++) {
      if (to === from || !state.canTake(to, seat)) continue;
      state.assign(to, seat);
      const toCost = objective.agentCost(to);
      state.unassign(seat);
      const delta = fromCost + toCost - cost[from] - cost[to];
      if (delta < bestDelta) {
        best = to;
        bestDelta = delta;
        bestToCost = toCost;
      }
    }
    if (best < 0) {
      state.assign(from, seat);
      return false;
    }
    state.assign(best, seat);
    cost[from] = fromCost;
    cost[best] = bestToCost;
    return true;
  };

  /** Both seats taken away, then handed over crosswise; reverted unless the two agents gain. */
  const tryCross = (first: Seat, second: Seat): boolean => {
    const a = state.unassign(first);
    const b = state.unassign(second);
    if (state.canTake(a, second)) {
      state.assign(a, second);
      if (state.canTake(b, first)) {
        state.assign(b, first);
        const costA = objective.agentCost(a);
        const costB = objective.agentCost(b);
        if (costA + costB - cost[a] - cost[b] < -IMPROVEMENT) {
          cost[a] = costA;
          cost[b] = costB;
          return true;
        }
        state.unassign(first);
      }
      state.unassign(second);
    }
    state.assign(a, first);
    state.assign(b, second);
    return false;
  };

  const sameWork = (x: Seat, y: Seat) =>
    x.startMs === y.startMs && x.endMs === y.endMs && x.paidHours === y.paidHours && x.languages.join() === y.languages.join();

  for (let pass = 0; pass < maxPasses; pass++) {
    stats.passes++;
    let improved = 0;
    for (const seat of site.seats) {
      if (movable(seat) && tryMove(seat)) {
        stats.moves++;
        improved++;
      }
    }
    for (const seats of seatsByDay) {
      for (let i = 0; i < seats.length; i++) {
        for (let j = i + 1; j < seats.length; j++) {
          const first = seats[i];
          const second = seats[j];
          if (!movable(first) || !movable(second) || sameWork(first, second)) continue;
          if (state.holder[first.id] === state.holder[second.id]) continue;
          if (tryCross(first, second)) {
            stats.swaps++;
            improved++;
          }
        }
      }
    }
    improved += swapAcrossDays(state, tryCross, stats);
    improved += exchangeDaysOff(state, tryCross, stats);
    if (!improved) break;
  }
  return stats;
}

/** Two agents trade shifts on different days, each being free on the other's day. */
function swapAcrossDays(state: SiteRosterState, tryCross: (first: Seat, second: Seat) => boolean, stats: ImprovementStats): number {
  const site = state.site;
  const days = site.dates.length;
  let improved = 0;
  for (let a = 0; a < site.agents.length; a++) {
    const mine = state.seatOnDay[a];
    for (let b = a + 1; b < site.agents.length; b++) {
      const theirs = state.seatOnDay[b];
      for (let d1 = 0; d1 < days; d1++) {
        const first = mine[d1];
        if (first < 0 || state.pinned[first] || theirs[d1] >= 0) continue;
        for (let d2 = 0; d2 < days; d2++) {
          const second = theirs[d2];
          if (second < 0 || state.pinned[second] || mine[d2] >= 0 || mine[d1] !== first) continue;
          if (tryCross(site.seats[first], site.seats[second])) {
            stats.swaps++;
            improved++;
          }
        }
      }
    }
  }
  return improved;
}

/** For each agent-week without two consecutive days off, try trading one working day with a colleague. */
function exchangeDaysOff(state: SiteRosterState, tryCross: (first: Seat, second: Seat) => boolean, stats: ImprovementStats): number {
  const site = state.site;
  let improved = 0;
  for (let a = 0; a < site.agents.length; a++) {
    for (const week of site.weeks) {
      if (week.coreDays.length < 7 || hasDaysOffPair(state.seatOnDay[a], week.coreDays)) continue;
      search: for (let b = 0; b < site.agents.length; b++) {
        if (b === a) continue;
        for (const workDay of week.coreDays) {
          const mine = state.seatOnDay[a][workDay];
          if (mine < 0 || state.pinned[mine] || state.seatOnDay[b][workDay] >= 0) continue;
          for (const offDay of week.coreDays) {
            const theirs = state.seatOnDay[b][offDay];
            if (theirs < 0 || state.pinned[theirs] || state.seatOnDay[a][offDay] >= 0) continue;
            if (tryCross(site.seats[mine], site.seats[theirs])) {
              stats.exchanges++;
              improved++;
              break search;
            }
          }
        }
      }
    }
  }
  return improved;
}
