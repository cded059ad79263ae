import { weekdayName } from './rota-wording.util';
import type { HolidayRotaDay, RotaScenario } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * For each site day that is a public holiday of the site's calendar or falls in an event
 * affecting the site: the crew on duty (shifts starting that day), the pay multiplier
 * (premiums.statutoryHoliday on statutory days, 1 on other event days) and the premium it
 * costs on top of base pay, in the site currency and — where a rate is given — the
 * reporting currency.
 */
export function holidayRotas(state: SiteRosterState, scenario: RotaScenario): HolidayRotaDay[] {
  const site = state.site;
  const { site: siteData } = site;
  const rate =
    siteData.currency === scenario.reportingCurrency
      ? 1
      : (scenario.currencyRates.find((r) => r.currency === siteData.currency)?.toReporting ?? null);
  const days: HolidayRotaDay[] = [];
  site.dates.forEach((date, day) => {
    const holiday = site.holidayOfDay[day];
    const statutory = holiday?.statutory ?? false;
    const events = site.eventsOfDay[day];
    if (!statutory && !events.length) return;
    const seats = site.seats.filter((seat) => seat.day === day);
    const crew = seats
      .filter((seat) => state.holder[seat.id] >= 0)
      .map((seat) => {
        const agent = site.agents[state.holder[seat.id]].agent;
        return { agentId: agent.id, agentName: agent.name, localStart: seat.shift.localStart, localEnd: seat.localEnd, paidHours: seat.paidHours };
      })
      .sort((a, b) => a.localStart.localeCompare(b.localStart) || a.agentId.localeCompare(b.agentId));
    const paidHours = crew.reduce((sum, member) => sum + member.paidHours, 0);
    const multiplier = statutory ? siteData.premiums.statutoryHoliday : 1;
    const baseCost = paidHours * siteData.hourlyCost;
    const extraCost = baseCost * (multiplier - 1);
    const cap = site.capOfDay[day];
    days.push({
      siteId: siteData.id,
      siteName: siteData.name,
      date,
      weekday: weekdayName(date),
      publicHolidays: statutory && holiday ? holiday.name.split('; ') : [],
      events: events.map((event) => ({ id: event.id, name: event.name, kind: event.kind })),
      statutory,
      multiplier,
      availabilityCap: cap ? { share: cap.share, agents: cap.limit } : null,
      crew,
      paidHours: round2(paidHours),
      plannedSeats: seats.length,
      unfilledSeats: seats.length - crew.length,
      currency: siteData.currency,
      baseCost: round2(baseCost),
      extraCost: round2(extraCost),
      reportingCurrency: scenario.reportingCurrency,
      extraCostReporting: rate === null ? null : round2(extraCost * rate),
    });
  });
  return days;
}
