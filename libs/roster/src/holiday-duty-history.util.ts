import type { RotaSite } from './rota-context';
import type { HolidayDutyRecord } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

/** Holiday duty worked in this rota: one record per agent and holiday day worked. */
export function holidayDutyOf(state: SiteRosterState): HolidayDutyRecord[] {
  const records: HolidayDutyRecord[] = [];
  for (const seat of state.site.seats) {
    const a = state.holder[seat.id];
    if (a < 0 || !seat.holiday) continue;
    const record: HolidayDutyRecord = { agentId: state.site.agents[a].agent.id, date: seat.shift.date, holiday: seat.holiday.name };
    if (seat.holiday.dayOfHoliday !== null) record.dayOfHoliday = seat.holiday.dayOfHoliday;
    records.push(record);
  }
  return records.sort(byDateThenAgent);
}

/**
 * The history to store after this rota: past records kept, except those of this rota's
 * agents dated inside their site's horizon (a re-run replaces its own season), plus the new ones.
 */
export function mergeHolidayHistory(history: HolidayDutyRecord[], fresh: HolidayDutyRecord[], sites: RotaSite[]): HolidayDutyRecord[] {
  const horizonOf = new Map<string, { first: string; last: string }>();
  for (const site of sites) {
    for (const agent of site.agents) horizonOf.set(agent.agent.id, { first: site.dates[0], last: site.dates[site.dates.length - 1] });
  }
  const kept = history.filter((record) => {
    const horizon = horizonOf.get(record.agentId);
    return !horizon || record.date < horizon.first || record.date > horizon.last;
  });
  return [...kept, ...fresh].sort(byDateThenAgent);
}

function byDateThenAgent(a: HolidayDutyRecord, b: HolidayDutyRecord): number {
  return a.date.localeCompare(b.date) || a.agentId.localeCompare(b.agentId);
}
