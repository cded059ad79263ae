import { HOUR_MS, formatUtc } from '@app/domain';
import type { PlanningProblem } from '../planning/planning-problem.types';
import type { DispatchRun } from '../plan-result.types';
import { speaksEvery } from '../planning/site-languages.util';
import { FloorReplay } from './floor-replay';

/** Fewer messages than this routed to a site in an hour is solver noise, not routing. */
const ROUTED_EPSILON = 1e-6;

export interface DispatchRuleInput {
  problem: PlanningProblem;
  /** routed[q][slot][h]: messages of queue q the plan answers at its slot-th site in hour h ([] for live chat). */
  routed: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>;
  /** Per queue, the backlog the plan leaves at the end of each hour. */
  plannedBacklog: ReadonlyArray<ArrayLike<number>>;
  /** Per site, agents on duty per hour. */
  onDuty: ReadonlyArray<ArrayLike<number>>;
  /** The planned staffing per language pool and the minutes live chat takes per site, for the orders read off a replay of themselves. */
  floor?: { onDutyByPool: readonly number[][]; chatLoad: readonly number[][] };
}

/** How much worse a rule does, replayed: messages answered late first, then waiting over the targets, then message-hours waited. */
export interface DispatchRuleScore {
  late: number;
  /** Message-hours the marketplaces' average waits lie above their targets. */
  overTargetHours: number;
  waitHours: number;
}

/**
 * Ways to order the queues: earliest deadline first as the plan expects the queues to stand at
 * the start of the hour (when the oldest waiting message is due); the queues the plan empties
 * by the hour's end before those it only works down, since strict priority cannot over-serve an
 * empty queue; or earliest deadline first as the queues do stand at the start of the hour when
 * the floor works by the order being built (with or without the plan's routing first).
 */
type Order = 'planned-head-due' | 'emptied-first' | 'replayed-head-due' | 'replayed-head-due-unrouted';
const ORDERS: readonly Order[] = ['planned-head-due', 'emptied-first', 'replayed-head-due', 'replayed-head-due-unrouted'];

/**
 * Each order is tried as it is and with the queues fewer of the site's language pools can
 * answer first: a site's list is shared by all its agents, and only the specialists take a
 * queue in their language, so putting it first sends them to it and leaves the rest to others.
 */
interface Strategy {
  order: Order;
  specialistsFirst: boolean;
}
const STRATEGIES: readonly Strategy[] = [false, true].flatMap((specialistsFirst) => ORDERS.map((order) => ({ order, specialistsFirst })));

/**
 * The plan's routing turned into a rule agents can follow without quotas: per site and hour,
 * first the queues the plan has the site answer in that hour, then every other queue the site
 * can answer as a fallback, each ordered by one of the strategies above; ties go to the
 * shorter deadline, then to the queue fewer sites can answer. With `score` (a replay), the
 * strategy whose rule scores best is published; the rule itself never depends on the replay.
 * An hour nobody is on duty takes the order of the hour before (the one after at the start),
 * so that runs stay long.
 */
export function deriveDispatchRule(input: DispatchRuleInput, score?: (rule: DispatchRun[]) => DispatchRuleScore): DispatchRun[] {
  const strategies = score ? STRATEGIES.filter((strategy) => input.floor || !strategy.order.startsWith('replayed')) : STRATEGIES.slice(0, 1);
  // strategies that give the same rule (a site with one pool has no specialists) are replayed once
  const candidates = new Map<string, DispatchRun[]>();
  for (const strategy of strategies) {
    const rule = ruleBy(input, strategy);
    const key = JSON.stringify(rule);
    if (!candidates.has(key)) candidates.set(key, rule);
  }
  if (!score || candidates.size === 1) return [...candidates.values()][0];
  const scored = [...candidates.values()].map((rule) => ({ rule, score: score(rule) }));
  scored.sort((a, b) => a.score.late - b.score.late || a.score.overTargetHours - b.score.overTargetHours || a.score.waitHours - b.score.waitHours);
  return scored[0].rule;
}

function ruleBy(input: DispatchRuleInput, strategy: Strategy): DispatchRun[] {
  const { problem, onDuty } = input;
  const hours = problem.grid.hours;
  const runs: DispatchRun[] = [];
  const specialism = poolsAnswering(problem);
  const replayed = strategy.order.startsWith('replayed') ? ordersFromOwnReplay(input, strategy, specialism) : problem.sites.map(() => null);
  problem.sites.forEach((site, s) => {
    const eligible = problem.queues.flatMap((queue, q) => (queue.kind === 'deferred' && queue.siteIndices.includes(s) ? [q] : []));
    if (!eligible.length) return;
    const orders: number[][] = [];
    for (let h = 0; h < hours; h++) orders.push(onDuty[s][h] > 0 && replayed[s] === null ? orderAt(input, strategy, specialism, eligible, s, h) : (replayed[s]?.[h] ?? []));
    fillIdleHours(orders, () => fallbackOrder(problem, eligible));
    let from = 0;
    for (let h = 1; h <= hours; h++) {
      if (h < hours && sameOrder(orders[h], orders[from])) continue;
      runs.push({
        siteId: site.id,
        fromHour: from,
        toHour: h,
        fromUtc: formatUtc(problem.grid.startUtcMs + from * HOUR_MS),
        toUtc: formatUtc(problem.grid.startUtcMs + h * HOUR_MS),
        queues: orders[from].map((q) => problem.queues[q].key),
      });
      from = h;
    }
  });
  return runs;
}

/**
 * Per site and hour, the order in which the floor, working by these very orders, finds its
 * queues' oldest messages due at the start of the hour (the routed queues first if `routedFirst`);
 * for a cyclic week, the last pass's. Idle hours get none.
 */
function ordersFromOwnReplay(input: DispatchRuleInput, strategy: Strategy, specialism: number[][]): number[][][] {
  const routedFirst = strategy.order === 'replayed-head-due';
  const { problem, routed, onDuty } = input;
  const floor = new FloorReplay(problem, input.floor!.onDutyByPool, input.floor!.chatLoad);
  const eligibleAt = problem.sites.map((_, s) => problem.queues.flatMap((queue, q) => (queue.kind === 'deferred' && queue.siteIndices.includes(s) ? [q] : [])));
  const orders = problem.sites.map(() => Array.from({ length: floor.hours }, () => [] as number[]));
  for (let t = 0; t < floor.hours * floor.passes; t++) {
    const h = t % floor.hours;
    floor.arrive(t);
    problem.sites.forEach((_, s) => {
      if (!(onDuty[s][h] > 0)) return void (orders[s][h] = []);
      const key = new Map(
        eligibleAt[s].map((q) => {
          const slot = problem.queues[q].siteIndices.indexOf(s);
          const isRouted = routedFirst && (routed[q]?.[slot]?.[h] ?? 0) > ROUTED_EPSILON;
          return [q, [isRouted ? 0 : 1, strategy.specialistsFirst ? specialism[s][q] : 0, floor.headDue(q)]];
        }),
      );
      orders[s][h] = [...eligibleAt[s]].sort((a, b) => byKey(key.get(a)!, key.get(b)!) || byUrgency(problem, a, b));
    });
    floor.work(t, (p) => ({ order: orders[problem.pools[p].siteIndex][h].filter((q) => floor.eligible[p].includes(q)) }));
  }
  return orders;
}

function orderAt(input: DispatchRuleInput, strategy: Strategy, specialism: number[][], eligible: readonly number[], s: number, h: number): number[] {
  const { problem, routed, plannedBacklog } = input;
  const key = new Map(
    eligible.map((q) => {
      const slot = problem.queues[q].siteIndices.indexOf(s);
      const isRouted = (routed[q]?.[slot]?.[h] ?? 0) > ROUTED_EPSILON;
      const specialists = strategy.specialistsFirst ? specialism[s][q] : 0;
      if (strategy.order === 'planned-head-due') return [q, [isRouted ? 0 : 1, specialists, plannedHeadDue(problem, q, h, plannedBacklog[q])]];
      const emptied = (plannedBacklog[q]?.[h] ?? 0) <= ROUTED_EPSILON;
      return [q, [isRouted ? (emptied ? 0 : 1) : 2, specialists, 0]];
    }),
  );
  return [...eligible].sort((a, b) => byKey(key.get(a)!, key.get(b)!) || byUrgency(problem, a, b));
}

/** Per site and queue, how many of the site's language pools can answer it. */
function poolsAnswering(problem: PlanningProblem): number[][] {
  return problem.sites.map((_, s) =>
    problem.queues.map((queue) => problem.pools.filter((pool) => pool.siteIndex === s && speaksEvery(pool.languages, queue)).length),
  );
}

function byKey(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    // two queues nobody waits in (Infinity − Infinity) are a tie
    const difference = a[i] - b[i];
    if (difference) return Number.isNaN(difference) ? 0 : difference;
  }
  return 0;
}

/**
 * When the oldest message waiting at the start of hour h is due, as the plan has the queue
 * worked (FIFO: the backlog at the end of h − 1 is its newest arrivals); with nothing
 * waiting, when the hour's own arrivals are due.
 */
function plannedHeadDue(problem: PlanningProblem, q: number, h: number, backlog: ArrayLike<number> | undefined): number {
  const queue = problem.queues[q];
  if (queue.kind !== 'deferred') return Infinity;
  const hours = problem.grid.hours;
  const cyclic = problem.grid.mode === 'cyclic';
  if (h === 0 && !cyclic) return queue.openingBacklog > ROUTED_EPSILON ? queue.openingDueHour : queue.dueHour[0];
  let waiting = backlog?.[(h - 1 + hours) % hours] ?? 0;
  if (waiting <= ROUTED_EPSILON) return queue.dueHour[h];
  for (let back = 1; back <= hours; back++) {
    const k = h - back;
    if (k < 0 && !cyclic) return queue.openingDueHour;
    const index = (k + hours) % hours;
    waiting -= queue.arrivals[index];
    if (waiting <= ROUTED_EPSILON) return queue.dueHour[index] - (k < 0 ? hours : 0);
  }
  return queue.dueHour[h];
}

function fallbackOrder(problem: PlanningProblem, eligible: readonly number[]): number[] {
  return [...eligible].sort((a, b) => byUrgency(problem, a, b));
}

function byUrgency(problem: PlanningProblem, a: number, b: number): number {
  const qa = problem.queues[a];
  const qb = problem.queues[b];
  const deadline = (q: typeof qa) => (q.kind === 'deferred' ? q.deadlineHours : 0);
  return deadline(qa) - deadline(qb) || qa.siteIndices.length - qb.siteIndices.length || a - b;
}

function fillIdleHours(orders: number[][], fallback: () => number[]): void {
  const first = orders.find((o) => o.length) ?? fallback();
  let previous = first;
  for (let h = 0; h < orders.length; h++) {
    if (orders[h].length) previous = orders[h];
    else orders[h] = previous;
  }
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((q, i) => q === b[i]);
}
