import type { HolidayDay, RotaAgent, RotaSite } from './rota-context';
import type { SiteRosterState } from './site-roster-state';

/**
 * What the improvement pass minimises, agent by agent (seats stay filled, so the site's
 * totals and hence each agent's fair share are fixed while it runs):
 * - nights, weekends and holiday duty (this horizon plus the recency-weighted past) close to
 *   the agent's fair share — squared, so two agents one off each beat one agent two off;
 * - holiday duty away from agents who worked the same holiday (and the same day of it) in past seasons;
 * - two consecutive days off in every full week (soft rule);
 * - weekly paid hours not below contract − tolerance (soft rule), and near the contract.
 */
export const OBJECTIVE_WEIGHTS = {
  nightShare: 2,
  weekendShare: 2,
  holidayShare: 1.5,
  holidayRotation: 3,
  missingDaysOffPair: 2,
  /** Per 8 hours short of the weekly floor. */
  underHours: 1.5,
  /** Per (8 hours from the contract)². */
  hoursBalance: 0.05,
};

/** How strongly past seasons argue against giving this holiday (day) to the agent again. */
export function holidayRotationPenalty(agent: RotaAgent, holiday: HolidayDay): number {
  let penalty = 0;
  for (const past of agent.pastHolidays) {
    if (past.key !== holiday.key) continue;
    const sameDay = past.dayOfHoliday !== null && past.dayOfHoliday === holiday.dayOfHoliday;
    penalty += past.weight * (sameDay ? 3 : 1);
  }
  return penalty;
}

/** Whether the week (site day indexes, in order) holds two adjacent days without a shift. */
export function hasDaysOffPair(seatOnDay: Int32Array, days: number[]): boolean {
  for (let i = 1; i < days.length; i++) if (seatOnDay[days[i - 1]] < 0 && seatOnDay[days[i]] < 0) return true;
  return false;
}

export class RotaObjective {
  private readonly nightTarget: Float64Array;
  private readonly weekendTarget: Float64Array;
  private readonly holidayTarget: Float64Array;

  constructor(
    private readonly site: RotaSite,
    private readonly state: SiteRosterState,
  ) {
    const agents = site.agents;
    const sum = (values: Int32Array) => values.reduce((total, value) => total + value, 0);
    const pastTotal = agents.reduce((total, agent) => total + agent.pastHolidayLoad, 0);
    const perShare = (total: number) => Float64Array.from(agents, (agent) => (agent.share * total) / Math.max(1, agents.length));
    this.nightTarget = perShare(sum(state.nights));
    this.weekendTarget = perShare(sum(state.weekends));
    this.holidayTarget = perShare(sum(state.holidays) + pastTotal);
  }

  fairShare(a: number): { nights: number; weekends: number; holidays: number } {
    return {
      nights: this.nightTarget[a],
      weekends: this.weekendTarget[a],
      holidays: Math.max(0, this.holidayTarget[a] - this.site.agents[a].pastHolidayLoad),
    };
  }

  agentCost(a: number): number {
    const { state, site } = this;
    const agent = site.agents[a];
    const w = OBJECTIVE_WEIGHTS;
    let cost =
      w.nightShare * (state.nights[a] - this.nightTarget[a]) ** 2 +
      w.weekendShare * (state.weekends[a] - this.weekendTarget[a]) ** 2 +
      w.holidayShare * (state.holidays[a] + agent.pastHolidayLoad - this.holidayTarget[a]) ** 2;
    const seatOnDay = state.seatOnDay[a];
    if (agent.pastHolidays.length && state.holidays[a] > 0) {
      for (let day = 0; day < seatOnDay.length; day++) {
        const seat = seatOnDay[day];
        const holiday = seat >= 0 ? site.seats[seat].holiday : null;
        if (holiday) cost += w.holidayRotation * holidayRotationPenalty(agent, holiday);
      }
    }
    const weekHours = state.weekHours[a];
    site.weeks.forEach((week, index) => {
      const hours = weekHours[index];
      const shortfall = agent.minWeekHours[index] - hours;
      if (shortfall > 1e-9) cost += (w.underHours * shortfall) / 8;
      cost += w.hoursBalance * ((hours - agent.contractWeekHours[index]) / 8) ** 2;
      if (week.coreDays.length >= 7 && !hasDaysOffPair(seatOnDay, week.coreDays)) cost += w.missingDaysOffPair;
    });
    return cost;
  }
}
