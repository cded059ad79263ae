/**
 * What actually happened, as a helpdesk export records it, and the report that sets it against
 * the plan. Times are UTC milliseconds inside the library; the report names buyer-local dates and
 * hours (the marketplace's clock) beside them.
 */

/** One buyer message from a helpdesk export. */
export interface ActualMessage {
  marketplaceId: string;
  /** The marketplace's priority class; null when the export does not say (the report counts it under the marketplace's first class that needs a reply). */
  classId: string | null;
  receivedUtcMs: number;
  /** null: not answered (yet) when the export was taken. */
  firstReplyUtcMs: number | null;
  /** The agent's id or e-mail as the export gives it; null when it names none. */
  agent: string | null;
  siteId: string | null;
}

/** One problem in an actuals file: the same shape as the history import's. */
export interface ActualsCsvIssue {
  /** 1-based line number in the file (the header is line 1); 0 for problems of the whole file. */
  row: number;
  /** The file's column (its own header) the problem is in, or null for a whole line or the file. */
  field: string | null;
  message: string;
}

/**
 * How one helpdesk's export maps onto the actuals columns. The built-in layouts live in
 * `helpdesk-layouts.ts`; a user's mapping file is a JSON object of this shape.
 */
export interface ActualsColumnMapping {
  /** Short name, e.g. "zendesk". */
  name: string;
  /** The export's header for each field; headers are matched case- and space-insensitively. */
  columns: {
    marketplace: string;
    receivedAt: string;
    /** Either the first reply's timestamp … */
    firstReplyAt?: string;
    /** … or the minutes from receipt to the first reply (Zendesk's "First reply time in minutes"). */
    firstReplyMinutes?: string;
    class?: string;
    agent?: string;
    site?: string;
  };
  /** Export values → marketplace ids (e.g. "Amazon.com" → "amazon-us"), matched case-insensitively; a value not listed must already be an id. */
  marketplaceValues?: Record<string, string>;
  /** Export values → class ids. */
  classValues?: Record<string, string>;
  /** Export values → site ids (e.g. a Zendesk group "Lisbon team" → "lisbon"); a value not listed must already be an id. */
  siteValues?: Record<string, string>;
  /** A luxon format for timestamps that are not ISO 8601 (e.g. "dd/MM/yyyy HH:mm"). */
  timestampFormat?: string;
  /** IANA zone of timestamps without an offset, when the helpdesk writes them in one fixed zone. */
  timeZone?: string;
}

export interface ActualsCsvOptions {
  mapping: ActualsColumnMapping;
  /** IANA zone of timestamps written without an offset (overrides the mapping's). */
  timeZone?: string;
  /** The setup the rows may name. */
  marketplaces: { id: string; classIds: string[] }[];
  siteIds: string[];
  /** Most data rows the file may have. */
  maxRows?: number;
}

export type ActualsCsvResult =
  | {
      ok: true;
      messages: ActualMessage[];
      rows: number;
      /** Per marketplace, the span of receipts the file covers (a re-import replaces that span). */
      spans: { marketplaceId: string; firstUtcMs: number; lastUtcMs: number; messages: number }[];
    }
  | { ok: false; errors: ActualsCsvIssue[]; tooManyRows?: { rows: number; limit: number } };

/** A marketplace as the report needs it. */
export interface MonitorMarketplace {
  id: string;
  name: string;
  timeZone: string;
  /** The marketplace's reply clock and the holiday country that may stop it (see `replyDeadline`). */
  replyClock: import('@app/domain').ReplyClock;
  country: string;
  classes: { id: string; name: string; replyDeadlineHours: number | null }[];
}

/** What the plan (and the simulation of its rota) promised, per queue and hour of its grid. */
export interface MonitorPlan {
  planId: string;
  gridStartUtcMs: number;
  gridHours: number;
  queues: {
    marketplaceId: string;
    classId: string;
    /** Forecast arrivals per grid hour. */
    arrivals: number[];
    /** Planned backlog at the end of each grid hour. */
    backlog: number[];
  }[];
  /** The plan's headline promise per marketplace. */
  marketplaces: { marketplaceId: string; slaAttainment: number; averageWaitHours: number; p90WaitHours: number }[];
}

/** The simulation's promise per marketplace, when the plan's rota was simulated. */
export interface MonitorSimulation {
  simulationId: string;
  marketplaces: { marketplaceId: string; slaAttainment: number; averageWaitHours: number; p90WaitHours: number }[];
}

/** A shift of the rota the report checks adherence against. */
export interface MonitorShift {
  agentId: string;
  agentName: string;
  /** The agent's e-mail, when known: exports often name agents by it. */
  email?: string | null;
  siteId: string;
  startUtcMs: number;
  endUtcMs: number;
}

/** The auto-reply's promise for messages received in one UTC hour (from the promise table). */
export interface MonitorReplyPromise {
  marketplaceId: string;
  hourStartUtcMs: number;
  /** The time the auto-reply promised a reply by; null: it promised none. */
  replyByUtcMs: number | null;
}

export interface MonitorInput {
  /** The period reported on, [from, to). */
  fromUtcMs: number;
  toUtcMs: number;
  /** "Now": messages not answered by then are open; late if their deadline has passed. Default `toUtcMs`. */
  asOfUtcMs?: number;
  marketplaces: MonitorMarketplace[];
  /** Every actual received in [from, to) (others are ignored). */
  actuals: ActualMessage[];
  plan: MonitorPlan | null;
  simulation?: MonitorSimulation | null;
  shifts: MonitorShift[];
  promises?: MonitorReplyPromise[];
}

/** Service figures of a set of messages. Waits are hours from receipt to first reply (calendar hours). */
export interface ServiceFigures {
  /** Forecast arrivals in the same period (null without a plan covering it). */
  forecast: number | null;
  received: number;
  answered: number;
  /** Answered by their deadline. */
  answeredInTime: number;
  /** Answered after their deadline, or still open past it at `asOf`. */
  late: number;
  /** Open at `asOf` and not yet due. */
  openNotDue: number;
  /** Hours past the deadline of the late ones (open ones counted up to `asOf`): mean and max; null when none is late. */
  lateByHours: { average: number; max: number } | null;
  /** answeredInTime / (answeredInTime + late), i.e. of the messages with a deadline, received − openNotDue; null when nothing was due. Messages of classes without a deadline are left out. */
  slaAttainment: number | null;
  /**
   * Of the answered ones (answered by `asOf`); null when none was answered. A marketplace's own
   * row (classId null) takes the messages that need a reply, as the plan's figures do; a class's
   * row its own. p90: linear interpolation between order statistics (type 7).
   */
  averageWaitHours: number | null;
  p90WaitHours: number | null;
}

export interface MarketplaceActuals {
  marketplaceId: string;
  /** null: all classes. */
  classId: string | null;
  actual: ServiceFigures;
  /** What the plan and the simulation promised for the marketplace (null: none, and on a class's row: they promise per marketplace). */
  planned: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number } | null;
  simulated: { slaAttainment: number; averageWaitHours: number; p90WaitHours: number } | null;
  /** Per buyer-local date. */
  days: Array<{ date: string } & ServiceFigures>;
  /**
   * Per UTC hour of the period: buyer-local start, UTC start, figures, and the backlog at the
   * hour's end: actual (the period's messages received before it and not answered before it) and
   * planned (the plan's queues; null outside its grid).
   */
  hours: Array<{ localStart: string; startUtc: string; actualBacklog: number; plannedBacklog: number | null } & ServiceFigures>;
}

/**
 * One agent's replies against their shifts, over [from, min(to, asOf)). An hour is a UTC hour of
 * a shift; a partial one (a shift from 09:30) counts as its scheduled part (0.5 h). Replies are
 * the first replies sent in that span; the export's name is matched to a rota agent by agentId
 * or e-mail, case-insensitively.
 */
export interface AgentAdherence {
  agentId: string | null;
  /** The export's name for the agent (id or e-mail) when it matches no rota agent. */
  exportName: string | null;
  agentName: string | null;
  siteId: string | null;
  scheduledHours: number;
  /** Scheduled hours in which the agent sent at least one first reply. */
  scheduledHoursWithReplies: number;
  /** Scheduled hours without any reply. */
  scheduledHoursWithoutReplies: number;
  replies: number;
  /** First replies sent outside the agent's shifts. */
  repliesOutsideShifts: number;
}

export interface SiteAdherence {
  siteId: string;
  scheduledHours: number;
  scheduledHoursWithReplies: number;
  replies: number;
  repliesOutsideShifts: number;
}

/** Whether buyers got their reply by the time the auto-reply promised. */
export interface PromiseCheck {
  marketplaceId: string;
  /** Messages that were promised a time. */
  promised: number;
  kept: number;
  /** Answered after the promised time, or open past it at `asOf`. */
  broken: number;
  /** Open, promised time not yet reached. */
  pending: number;
  /** kept / (kept + broken): of the promises decided by `asOf`; null when none is. */
  keptShare: number | null;
}

export interface MonitorReport {
  fromUtc: string;
  toUtc: string;
  asOfUtc: string;
  planId: string | null;
  simulationId: string | null;
  /** One entry per marketplace (classId null) followed by one per marketplace and class. */
  marketplaces: MarketplaceActuals[];
  agents: AgentAdherence[];
  sites: SiteAdherence[];
  promises: PromiseCheck[];
  /** Sentences for people: the headline and anything off (e.g. "Amazon DE: 31 messages late, by 3.2 h on average"). */
  notes: string[];
}
