import { hasDaysOffPair } from './rota-objective';
import type { RotaOptions, SoftRuleBreach } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The soft rules the finished rota breaks, per agent and week: no two consecutive days off
 * in a full week; fewer paid hours than contract − tolerance (scaled down for days of
 * approved leave and days under an availability cap). Exceeding contract + tolerance is a hard rule and never happens.
 */
export function findSoftBreaches(state: SiteRosterState, options: RotaOptions): SoftRuleBreach[] {
  const site = state.site;
  const breaches: SoftRuleBreach[] = [];
  site.agents.forEach((agent, a) => {
    site.weeks.forEach((week, w) => {
      const base = { agentId: agent.agent.id, agentName: agent.agent.name, siteId: site.site.id, weekStart: week.start, weekEnd: week.end };
      if (week.coreDays.length >= 7 && !hasDaysOffPair(state.seatOnDay[a], week.coreDays)) {
        const worked = week.coreDays.filter((day) => state.seatOnDay[a][day] >= 0).map((day) => site.dates[day]);
        breaches.push({
          ...base,
          rule: 'two-consecutive-days-off',
          message: `${agent.agent.name} has no two consecutive days off in the week ${week.start} – ${week.end} (works ${worked.join(', ')})`,
        });
      }
      const hours = state.weekHours[a][w];
      if (hours < agent.minWeekHours[w] - 1e-9) {
        breaches.push({
          ...base,
          rule: 'under-contract-hours',
          message: `${agent.agent.name} works ${round1(hours)} h in the week ${week.start} – ${week.end}, below the floor of ${round1(agent.minWeekHours[w])} h (${agent.contractHours} h contract − ${options.weeklyHoursTolerance} h tolerance, scaled to the days available)`,
        });
      }
    });
  });
  return breaches;
}
