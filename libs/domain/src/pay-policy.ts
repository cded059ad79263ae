import type { Agent, OvertimePolicy, PayBasis, Site } from './scenario.types';

/**
 * Pay and working-time defaults, in one place: the planner, the rota and the payroll read an
 * agent's terms only through `agentTerms`, so a missing field means the same everywhere.
 */

export const DEFAULT_PAY_BASIS: PayBasis = 'salaried';
/** Time and a half, at most 4 hours a week (a common cap; edit per site). */
export const DEFAULT_OVERTIME: OvertimePolicy = { multiplier: 1.5, maxHoursPerAgentPerWeek: 4 };
/** Five working days, two days off. */
export const DEFAULT_MAX_DAYS_PER_WEEK = 5;
/** Least real elapsed time between two shifts of one agent, hours. */
export const DEFAULT_REST_HOURS = 11;
/** Used when an agent's own `maxConsecutiveDays` is missing or not positive. */
export const DEFAULT_MAX_CONSECUTIVE_DAYS = 6;
/** A week below contract by more than this is a soft-rule breach (under-contract hours). */
export const CONTRACT_HOURS_SHORTFALL_TOLERANCE = 4;

export interface AgentTerms {
  payBasis: PayBasis;
  /** Base pay per hour, site currency. */
  hourlyRate: number;
  contractHoursPerWeek: number;
  /** Contract plus the site's overtime cap: the most paid hours in one rota week. */
  maxHoursPerWeek: number;
  /** Contract less the tolerance: fewer is an under-contract week (soft). */
  minHoursPerWeek: number;
  overtimeMultiplier: number;
  maxDaysPerWeek: number;
  maxConsecutiveDays: number;
  /** Null: every template of the site. */
  shiftTemplateIds: string[] | null;
}

/** A vendor agent-hour costs this multiple of the site's base hourly cost when the site names no vendorHourlyRate (a flat rate at every hour, the vendor's margin on top of pay). */
export const DEFAULT_VENDOR_RATE_MULTIPLE = 1.5;

/** Price of one agent-hour of vendor cover for a site's staffing gap, site currency. */
export function siteVendorHourlyRate(site: Pick<Site, 'hourlyCost' | 'vendorHourlyRate'>): number {
  return site.vendorHourlyRate ?? DEFAULT_VENDOR_RATE_MULTIPLE * site.hourlyCost;
}

export function siteOvertime(site: Pick<Site, 'overtime'>): OvertimePolicy {
  return site.overtime ?? DEFAULT_OVERTIME;
}

/**
 * The agents a plan treats as interchangeable share this key: site, languages, contract,
 * working-day limits, allowed templates and pay basis. A planned shift names the group it was
 * planned for, and the rota seats only that group's members on it.
 */
export function agentGroupKey(agent: Agent, site: Pick<Site, 'id' | 'hourlyCost' | 'overtime'>): string {
  const t = agentTerms(agent, site);
  const languages = [...new Set(agent.languages)].sort().join('+');
  const templates = t.shiftTemplateIds ? t.shiftTemplateIds.join('+') : '*';
  return `${site.id}|${languages}|${t.contractHoursPerWeek}h|${t.maxDaysPerWeek}d|${t.maxConsecutiveDays}c|${templates}|${t.payBasis}`;
}

/** The languages every member of an agent group speaks (the second part of `agentGroupKey`); empty for a key of another shape. */
export function agentGroupLanguages(key: string): string[] {
  const part = key.split('|')[1];
  return part ? part.split('+').filter(Boolean) : [];
}

/** An agent's pay and working-time terms with every default applied. */
export function agentTerms(agent: Agent, site: Pick<Site, 'hourlyCost' | 'overtime'>): AgentTerms {
  const overtime = siteOvertime(site);
  const contract = agent.contractHoursPerWeek;
  return {
    payBasis: agent.payBasis ?? DEFAULT_PAY_BASIS,
    hourlyRate: agent.hourlyRate ?? site.hourlyCost,
    contractHoursPerWeek: contract,
    maxHoursPerWeek: contract + overtime.maxHoursPerAgentPerWeek,
    minHoursPerWeek: Math.max(0, contract - CONTRACT_HOURS_SHORTFALL_TOLERANCE),
    overtimeMultiplier: overtime.multiplier,
    maxDaysPerWeek: agent.maxDaysPerWeek ?? DEFAULT_MAX_DAYS_PER_WEEK,
    maxConsecutiveDays: agent.maxConsecutiveDays > 0 ? agent.maxConsecutiveDays : DEFAULT_MAX_CONSECUTIVE_DAYS,
    shiftTemplateIds: agent.shiftTemplateIds && agent.shiftTemplateIds.length ? [...agent.shiftTemplateIds].sort() : null,
  };
}
