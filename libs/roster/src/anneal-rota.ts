import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import type { RotaObjective } from './rota-objective';
import type { SiteRosterState } from './site-roster-state';

export interface AnnealSettings {
  iterations: number;
  seed: number;
  startTemperature: number;
  endTemperature: number;
}

export interface AnnealStats {
  iterations: number;
  accepted: number;
  startCost: number;
  bestCost: number;
}

const FLOAT_STEPS = 1 << 30;

/**
 * Simulated annealing over the same two moves as the local search (hand a seat to another
 * agent; two agents trade seats), hard rules kept at every step. It accepts a worse rota with
 * probability exp(−Δ/T) while T cools geometrically, so it can leave the local optima that
 * tight rotas (few agents, rest and weekend rules pulling against each other) trap a pure
 * descent in. Seeded RNG and an iteration budget: the same input gives the same rota.
 * Ends on the best rota seen.
 */
export function annealRota(state: SiteRosterState, objective: RotaObjective, settings: AnnealSettings): AnnealStats {
  const site = state.site;
  const agentCount = site.agents.length;
  const movable = site.seats.filter((seat) => !state.pinned[seat.id] && state.holder[seat.id] >= 0);
  const stats: AnnealStats = { iterations: 0, accepted: 0, startCost: 0, bestCost: 0 };
  const cost = Float64Array.from({ length: agentCount }, (_, a) => objective.agentCost(a));
  let total = cost.reduce((sum, value) => sum + value, 0);
  stats.startCost = stats.bestCost = total;
  if (movable.length < 2 || agentCount < 2 || settings.iterations <= 0) return stats;

  const rng = xoroshiro128plus(settings.seed);
  const pick = (count: number) => unsafeUniformIntDistribution(0, count - 1, rng);
  const chance = () => unsafeUniformIntDistribution(0, FLOAT_STEPS - 1, rng) / FLOAT_STEPS;
  let best = Int32Array.from(movable, (seat) => state.holder[seat.id]);
  const ratio = settings.endTemperature / settings.startTemperature;

  for (let i = 0; i < settings.iterations; i++) {
    stats.iterations++;
    const temperature = settings.startTemperature * ratio ** (i / settings.iterations);
    const accept = (delta: number) => delta <= 0 || chance() < Math.exp(-delta / temperature);
    const seat = movable[pick(movable.length)];
    const a = state.holder[seat.id];
    if (chance() < 0.5) {
      const b = pick(agentCount);
      if (b === a || state.seatOnDay[b][seat.day] >= 0) continue;
      state.unassign(seat);
      if (!state.canTake(b, seat)) {
        state.assign(a, seat);
        continue;
      }
      state.assign(b, seat);
      const costA = objective.agentCost(a);
      const costB = objective.agentCost(b);
      const delta = costA + costB - cost[a] - cost[b];
      if (!accept(delta)) {
        state.unassign(seat);
        state.assign(a, seat);
        continue;
      }
      cost[a] = costA;
      cost[b] = costB;
      total += delta;
    } else {
      const other = movable[pick(movable.length)];
      const b = state.holder[other.id];
      if (b === a) continue;
      if (other.day !== seat.day && (state.seatOnDay[a][other.day] >= 0 || state.seatOnDay[b][seat.day] >= 0)) continue;
      state.unassign(seat);
      state.unassign(other);
      if (!state.canTake(a, other)) {
        state.assign(a, seat);
        state.assign(b, other);
        continue;
      }
      state.assign(a, other);
      if (!state.canTake(b, seat)) {
        state.unassign(other);
        state.assign(a, seat);
        state.assign(b, other);
        continue;
      }
      state.assign(b, seat);
      const costA = objective.agentCost(a);
      const costB = objective.agentCost(b);
      const delta = costA + costB - cost[a] - cost[b];
      if (!accept(delta)) {
        state.unassign(seat);
        state.unassign(other);
        state.assign(a, seat);
        state.assign(b, other);
        continue;
      }
      cost[a] = costA;
      cost[b] = costB;
      total += delta;
    }
    stats.accepted++;
    if (total < stats.bestCost - 1e-9) {
      stats.bestCost = total;
      best = Int32Array.from(movable, (s) => state.holder[s.id]);
    }
  }

  for (const seat of movable) state.unassign(seat);
  movable.forEach((seat, i) => state.assign(best[i], seat));
  return stats;
}
