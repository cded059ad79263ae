import { bestAgentFor } from './construct-rota';
import type { Seat } from './rota-context';
import type { BlockReason } from './rota.types';
import type { SelectionCost } from './selection-cost';
import type { SiteRosterState } from './site-roster-state';

/** Rules another arrangement of the agent's own shifts can lift (unlike languages, leave or a cap). */
const MOVABLE: ReadonlySet<BlockReason> = new Set(['same-day', 'rest', 'consecutive-days', 'days-per-week', 'weekly-hours']);

/**
 * Fills seats the constructive pass left empty by short ejection chains: an agent blocked
 * only by one of their own shifts gives that shift up, takes the empty seat, and the freed
 * shift is placed the same way (up to `depth` more hand-overs). Each seat gets a budget of
 * trial placements, so the search is bounded and deterministic. Returns the seats filled.
 */
export function fillEmptySeats(state: SiteRosterState, selection: SelectionCost, budgetPerSeat: number, depth = 3): number {
  let filled = 0;
  for (const seat of state.site.seats) {
    if (state.holder[seat.id] >= 0) continue;
    const budget = { left: budgetPerSeat };
    if (place(state, selection, seat, depth, budget)) filled++;
  }
  return filled;
}

// An agent may appear twice in a chain (give up Friday night, take Saturday day): the rules
// themselves stop them taking back what they just gave up, and depth and budget bound the search.
function place(state: SiteRosterState, selection: SelectionCost, seat: Seat, depth: number, budget: { left: number }): boolean {
  const direct = bestAgentFor(state, selection, seat);
  if (direct >= 0) {
    state.assign(direct, seat);
    return true;
  }
  if (depth === 0) return false;
  const seats = state.site.seats;
  for (let a = 0; a < state.site.agents.length; a++) {
    const reason = state.blockReason(a, seat);
    if (!reason || !MOVABLE.has(reason)) continue;
    for (const given of state.conflictingSeats(a, seat, reason)) {
      if (--budget.left < 0) return false;
      const freed = seats[given];
      state.unassign(freed);
      if (state.canTake(a, seat)) {
        state.assign(a, seat);
        if (place(state, selection, freed, depth - 1, budget)) return true;
        state.unassign(seat);
      }
      state.assign(a, freed);
    }
  }
  return false;
}
