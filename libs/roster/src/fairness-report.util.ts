import type { RotaObjective } from './rota-objective';
import type { AgentFairness, SiteFairness, SpreadStat } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Spread of a count across agents, raw and after each agent's fair share is taken off. */
export function spreadStat(counts: number[], fairShares: number[]): SpreadStat {
  if (!counts.length) return { min: 0, max: 0, spread: 0, total: 0, shareAdjustedSpread: 0 };
  const deviations = counts.map((count, i) => count - fairShares[i]);
  return {
    min: round2(Math.min(...counts)),
    max: round2(Math.max(...counts)),
    spread: round2(Math.max(...counts) - Math.min(...counts)),
    total: round2(counts.reduce((sum, count) => sum + count, 0)),
    shareAdjustedSpread: round2(Math.max(...deviations) - Math.min(...deviations)),
  };
}

/** Per agent: shifts, hours, nights, weekends, holidays (and past holiday load) against their fair share. */
export function siteFairness(state: SiteRosterState, objective: RotaObjective): { agents: AgentFairness[]; site: SiteFairness } {
  const site = state.site;
  const agents: AgentFairness[] = site.agents.map((agent, a) => {
    const share = objective.fairShare(a);
    let shifts = 0;
    for (const seat of state.seatOnDay[a]) if (seat >= 0) shifts++;
    return {
      agentId: agent.agent.id,
      agentName: agent.agent.name,
      siteId: site.site.id,
      shifts,
      hours: round2(state.weekHours[a].reduce((sum, hours) => sum + hours, 0)),
      nights: state.nights[a],
      weekends: state.weekends[a],
      holidays: state.holidays[a],
      pastHolidayLoad: round2(agent.pastHolidayLoad),
      fairShare: { nights: round2(share.nights), weekends: round2(share.weekends), holidays: round2(share.holidays) },
    };
  });
  const contractShare = site.agents.map((agent) => agent.contractWeekHours.reduce((sum, hours) => sum + hours, 0));
  const totalHours = agents.reduce((sum, agent) => sum + agent.hours, 0);
  const totalContract = contractShare.reduce((sum, hours) => sum + hours, 0);
  return {
    agents,
    site: {
      siteId: site.site.id,
      agents: agents.length,
      hours: spreadStat(
        agents.map((agent) => agent.hours),
        contractShare.map((hours) => (totalContract > 0 ? (hours * totalHours) / totalContract : 0)),
      ),
      nights: spreadStat(agents.map((agent) => agent.nights), agents.map((agent) => agent.fairShare.nights)),
      weekends: spreadStat(agents.map((agent) => agent.weekends), agents.map((agent) => agent.fairShare.weekends)),
      holidays: spreadStat(agents.map((agent) => agent.holidays), agents.map((agent) => agent.fairShare.holidays)),
      holidaysWithHistory: spreadStat(
        agents.map((agent) => agent.holidays + agent.pastHolidayLoad),
        agents.map((agent) => agent.fairShare.holidays + agent.pastHolidayLoad),
      ),
    },
  };
}
