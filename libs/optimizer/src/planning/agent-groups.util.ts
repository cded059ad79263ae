import { agentGroupKey, agentTerms, type Agent, type CalendarEvent, type RotaWeekLayout, type ShiftTemplate, type Site } from '@app/domain';
import type { GroupWeek, PlanningGroup } from './planning-problem.types';

/**
 * The named agents of one site as interchangeable groups (same languages, contract, working-day
 * limits, templates and pay basis), with what each group can work per site-local date and rota
 * week: the aggregate limits that make a planned shift mix fillable by these people.
 * `dates` are the site dates the shift options start on; pools are assigned by the caller.
 */
export function siteAgentGroups(
  site: Site,
  siteIndex: number,
  agents: readonly Agent[],
  dates: readonly string[],
  layout: RotaWeekLayout,
  capShareOfDate: readonly number[],
  toReporting: number,
  templates: readonly ShiftTemplate[],
): PlanningGroup[] {
  const byKey = new Map<string, Agent[]>();
  for (const agent of [...agents].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = agentGroupKey(agent, site);
    byKey.set(key, [...(byKey.get(key) ?? []), agent]);
  }
  const weekOfDate = dates.map((date) => layout.weekOf(date));
  const coreOfDate = dates.map((date) => layout.offsetOf(date) === layout.weekOf(date));
  return [...byKey.entries()].map(([key, members]) => {
    const terms = members.map((agent) => agentTerms(agent, site));
    // with shifts of one length a week's hours come in whole shifts: the floor of a member rounds up to them
    const allowed = templates.filter((t) => !terms[0].shiftTemplateIds || terms[0].shiftTemplateIds.includes(t.id));
    const lengths = [...new Set(allowed.map((t) => t.paidHours))];
    const shiftHours = lengths.length === 1 && lengths[0] > 0 ? lengths[0] : null;
    const memberAvailability = members.map((agent) =>
      Uint8Array.from(dates, (date) => ((agent.timeOff ?? []).some((off) => off.start <= date && date <= off.end) ? 0 : 1)),
    );
    const availableByDay = dates.map((_, d) => memberAvailability.reduce((n, days) => n + days[d], 0));
    const weeks: GroupWeek[] = Array.from({ length: layout.weekCount }, (_, w) => {
      let contractHours = 0;
      let mostHours = 0;
      let leastHours = 0;
      let mostStarts = 0;
      let mostOvertime = 0;
      members.forEach((_, m) => {
        const t = terms[m];
        let availableDays = 0;
        let availableShare = 0;
        dates.forEach((__, d) => {
          if (weekOfDate[d] !== w || !memberAvailability[m][d]) return;
          availableDays++;
          if (coreOfDate[d]) availableShare += capShareOfDate[d];
        });
        contractHours += t.contractHoursPerWeek;
        mostHours += t.maxHoursPerWeek;
        // the rota's soft floor: a day of leave or under an availability cap takes its share off the week
        const least = t.minHoursPerWeek * Math.min(1, availableShare / 7);
        leastHours += shiftHours
          ? Math.min(Math.ceil(least / shiftHours - 1e-9) * shiftHours, Math.floor(t.maxHoursPerWeek / shiftHours) * shiftHours, Math.min(t.maxDaysPerWeek, availableDays) * shiftHours)
          : least;
        mostStarts += Math.min(t.maxDaysPerWeek, availableDays);
        mostOvertime += t.maxHoursPerWeek - t.contractHoursPerWeek;
      });
      return { contractHours, mostHours, leastHours, mostStarts, mostOvertime };
    });
    const first = terms[0];
    return {
      key,
      siteIndex,
      poolIndex: -1,
      agentIds: members.map((agent) => agent.id),
      languages: [...new Set(members[0].languages)].sort(),
      templateIds: first.shiftTemplateIds,
      payBasis: first.payBasis,
      baseRate: (terms.reduce((sum, t) => sum + t.hourlyRate, 0) / terms.length) * toReporting,
      overtimeMultiplier: first.overtimeMultiplier,
      availableByDay,
      memberAvailability,
      maxConsecutiveDays: first.maxConsecutiveDays,
      maxDaysPerWeek: first.maxDaysPerWeek,
      weeks,
    };
  });
}

/** Per site date: the smallest availability cap of the site's events on it (1 outside them). */
export function siteCapShareOfDates(site: Site, events: readonly CalendarEvent[], dates: readonly string[]): number[] {
  const relevant = events.filter((e) => e.availabilityCap !== undefined && e.siteIds.includes(site.id));
  return dates.map((date) => relevant.reduce((cap, e) => (e.start <= date && date <= e.end ? Math.min(cap, e.availabilityCap as number) : cap), 1));
}
