import type { DispatchRun, HourGrid, Marketplace, QueueArrivals, Site } from '@app/domain';

/**
 * The simulator's contract: plain data in, plain data out, so a CLI, a Nest job or the web app
 * can call it the same way. Times inside are minutes on the plan's UTC hour grid; results are
 * reported per marketplace in the buyers' local time.
 */

/** Fluid: expected volumes as a continuous flow; poisson / overdispersed: seeded random arrivals; replay: real timestamps. */
export type ArrivalMode = 'fluid' | 'poisson' | 'overdispersed' | 'replay';

/**
 * Which waiting message a free agent takes among the queues it may serve (real-time queues always
 * go first): `dispatch` follows the plan's published rule (`SimulationInput.dispatch`), the
 * default when the input carries one; `edf` earliest deadline first across every queue the agent
 * can answer; `priority` shortest deadline class first; `fifo` oldest message first.
 */
export type QueueDiscipline = 'dispatch' | 'edf' | 'priority' | 'fifo';

export type HandleTimeDistribution = 'exponential' | 'fixed';

/**
 * Agents on duty per hour of one pool: a site's agents, or the part of them planned for certain
 * languages (a shift with `languages`). Values may be fractional (a shift covering half an hour).
 * Shrinkage and occupancy are applied by the simulation, not here.
 */
export interface StaffingPool {
  siteId: string;
  /** Languages this pool's agents answer in; absent: the site's languages. */
  languages?: string[];
  agentsOnDuty: number[];
}

export interface SiteStaffing {
  grid: HourGrid;
  pools: StaffingPool[];
}

/** One real message, for replay. */
export interface ReplayMessage {
  receivedUtcMs: number;
  marketplaceId: string;
  classId: string;
}

export type ArrivalInput =
  | { kind: 'expected'; queues: QueueArrivals[]; openingBacklog?: QueueArrivals[] }
  | { kind: 'replay'; messages: ReplayMessage[] };

export interface SimulationInput {
  marketplaces: Marketplace[];
  sites: Site[];
  staffing: SiteStaffing;
  arrivals: ArrivalInput;
  /** The plan's dispatch rule (docs/plan-dispatch-rule.md): agents work the queues it lists for their site and hour, in order. */
  dispatch?: DispatchRun[];
}

export interface SimulationProgress {
  /** Replications finished (fluid: 0 or 1). */
  completed: number;
  total: number;
  fraction: number;
}

export interface SimulationOptions {
  /** Default: `fluid` for expected volumes, `replay` for real messages. */
  mode?: ArrivalMode;
  /** Stochastic replications (default 100; replay with fixed handle times: 1). */
  replications?: number;
  seed?: number;
  /** Default `dispatch` when the input carries the plan's rule, otherwise `edf`. */
  discipline?: QueueDiscipline;
  /** Default `exponential` (the Erlang C assumption); fluid always uses the mean. */
  handleTime?: HandleTimeDistribution;
  /** Coefficient of variation of the daily volume multiplier per marketplace (overdispersed mode), default 0.25. */
  dispersion?: number;
  /** SLA attainment target for the probability of falling below it (default 0.95). */
  slaTarget?: number;
  /** Confidence of the auto-reply promise (default 0.9). */
  promiseConfidence?: number;
  /** Keep up to this many answered messages of the first measured replication (default 0). */
  traceLimit?: number;
  onProgress?: (progress: SimulationProgress) => void;
  signal?: AbortSignal;
}

/** Mean and 90 % band (5th–95th percentile over replications) of one figure. */
export interface Band {
  mean: number;
  low: number;
  high: number;
}

export interface HourlyBand {
  mean: number[];
  low: number[];
  high: number[];
}

/** First-reply time over all replications pooled, hours. */
export interface PooledWait {
  averageHours: number;
  p50Hours: number;
  p90Hours: number;
  p99Hours: number;
}

export interface WorstHour {
  /** Buyer-local hour of the week of arrival, 0 = Monday 00:00–00:59. */
  localHourOfWeek: number;
  /** e.g. "Sun 23:00–24:00". */
  label: string;
  averageWaitHours: number;
}

/** Figures every level (queue, marketplace) reports. */
export interface ServiceFigures {
  /** Messages needing a reply per replication. */
  messagesBand: Band;
  /** Share answered within the deadline on the marketplace's reply clock. */
  slaAttainment: Band;
  /** Share of replications whose SLA attainment fell below `slaTarget`. */
  probabilitySlaBelowTarget: number;
  /** First-reply time (reply sent; real-time: answered), hours. */
  averageWaitHours: Band;
  p50WaitHours: Band;
  p90WaitHours: Band;
  p99WaitHours: Band;
  pooledWait: PooledWait;
  /** Messages still waiting when the horizon ended (dated) or a week later (cyclic). */
  unanswered: Band;
  worstHour: WorstHour | null;
  /** Mean first-reply time by buyer-local hour of week of arrival (0 where nothing arrived). */
  waitByLocalHourOfWeek: number[];
  /** Messages per replication by buyer-local hour of week of arrival. */
  messagesByLocalHourOfWeek: number[];
  /** Messages waiting (not yet picked up) at the end of each grid hour. */
  backlogByHour: HourlyBand;
}

export interface QueueResult extends ServiceFigures {
  marketplaceId: string;
  classId: string;
  realTime: boolean;
  /** Reply deadline, hours; for a live chat without one, its answer-within target (and the queue stays out of the marketplace's deadline figures). */
  deadlineHours: number;
  /** Real-time classes: share answered within `answerWithinSeconds`. */
  serviceLevel: Band | null;
}

export interface MarketplaceResult extends ServiceFigures {
  marketplaceId: string;
  name: string;
  timeZone: string;
  country: string;
  languages: string[];
  /** Mean messages per replication needing a reply. */
  messages: number;
  /** Expected messages of classes that need no reply (not simulated; live chats are simulated, and not counted here). */
  noReplyMessages: number;
  /** Buyer-local start of each grid hour, ISO with offset. */
  hourStartsLocal: string[];
  /**
   * Per grid hour of arrival: minutes after the hour's start by which `promiseConfidence` of the
   * messages arriving in that hour had their reply (null: nothing arrived, or later than a week).
   */
  replyByMinutes: (number | null)[];
  /** Per grid hour: whether any agent who can answer this marketplace is on duty. */
  teamOnline: boolean[];
}

export interface PoolResult {
  siteId: string;
  languages: string[] | null;
  agentsOnDuty: number[];
  /** Busy share of productive time (after shrinkage) over the horizon. */
  occupancy: Band;
  occupancyByHour: number[];
  hourStartsLocal: string[];
}

export interface TracedMessage {
  marketplaceId: string;
  classId: string;
  receivedUtc: string;
  answeredUtc: string;
  repliedUtc: string;
  siteId: string;
  withinDeadline: boolean;
}

export interface SimulationResult {
  status: 'completed' | 'aborted';
  mode: ArrivalMode;
  discipline: QueueDiscipline;
  handleTime: HandleTimeDistribution;
  replications: number;
  seed: number;
  slaTarget: number;
  promiseConfidence: number;
  grid: HourGrid;
  messages: Band;
  slaAttainment: Band;
  probabilitySlaBelowTarget: number;
  averageWaitHours: Band;
  marketplaces: MarketplaceResult[];
  queues: QueueResult[];
  pools: PoolResult[];
  warnings: string[];
  trace?: TracedMessage[];
}
