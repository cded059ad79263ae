import type { Agent, CurrencyRate, IsoWeekday, PayBasis, Premiums, ScenarioFile, ShiftTemplate, Site } from '@app/domain';

/**
 * A scenario is a named base setup plus overrides ("what if Prime Day triples Amazon US",
 * "what if Manila closes for a week", "what if an outsourcing vendor covers the night").
 * Overrides are plain data, combinable, applied in order to a base `ScenarioFile`.
 * Dates are local calendar dates "YYYY-MM-DD" (inclusive), times of day "HH:mm".
 */

/** A weekly local-time window: on `days`, from `start` to `end` (end exclusive; wraps midnight when end <= start). */
export interface LocalWeeklyWindow {
  days: IsoWeekday[];
  start: string;
  end: string;
}

/** Peak volume: arrivals on the buyers' local dates start..end are multiplied (Prime Day ×3). */
export interface VolumeMultiplierOverride {
  kind: 'volume-multiplier';
  name?: string;
  start: string;
  end: string;
  /** Marketplaces affected; empty or absent: every marketplace. */
  marketplaceIds?: string[];
  multiplier: number;
}

/** Self-service deflection: a share of one class's messages never reaches an agent. */
export interface DeflectionOverride {
  kind: 'deflection';
  marketplaceId: string;
  classId: string;
  /** Share deflected, 0..1 (0.3 = 30 % fewer messages to answer). */
  rate: number;
}

/** A site closure (cap 0) or reduced availability (Chinese New Year, Golden Week) over local dates. */
export interface SiteAvailabilityOverride {
  kind: 'site-availability';
  name?: string;
  siteId: string;
  start: string;
  end: string;
  /** Largest share of the site's headcount on duty, 0..1; 0 = closed. */
  availabilityCap: number;
}

/** Pay changes at one site: a wage rise in percent or a new hourly cost, and changed premiums. */
export interface CostChangeOverride {
  kind: 'cost-change';
  siteId: string;
  /** Percent rise of the base hourly cost (5 = +5 %); exclusive with `hourlyCost`. */
  wageRisePercent?: number;
  /** New base hourly cost in the site's currency; exclusive with `wageRisePercent`. */
  hourlyCost?: number;
  /** Premium multipliers to set (others unchanged). */
  premiums?: Partial<Premiums>;
  /** New local night window for the night premium. */
  nightHours?: { start: string; end: string };
}

/** A new team (e.g. a remote team in another time zone) with its shift templates and, optionally, agents. */
export interface AddSiteOverride {
  kind: 'add-site';
  site: Site;
  shiftTemplates: ShiftTemplate[];
  agents?: Agent[];
  /** Rate of the site's currency when the base scenario has none for it. */
  currencyRate?: CurrencyRate;
}

/**
 * An outsourcing vendor: answers messages in its service hours, in its languages, for a price
 * per message answered, up to a number of messages per hour. The planner may buy it instead of shifts.
 */
export interface Vendor {
  id: string;
  name: string;
  /** IANA zone its service hours are expressed in. */
  timeZone: string;
  /** ISO 3166-1 alpha-2 country of the vendor (its public holidays). */
  country: string;
  serviceHours: LocalWeeklyWindow[];
  languages: string[];
  /** Marketplaces the contract covers; empty or absent: any marketplace whose language it has. */
  marketplaceIds?: string[];
  /** ISO 4217 code of the price. */
  currency: string;
  pricePerMessage: number;
  /** Most messages it answers in one hour. */
  capacityPerHour: number;
  /** First and last local date of the contract (inclusive, its own time zone); absent: open-ended. */
  start?: string;
  end?: string;
}

export interface VendorOverride {
  kind: 'vendor';
  vendor: Vendor;
  /** Rate of the vendor's currency when the base scenario has none for it. */
  currencyRate?: CurrencyRate;
}

/**
 * Auto-reply only in some local hours of a marketplace: a message arriving then gets an instant
 * acknowledgement and still needs a human reply within its platform deadline. Its perceived wait
 * is the acknowledgement (instant), so it does not count against the marketplace's perceived-wait
 * target; the deadline is unchanged and counts from arrival. See docs/scenario-definition.md.
 */
export interface AutoReplyOverride {
  kind: 'auto-reply';
  marketplaceId: string;
  /** Windows in the buyers' local time. */
  windows: LocalWeeklyWindow[];
}

/**
 * Hiring: `count` new agents at a site, available from the site-local date `from`. They copy the
 * terms of `likeAgentId` (languages, contract, pay, templates, working-day limits; not its time
 * off); every field given here overrides the copied one. Without `likeAgentId` they speak the
 * site's languages on a 40-hour contract with the pay-policy defaults. See hire-agents.override.ts.
 */
export interface HireAgentsOverride {
  kind: 'hire-agents';
  siteId: string;
  /** Agents to hire, a whole number ≥ 1. */
  count: number;
  /** An existing agent whose terms the new ones copy (any site; see hire-agents.override.ts). */
  likeAgentId?: string;
  languages?: string[];
  contractHoursPerWeek?: number;
  payBasis?: PayBasis;
  /** Base pay per hour in the site's currency. */
  hourlyRate?: number;
  /** Templates of the site they may work; absent: the template agent's, else every template of the site. */
  shiftTemplateIds?: string[];
  /** First site-local date they work, "YYYY-MM-DD". */
  from: string;
  /** Names are "<prefix> <n>"; default "<site name> hire". */
  namePrefix?: string;
}

/** Leave: the agents named are off on the local dates start..end (inclusive). */
export interface AgentLeaveOverride {
  kind: 'agent-leave';
  agentIds: string[];
  start: string;
  end: string;
  /** Default "leave". */
  reason?: string;
}

/**
 * Moving agents between shifts or sites: `agentIds`, or else the first `count` agents of
 * `fromSiteId` by id, work only `shiftTemplateIds` (templates of the destination site) and/or
 * move to `toSiteId` (both sites' maxHeadcount follow). See move-agents.override.ts.
 */
export interface MoveAgentsOverride {
  kind: 'move-agents';
  fromSiteId: string;
  /** How many of the site's agents, taken in id order; exclusive with `agentIds`. */
  count?: number;
  /** The agents to move, all of `fromSiteId`; exclusive with `count`. */
  agentIds?: string[];
  /** Destination site; absent: they stay at `fromSiteId`. */
  toSiteId?: string;
  /** Templates of the destination site they work from now on. */
  shiftTemplateIds?: string[];
}

export type Override =
  | VolumeMultiplierOverride
  | DeflectionOverride
  | SiteAvailabilityOverride
  | CostChangeOverride
  | AddSiteOverride
  | VendorOverride
  | AutoReplyOverride
  | HireAgentsOverride
  | AgentLeaveOverride
  | MoveAgentsOverride;

export type OverrideKind = Override['kind'];

export interface ScenarioDefinition {
  id: string;
  name: string;
  description?: string;
  /** Re-planned by the nightly refresh. */
  live?: boolean;
  overrides: Override[];
}

/** A definition as stored in a file: the base setup is named by `base` (a path, resolved by the caller). */
export interface ScenarioDefinitionFile extends ScenarioDefinition {
  base: string;
}

/**
 * The base setup with every override applied: a `ScenarioFile` for the planner (closures become
 * calendar events; cost changes, new sites, hires, leave and moves are in it) plus what acts after forecasting
 * (volume multipliers, deflection) and what needs the planner's special handling (vendors, auto-reply).
 */
export interface EffectiveScenario {
  id: string;
  name: string;
  description?: string;
  live: boolean;
  /** The setup the overrides were applied to: its forecast is the scenario's starting volume. */
  base: ScenarioFile;
  scenario: ScenarioFile;
  /** Applied to the forecast arrivals, in order. */
  volumeMultipliers: VolumeMultiplierOverride[];
  deflections: DeflectionOverride[];
  vendors: Vendor[];
  autoReply: AutoReplyOverride[];
}
