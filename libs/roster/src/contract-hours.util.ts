import { agentTerms, rotaWeekLayout } from '@app/domain';
import type { RotaInput, RotaResult } from './rota.types';

export interface ContractHoursSummary {
  /** Agents whose every rota week without leave or an availability cap at their site stays within the tolerance of their contract. */
  agentsNearContract: number;
  agents: number;
  /** The largest shortfall below contract in a week without leave or an availability cap, hours. */
  worstWeekShortfallHours: number;
  /** The largest excess over contract in a week, hours (overtime). */
  worstWeekExcessHours: number;
}

/** How close the rota's weeks come to each agent's contract (weeks with leave, or with an availability cap at the agent's site, are not owed a contract). */
export function contractHoursSummary(input: Pick<RotaInput, 'scenario' | 'plan'>, result: Pick<RotaResult, 'assignments'>, tolerance = 4): ContractHoursSummary {
  const layout = rotaWeekLayout(input.plan.grid.startUtc, input.plan.grid.hours);
  const hours = new Map<string, number[]>();
  for (const row of result.assignments) {
    const perWeek = hours.get(row.agentId) ?? new Array<number>(layout.weekCount).fill(0);
    perWeek[layout.weekOf(row.date)] += row.paidHours;
    hours.set(row.agentId, perWeek);
  }
  const sites = new Map(input.scenario.sites.map((site) => [site.id, site]));
  let near = 0;
  let worstShort = 0;
  let worstExcess = 0;
  for (const agent of input.scenario.agents) {
    const site = sites.get(agent.siteId);
    if (!site) continue;
    const contract = agentTerms(agent, site).contractHoursPerWeek;
    const perWeek = hours.get(agent.id) ?? new Array<number>(layout.weekCount).fill(0);
    const during = (span: { start: string; end: string }, w: number) => layout.offsetOf(span.start) <= w && w <= layout.offsetOf(span.end);
    const onLeave = (w: number) => (agent.timeOff ?? []).some((off) => during(off, w));
    // a week in which the site may staff only a share of its team (Chinese New Year) owes nobody their contract
    const capped = (w: number) => input.scenario.events.some((event) => (event.availabilityCap ?? 1) < 1 && event.siteIds.includes(agent.siteId) && during(event, w));
    const short = Math.max(0, ...perWeek.map((h, w) => (onLeave(w) || capped(w) ? 0 : contract - h)));
    const excess = Math.max(0, ...perWeek.map((h) => h - contract));
    if (short <= tolerance + 1e-9 && excess <= tolerance + 1e-9) near++;
    worstShort = Math.max(worstShort, short);
    worstExcess = Math.max(worstExcess, excess);
  }
  return { agentsNearContract: near, agents: input.scenario.agents.length, worstWeekShortfallHours: worstShort, worstWeekExcessHours: worstExcess };
}
