/** The rotas API's shapes (apps/api/src/rotas/*.dto.ts), as this app reads them. */

import type { AgentFairness, SiteFairness } from '@app/roster';

// the fairness figures travel unchanged from the roster library
export type { AgentFairness, SiteFairness, SpreadStat } from '@app/roster';

export interface RotaCounts {
  seatsPlanned: number;
  seatsFilled: number;
  seatsUnfilled: number;
  agents: number;
  sites: number;
  softBreaches: number;
  pinIssues: number;
}

export interface RotaSummary {
  id: string;
  planId: string;
  /** partial: some seats unfilled or pins not applied. */
  status: 'complete' | 'partial';
  createdAt: string;
  publishedAt: string | null;
  firstDate: string;
  lastDate: string;
  summary: RotaCounts;
}

export interface RotaShiftCell {
  templateId: string;
  localStart: string;
  localEnd: string;
  /** Site-local end date (the next day for overnight shifts). */
  endDate: string;
  startUtc: string;
  endUtc: string;
  paidHours: number;
  marketplaceIds: string[];
  languages: string[];
  night: boolean;
  weekend: boolean;
  pinned: boolean;
  /** The plan's dispatch rule during the shift, one line per part (site-local times); empty when the plan is gone. */
  dispatch: string[];
}

export interface RotaDayCell {
  date: string;
  /** Shifts starting that site-local day (at most one). */
  shifts: RotaShiftCell[];
  holiday: string | null;
  timeOff: boolean;
}

export interface RotaAgentRow {
  id: string;
  name: string;
  siteId: string;
  /** One cell per entry of the rota's dates. */
  days: RotaDayCell[];
}

export interface RotaSite {
  id: string;
  name: string;
  timeZone: string;
  firstDate: string;
  lastDate: string;
  holidays: Array<{ date: string; names: string[]; statutory: boolean; multiplier: number }>;
}

export interface ShiftRef {
  siteId: string;
  templateId: string;
  date: string;
  localStart: string;
}

export interface UnfilledShift {
  shift: ShiftRef;
  localEnd: string;
  startUtc: string;
  endUtc: string;
  planned: number;
  missing: number;
  languages: string[];
  blockers: Record<string, number>;
  message: string;
}

export interface SoftRuleBreach {
  rule: 'two-consecutive-days-off' | 'under-contract-hours' | (string & {});
  agentId: string;
  agentName: string;
  siteId: string;
  weekStart: string;
  weekEnd: string;
  message: string;
}

export interface PinIssue {
  pin: { agentId?: string; shift?: ShiftRef; date?: string; off?: boolean };
  problem: string;
  message: string;
}

export interface Rota extends RotaSummary {
  messages: string[];
  /** Every site-local date of the rota, first to last. */
  dates: string[];
  sites: RotaSite[];
  agents: RotaAgentRow[];
  unfilled: UnfilledShift[];
  softBreaches: SoftRuleBreach[];
  pinIssues: PinIssue[];
}

export interface RotaFairness {
  rotaId: string;
  agents: AgentFairness[];
  sites: SiteFairness[];
}

export interface HolidayRotaDay {
  siteId: string;
  siteName: string;
  date: string;
  weekday: string;
  publicHolidays: string[];
  events: Array<{ id: string; name: string; kind: 'peak' | 'holiday' }>;
  statutory: boolean;
  multiplier: number;
  availabilityCap: { share: number; agents: number } | null;
  crew: Array<{ agentId: string; agentName: string; localStart: string; localEnd: string; paidHours: number }>;
  paidHours: number;
  plannedSeats: number;
  unfilledSeats: number;
  currency: string;
  baseCost: number;
  extraCost: number;
  reportingCurrency: string;
  extraCostReporting: number | null;
}

export interface RotaHolidays {
  rotaId: string;
  days: HolidayRotaDay[];
  /** Extra cost of all holiday days by reporting currency. */
  extraCostReporting: Record<string, number>;
}

/** A stored pin: an agent on one seat of a planned shift, or off a site-local day. */
export interface RotaPin {
  id: number;
  agentId: string;
  shift?: ShiftRef;
  date?: string;
  off?: true;
  createdAt: string;
}

export type NewRotaPin = { agentId: string; shift: ShiftRef } | { agentId: string; date: string; off: true };

export interface RotaStarted {
  jobId: string;
  rotaId: string;
}

/** A plan as the rota page lists it (`GET /api/plans`), to generate a rota from. */
export interface RotaPlanChoice {
  id: string;
  status: string;
  createdAt: string;
  totalCost: number | null;
  reportingCurrency: string;
  grid: { start: string; end: string; hours: number };
}
