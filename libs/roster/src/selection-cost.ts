import { hasDaysOffPair, holidayRotationPenalty } from './rota-objective';
import type { RotaSite, Seat } from './rota-context';
import type { SiteRosterState } from './site-roster-state';

/**
 * How the constructive pass ranks the agents who may take a seat (lower is better): the one
 * furthest below contract this week, with the fewest nights/weekends/holidays for their
 * share, whose scarce languages the seat does not waste, who keeps a pair of days off this
 * week and is not deep into a run of working days. Holiday duty dominates on holidays so
 * last season's crew goes to the back of the line.
 */
export const SELECTION_WEIGHTS = {
  hoursNeed: 2,
  night: 1,
  weekend: 1,
  holiday: 10,
  scarceLanguage: 1.5,
  lastDaysOffPair: 2,
  workRun: 0.5,
};

export class SelectionCost {
  /** Per agent: how needed their rarest required language is (0..1+), when a seat does not use it. */
  private readonly languageScarcity: Map<string, number>;

  constructor(
    private readonly site: RotaSite,
    private readonly state: SiteRosterState,
  ) {
    this.languageScarcity = languageScarcity(site);
  }

  cost(a: number, seat: Seat): number {
    const { site, state } = this;
    const agent = site.agents[a];
    const w = SELECTION_WEIGHTS;
    const share = Math.max(agent.share, 0.05);
    const contract = Math.max(1, agent.contractWeekHours[seat.week]);
    let cost = (w.hoursNeed * (state.weekHours[a][seat.week] + seat.paidHours)) / contract;
    if (seat.night) cost += (w.night * (state.nights[a] + 1)) / share;
    if (seat.weekend) cost += (w.weekend * (state.weekends[a] + 1)) / share;
    if (seat.holiday) {
      cost += w.holiday * ((state.holidays[a] + agent.pastHolidayLoad + 1) / share + holidayRotationPenalty(agent, seat.holiday));
    }
    let scarcity = 0;
    for (const language of agent.languages) {
      if (seat.languages.includes(language)) continue;
      scarcity = Math.max(scarcity, this.languageScarcity.get(language) ?? 0);
    }
    cost += w.scarceLanguage * scarcity;
    const seatOnDay = state.seatOnDay[a];
    const week = site.weeks[seat.week];
    if (week.coreDays.length >= 7 && hasDaysOffPair(seatOnDay, week.coreDays)) {
      seatOnDay[seat.day] = seat.id;
      if (!hasDaysOffPair(seatOnDay, week.coreDays)) cost += w.lastDaysOffPair;
      seatOnDay[seat.day] = -1;
    }
    cost += (w.workRun * state.workRunWith(seatOnDay, seat.day)) / agent.maxConsecutiveDays;
    return cost;
  }
}

/** Paid hours the site's seats need in each language, over the hours its speakers are contracted for. */
function languageScarcity(site: RotaSite): Map<string, number> {
  const demand = new Map<string, number>();
  for (const seat of site.seats) for (const language of seat.languages) demand.set(language, (demand.get(language) ?? 0) + seat.paidHours);
  const scarcity = new Map<string, number>();
  for (const [language, hours] of demand) {
    const supply = site.agents
      .filter((agent) => agent.languages.has(language))
      .reduce((total, agent) => total + agent.contractWeekHours.reduce((sum, h) => sum + h, 0), 0);
    scarcity.set(language, supply > 0 ? hours / supply : 0);
  }
  return scarcity;
}
