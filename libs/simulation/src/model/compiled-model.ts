import { ServingTurns, type HourGrid, type Marketplace } from '@app/domain';
import { SimulationError, SimulationErrorCode } from '../simulation-error';
import type { SimulationInput } from '../simulation.types';
import { validateSimulationInput } from '../input/validate-simulation-input.util';
import { buildDeadlineTable } from './deadline-table.util';
import { localHourOfWeekTable, localHourStarts } from './local-clock-memo';
import { compileDispatchOrder, type DispatchOrder } from './dispatch-order.util';
import { buildServerAvailability, type ServerAvailability } from './server-availability.util';

/** Minutes per slot of the buyer-local hour-of-week lookup (fine enough for half-hour zones). */
export const LOCAL_SLOT_MINUTES = 15;

const DEFAULT_OCCUPANCY = 0.9;

/**
 * The input flattened into typed arrays the engines read in their hot loops. Queues are
 * marketplace × class for classes that need a reply and live chats (which take agents' time
 * though they have no reply deadline); pools are sites (or site × planned languages); all times
 * are minutes from the grid's hour 0.
 */
export interface CompiledModel {
  grid: HourGrid;
  gridStartMs: number;
  hours: number;
  /** Grid length in minutes; on a cyclic grid also the length of the repeating cycle. */
  minutes: number;
  cyclic: boolean;

  marketplaces: Marketplace[];
  /** Expected messages of no-reply classes per marketplace (not simulated). */
  noReplyMessages: Float64Array;
  /** Buyer-local hour of week per 15-minute slot of the grid, per marketplace. */
  localHourOfWeek: Int16Array[];
  /** Whether any agent able to answer the marketplace is on duty, per marketplace × hour. */
  teamOnline: Uint8Array;

  queueCount: number;
  queueMarketplace: Int32Array;
  queueClassIds: string[];
  handleMinutes: Float64Array;
  realTime: Uint8Array;
  answerWithinMinutes: Float64Array;
  /** 1 for a queue with a reply deadline: its messages count in the marketplace's and the overall SLA and waits (a live chat without one is judged by its answer time only). */
  hasReplyDeadline: Uint8Array;
  /** Reply deadline; for a live chat without one, its answer-within target. */
  deadlineHours: Float64Array;
  /** Calendar clocks: deadline = arrival + this; NaN where a business clock table applies. */
  deadlineMinutes: Float64Array;
  deadlineTables: (Float64Array | null)[];
  /** Strict-priority rank: lower goes first (shorter deadline first). */
  priorityRank: Int32Array;
  /** Expected arrivals per queue × hour. */
  rate: Float64Array;
  /** Messages waiting at hour 0 per queue (dated grids). */
  openingBacklog: Float64Array;
  /** Replay: arrival minutes (sorted) and their queues. */
  replayTimes: Float64Array | null;
  replayQueues: Int32Array | null;

  poolCount: number;
  poolSiteIds: string[];
  poolTimeZones: string[];
  poolLanguages: (string[] | null)[];
  poolAgents: Float64Array;
  /** Productive agents (after shrinkage) per pool × hour: the occupancy denominator. */
  poolProductive: Float64Array;
  /** Servers (productive × occupancy) per pool × hour: the capacity. */
  poolServers: Float64Array;
  /** Queues each pool may serve: real-time first, then by priority rank; offsets into poolQueueList. */
  poolQueueOffsets: Int32Array;
  poolQueueList: Int32Array;
  poolRealTimeCount: Int32Array;
  /** Who serves first, minute by minute, in the fluid engine (as in the planner's replay): pools serving fewer queues first, equals in turn. */
  servingTurns: ServingTurns;
  /** Pools that may serve each queue; offsets into queuePoolList. */
  queuePoolOffsets: Int32Array;
  queuePoolList: Int32Array;
  /** The plan's dispatch rule per pool × hour, when the input carries one (discipline `dispatch`). */
  dispatch: DispatchOrder | null;

  servers: ServerAvailability;
  warnings: string[];
}

export function compileModel(input: SimulationInput): CompiledModel {
  const issues = validateSimulationInput(input);
  if (issues.length) throw new SimulationError(issues);
  const grid = input.staffing.grid;
  const gridStartMs = Date.parse(grid.startUtc);
  const hours = grid.hours;
  const minutes = hours * 60;
  const cyclic = grid.mode === 'cyclic';
  const warnings: string[] = [];
  const marketplaces = input.marketplaces;

  // queues: marketplace × class needing a reply, and live chats
  const queueMarketplace: number[] = [];
  const queueClassIds: string[] = [];
  const queueIndex = new Map<string, number>();
  const classes: Marketplace['classes'][number][] = [];
  marketplaces.forEach((marketplace, m) => {
    for (const cls of marketplace.classes) {
      if (cls.replyDeadlineHours === null && !cls.realTime) continue;
      queueIndex.set(`${marketplace.id}|${cls.id}`, queueMarketplace.length);
      queueMarketplace.push(m);
      queueClassIds.push(cls.id);
      classes.push(cls);
    }
  });
  const queueCount = classes.length;
  const handleMinutes = Float64Array.from(classes, (cls) => cls.handleMinutes);
  const realTime = Uint8Array.from(classes, (cls) => (cls.realTime ? 1 : 0));
  const answerWithinMinutes = Float64Array.from(classes, (cls) => (cls.realTime ? cls.realTime.answerWithinSeconds / 60 : Infinity));
  const hasReplyDeadline = Uint8Array.from(classes, (cls) => (cls.replyDeadlineHours === null ? 0 : 1));
  const deadlineHours = Float64Array.from(classes, (cls, q) => (hasReplyDeadline[q] ? (cls.replyDeadlineHours as number) : answerWithinMinutes[q] / 60));
  const deadlineTables = classes.map((cls, q) => (hasReplyDeadline[q] ? buildDeadlineTable(gridStartMs, minutes, cls.replyDeadlineHours as number, marketplaces[queueMarketplace[q]]) : null));
  const deadlineMinutes = Float64Array.from(classes, (_, q) => (deadlineTables[q] ? NaN : deadlineHours[q] * 60));
  const rankOrder = [...classes.keys()].sort((a, b) => deadlineHours[a] - deadlineHours[b] || a - b);
  const priorityRank = new Int32Array(queueCount);
  rankOrder.forEach((q, rank) => {
    priorityRank[q] = rank > 0 && deadlineHours[q] === deadlineHours[rankOrder[rank - 1]] ? priorityRank[rankOrder[rank - 1]] : rank;
  });

  // arrivals
  const noReplyMessages = new Float64Array(marketplaces.length);
  const marketplaceIndex = new Map(marketplaces.map((marketplace, m) => [marketplace.id, m]));
  const rate = new Float64Array(queueCount * hours);
  const openingBacklog = new Float64Array(queueCount);
  let replayTimes: Float64Array | null = null;
  let replayQueues: Int32Array | null = null;
  if (input.arrivals.kind === 'expected') {
    for (const queue of input.arrivals.queues) {
      const q = queueIndex.get(`${queue.marketplaceId}|${queue.classId}`);
      if (q === undefined) {
        noReplyMessages[marketplaceIndex.get(queue.marketplaceId) as number] += queue.values.reduce((sum, value) => sum + value, 0);
        continue;
      }
      for (let h = 0; h < hours; h++) rate[q * hours + h] = queue.values[h];
    }
    for (const queue of input.arrivals.openingBacklog ?? []) {
      const q = queueIndex.get(`${queue.marketplaceId}|${queue.classId}`);
      if (q !== undefined) openingBacklog[q] = queue.values.reduce((sum, value) => sum + value, 0);
    }
    if (cyclic && openingBacklog.some((value) => value > 0)) warnings.push('an opening backlog is ignored on a cyclic grid (the week repeats)');
  } else {
    const kept = input.arrivals.messages
      .map((message) => ({ t: (message.receivedUtcMs - gridStartMs) / 60_000, q: queueIndex.get(`${message.marketplaceId}|${message.classId}`) }))
      .filter((message) => message.q !== undefined)
      .sort((a, b) => a.t - b.t);
    for (const message of input.arrivals.messages) {
      if (!queueIndex.has(`${message.marketplaceId}|${message.classId}`)) noReplyMessages[marketplaceIndex.get(message.marketplaceId) as number] += 1;
    }
    replayTimes = Float64Array.from(kept, (message) => message.t);
    replayQueues = Int32Array.from(kept, (message) => message.q as number);
    for (const message of kept) rate[(message.q as number) * hours + Math.floor(message.t / 60)] += 1;
  }

  // pools and who may serve what
  const sites = new Map(input.sites.map((site) => [site.id, site]));
  const pools = input.staffing.pools;
  const poolCount = pools.length;
  const poolAgents = new Float64Array(poolCount * hours);
  const poolProductive = new Float64Array(poolCount * hours);
  const poolServers = new Float64Array(poolCount * hours);
  const poolLanguages = pools.map((pool) => (pool.languages && pool.languages.length ? [...pool.languages] : null));
  const poolQueues: number[][] = [];
  pools.forEach((pool, p) => {
    const site = sites.get(pool.siteId)!;
    const productiveShare = 1 - site.shrinkage;
    const occupancy = site.occupancy ?? DEFAULT_OCCUPANCY;
    for (let h = 0; h < hours; h++) {
      const agents = pool.agentsOnDuty[h];
      poolAgents[p * hours + h] = agents;
      poolProductive[p * hours + h] = agents * productiveShare;
      poolServers[p * hours + h] = agents * productiveShare * occupancy;
    }
    const speaks = new Set((poolLanguages[p] ?? site.languages).map((language) => language.toLowerCase()));
    const served = [...Array(queueCount).keys()].filter((q) => marketplaces[queueMarketplace[q]].languages.some((language) => speaks.has(language.toLowerCase())));
    served.sort((a, b) => realTime[b] - realTime[a] || priorityRank[a] - priorityRank[b] || a - b);
    poolQueues.push(served);
  });
  const poolQueueOffsets = new Int32Array(poolCount + 1);
  poolQueues.forEach((served, p) => (poolQueueOffsets[p + 1] = poolQueueOffsets[p] + served.length));
  const poolQueueList = Int32Array.from(poolQueues.flat());
  const poolRealTimeCount = Int32Array.from(poolQueues, (served) => served.filter((q) => realTime[q]).length);
  const queuePools: number[][] = Array.from({ length: queueCount }, () => []);
  poolQueues.forEach((served, p) => served.forEach((q) => queuePools[q].push(p)));
  const queuePoolOffsets = new Int32Array(queueCount + 1);
  queuePools.forEach((list, q) => (queuePoolOffsets[q + 1] = queuePoolOffsets[q] + list.length));
  const queuePoolList = Int32Array.from(queuePools.flat());
  queuePools.forEach((list, q) => {
    if (list.length === 0 && sumRange(rate, q * hours, hours) + openingBacklog[q] > 0) {
      const marketplace = marketplaces[queueMarketplace[q]];
      warnings.push(`no staffed site speaks ${marketplace.languages.join('/')}: ${marketplace.id} / ${queueClassIds[q]} messages are never answered`);
    }
  });

  const dispatch = input.dispatch?.length
    ? compileDispatchOrder({
        runs: input.dispatch,
        hours,
        queueCount,
        queueIndex: new Map(classes.map((cls, q) => [`${marketplaces[queueMarketplace[q]].id}/${cls.id}`, q])),
        realTime,
        poolSiteIds: pools.map((pool) => pool.siteId),
        poolQueues,
      })
    : null;

  // buyers' clocks
  const slots = Math.ceil(minutes / LOCAL_SLOT_MINUTES);
  const localHourOfWeek = marketplaces.map((marketplace) => localHourOfWeekTable(gridStartMs, slots, LOCAL_SLOT_MINUTES, marketplace.timeZone));
  const teamOnline = new Uint8Array(marketplaces.length * hours);
  for (let q = 0; q < queueCount; q++) {
    const m = queueMarketplace[q];
    for (let i = queuePoolOffsets[q]; i < queuePoolOffsets[q + 1]; i++) {
      const p = queuePoolList[i];
      for (let h = 0; h < hours; h++) if (poolServers[p * hours + h] > 0) teamOnline[m * hours + h] = 1;
    }
  }

  return {
    grid: { ...grid },
    gridStartMs,
    hours,
    minutes,
    cyclic,
    marketplaces,
    noReplyMessages,
    localHourOfWeek,
    teamOnline,
    queueCount,
    queueMarketplace: Int32Array.from(queueMarketplace),
    queueClassIds,
    handleMinutes,
    realTime,
    answerWithinMinutes,
    hasReplyDeadline,
    deadlineHours,
    deadlineMinutes,
    deadlineTables,
    priorityRank,
    rate,
    openingBacklog,
    replayTimes,
    replayQueues,
    poolCount,
    poolSiteIds: pools.map((pool) => pool.siteId),
    poolTimeZones: pools.map((pool) => sites.get(pool.siteId)!.timeZone),
    poolLanguages,
    poolAgents,
    poolProductive,
    poolServers,
    poolQueueOffsets,
    poolQueueList,
    poolRealTimeCount,
    servingTurns: new ServingTurns(poolQueues.map((served) => served.length)),
    queuePoolOffsets,
    queuePoolList,
    dispatch,
    servers: buildServerAvailability(poolServers, poolCount, hours),
    warnings,
  };
}

function sumRange(values: Float64Array, from: number, length: number): number {
  let sum = 0;
  for (let i = from; i < from + length; i++) sum += values[i];
  return sum;
}

/** Buyer- or site-local ISO start of each grid hour. */
export function hourStartsLocal(model: CompiledModel, zone: string): string[] {
  return localHourStarts(model.gridStartMs, model.hours, zone);
}
