import type { HourGrid, QueueArrivals } from '@app/domain';
import type { RotaAssignment, RotaScenario } from '@app/roster';
import type { ActualMessage } from '../actuals.types';

/** What a lead may change in a rota that is already being worked. */
export interface ReplanRules {
  /** A call-in starts at least this many hours after now (people need time to come in). */
  callInNoticeHours: number;
  /** A shift is cancelled only when it starts at least this many hours after now. */
  cancelNoticeHours: number;
  /** A shift is extended at its end by at most this many hours. */
  maxExtensionHours: number;
  /** At most this many changes are proposed (a lead acts on a short list). */
  maxChanges: number;
}

export const DEFAULT_REPLAN_RULES: ReplanRules = {
  callInNoticeHours: 2,
  cancelNoticeHours: 24,
  maxExtensionHours: 2,
  maxChanges: 8,
};

export interface ReplanInput {
  scenario: RotaScenario;
  /** The rota's grid (its weeks are the contract weeks) and its assignments as they stand. */
  rotaGrid: HourGrid;
  assignments: readonly RotaAssignment[];
  /** "Now", taken at the start of its hour: shifts that started before it stay as they are (they may be extended). */
  asOfUtcMs: number;
  /** The end of the window being re-planned (the plan's grid end). */
  windowEndUtcMs: number;
  /** The expected arrivals per queue from now on (the re-forecast), on an hour grid starting at `arrivalsStartUtcMs`. */
  arrivalsStartUtcMs: number;
  arrivals: readonly QueueArrivals[];
  /** Messages received before now that were not answered by now. */
  openMessages: readonly ActualMessage[];
  /** The share of messages within deadline the plan promised per marketplace: the re-plan tries to keep it. */
  targets: ReadonlyArray<{ marketplaceId: string; slaAttainment: number }>;
  /** Minimum rest between shifts in hours (the rota's option). */
  restHours: number;
  rules?: Partial<ReplanRules>;
}

/** The service the rest of the window gets, per marketplace: of the messages open now or still to come. */
export interface ReplanOutlook {
  marketplaceId: string;
  messages: number;
  late: number;
  slaAttainment: number;
  target: number;
}

export type ReplanChangeKind = 'extend' | 'call-in' | 'cancel';

export interface ReplanChange {
  kind: ReplanChangeKind;
  agentId: string;
  agentName: string;
  siteId: string;
  siteName: string;
  /** The shift before the change (absent for a call-in) and after it (absent for a cancellation), UTC ISO. */
  before: { startUtc: string; endUtc: string } | null;
  after: { startUtc: string; endUtc: string } | null;
  /** Cost of the change in the reporting currency (negative: a saving). */
  cost: number;
  /** Late messages the change avoids (negative: the late messages it adds, for a cancellation). */
  lateAvoided: number;
  /** The change in words a lead acts on: "Extend Li Lei's shift to 22:00 (Wed 9 Dec, Shenzhen); cost +$36". */
  sentence: string;
}

export interface ReplanResult {
  asOfUtc: string;
  windowEndUtc: string;
  reportingCurrency: string;
  /** The rest of the window with the rota as it stands, and with the changes. */
  before: ReplanOutlook[];
  after: ReplanOutlook[];
  changes: ReplanChange[];
  /** Sum of the changes' costs. */
  cost: number;
  /** The rota with the changes made: the new version to publish. */
  assignments: RotaAssignment[];
  /** Sentences for the lead: the summary and what could not be helped. */
  notes: string[];
  rules: ReplanRules;
}
