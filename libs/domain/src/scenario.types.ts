/**
 * The planning setup as plain data: the contract between the scenario file, the database,
 * the API and every domain library. Times of day are site- or buyer-local "HH:mm" strings;
 * dates are local calendar dates "YYYY-MM-DD"; instants are ISO 8601 in UTC.
 */

export const SCENARIO_SCHEMA_VERSION = 2;

/** ISO weekday as luxon numbers it: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Platform = 'amazon' | 'shopify' | 'tiktok-shop' | 'ebay' | 'walmart' | 'other';

/** When the reply clock runs: every hour of the week, or only the marketplace's business hours. */
export type ReplyClock =
  | { kind: 'calendar' }
  | {
      kind: 'business';
      /** Weekdays the clock runs, in the buyers' time zone. */
      days: IsoWeekday[];
      /** Local opening and closing time "HH:mm" (close after open; same day). */
      open: string;
      close: string;
      /** Whether the buyers' country's public holidays stop the clock. */
      holidaysStopClock: boolean;
    };

export interface RealTimeTarget {
  /** Share of contacts answered within `answerWithinSeconds` (e.g. 0.8). */
  serviceLevel: number;
  answerWithinSeconds: number;
}

export interface PriorityClass {
  /** Unique within its marketplace, e.g. "urgent", "standard", "no-reply". */
  id: string;
  name: string;
  /** Share of the marketplace's volume, 0..1; a marketplace's shares sum to 1. */
  share: number;
  /** Reply deadline in hours on the marketplace's reply clock; null when no reply is needed. */
  replyDeadlineHours: number | null;
  /** Average handle time in minutes. */
  handleMinutes: number;
  /** Present for real-time channels (live chat): staffed per hour by Erlang C. */
  realTime?: RealTimeTarget;
}

export interface WaitTarget {
  /** Average first-reply time cap, hours. */
  averageHours?: number;
  /** Optional cap on the share of messages answered later than `afterHours`. */
  lateShare?: { afterHours: number; maxShare: number };
  /** Alternative to hard caps: cost per message-hour of waiting, in the reporting currency. */
  costPerWaitingHour?: number;
}

export interface Marketplace {
  /** Slug, unique, e.g. "amazon-us". */
  id: string;
  name: string;
  platform: Platform;
  /** Buyers' IANA time zone; their behaviour follows this clock. */
  timeZone: string;
  /** Buyers' ISO 3166-1 alpha-2 country, for their public holidays. */
  country: string;
  /** ISO 639-1 codes the buyers write in. */
  languages: string[];
  replyClock: ReplyClock;
  classes: PriorityClass[];
  waitTarget?: WaitTarget;
}

export interface Premiums {
  /** Pay multipliers on the base hourly cost (1 = no premium, 3 = 300 % pay). */
  night: number;
  weekend: number;
  statutoryHoliday: number;
}

export interface Site {
  id: string;
  name: string;
  timeZone: string;
  /** ISO 4217 code of the site's pay. */
  currency: string;
  /** Base hourly cost of one agent, in the site's currency. */
  hourlyCost: number;
  premiums: Premiums;
  /** Local night window "HH:mm"–"HH:mm" (may wrap midnight) in which the night premium applies. */
  nightHours: { start: string; end: string };
  /** ISO 3166-1 alpha-2 country (optionally "CN-GD" style subdivision) for public holidays. */
  holidayCountry: string;
  languages: string[];
  minHeadcount: number;
  maxHeadcount: number;
  /** Share of paid time lost to breaks, meetings, training, absence: 0..1. */
  shrinkage: number;
  /** Share of productive time spent handling messages: 0..1 (default 0.9 when absent). */
  occupancy?: number;
  /** Overtime rules of the site (default: see DEFAULT_OVERTIME in pay-policy.ts). */
  overtime?: OvertimePolicy;
  /**
   * Price of one agent-hour of outsourced cover for this site's staffing gaps (a vendor agent
   * working as one of the site's), flat at every hour, site currency (default: see
   * DEFAULT_VENDOR_RATE_MULTIPLE in pay-policy.ts).
   */
  vendorHourlyRate?: number;
}

/** Hours beyond an agent's weekly contract: paid at `multiplier` × base, at most `maxHoursPerAgentPerWeek`. */
export interface OvertimePolicy {
  multiplier: number;
  maxHoursPerAgentPerWeek: number;
}

/**
 * How an agent is paid. Salaried: the contracted hours are paid whether worked or not (the
 * weekly salary is contract hours × base rate), with premiums on top for night/weekend/
 * statutory-holiday hours worked and overtime beyond the contract. Hourly: every scheduled
 * hour is paid at base rate × premium, overtime beyond the contract at the overtime rate.
 */
export type PayBasis = 'salaried' | 'hourly';

export interface ShiftTemplate {
  id: string;
  siteId: string;
  name: string;
  lengthHours: number;
  paidHours: number;
  /** Allowed local start times "HH:mm". */
  startTimes: string[];
  /** Local weekdays on which the shift may start. */
  days: IsoWeekday[];
}

export interface TimeOff {
  /** Inclusive local dates. */
  start: string;
  end: string;
  reason?: string;
}

export interface Agent {
  id: string;
  name: string;
  siteId: string;
  languages: string[];
  contractHoursPerWeek: number;
  maxConsecutiveDays: number;
  timeOff: TimeOff[];
  /** Default 'salaried' (see pay-policy.ts). */
  payBasis?: PayBasis;
  /** Base pay per hour in the site's currency; default the site's `hourlyCost`. */
  hourlyRate?: number;
  /** Most working days (shift starts) per rota week; default 5 (two days off). */
  maxDaysPerWeek?: number;
  /** Shift templates this agent works; absent: every template of the agent's site. */
  shiftTemplateIds?: string[];
}

export type EventKind = 'peak' | 'holiday';

export interface CalendarEvent {
  id: string;
  name: string;
  kind: EventKind;
  /** Inclusive local dates (the marketplace's or site's own calendar). */
  start: string;
  end: string;
  /** Marketplaces whose volume the event changes (empty: none). */
  marketplaceIds: string[];
  /** Sites whose availability the event changes (empty: none). */
  siteIds: string[];
  /** Volume multiplier on affected marketplaces (e.g. 3 for Prime Day); absent: learn from history. */
  volumeMultiplier?: number;
  /** Largest share of an affected site's headcount on duty, 0..1 (e.g. 0.2 at Chinese New Year). */
  availabilityCap?: number;
}

export interface CurrencyRate {
  /** ISO 4217 code. */
  currency: string;
  /** Value of one unit of `currency` in the reporting currency. */
  toReporting: number;
}

/**
 * Hourly message counts of one marketplace (and class, where known), from `start`
 * (UTC, on the hour) onwards; `null` marks a missing hour (not a zero).
 */
export interface HistorySeries {
  marketplaceId: string;
  classId: string | null;
  start: string;
  counts: (number | null)[];
}

export interface PlanningHorizon {
  /** First local date of the horizon (UTC midnight of this date starts hour 0). */
  start: string;
  weeks: number;
  /** A dated horizon with an opening backlog, or one week repeated (cyclic). */
  mode: 'dated' | 'cyclic';
}

export interface ScenarioFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  name: string;
  /** ISO 4217 code all costs are reported in. */
  reportingCurrency: string;
  horizon?: PlanningHorizon;
  marketplaces: Marketplace[];
  sites: Site[];
  shiftTemplates: ShiftTemplate[];
  agents: Agent[];
  events: CalendarEvent[];
  currencyRates: CurrencyRate[];
  history: HistorySeries[];
}
