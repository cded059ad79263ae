import { DateTime } from 'luxon';
import type { RotaSite, Seat } from './rota-context';
import type { BlockReason } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

/** The sentences a manager reads: shifts, rule breaches and empty seats in plain words. */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function weekdayName(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en').toFormat('cccc');
}

/** "09:00–17:00 on Sunday 2027-02-07 at Shenzhen". */
export function describeShift(seat: Seat, site: RotaSite): string {
  return `${seat.shift.localStart}–${seat.localEnd} on ${weekdayName(seat.shift.date)} ${seat.shift.date} at ${site.site.name}`;
}

/** "a", "a and b", "a, b and c". */
export const joinWords = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** Why one agent cannot take one seat, as the end of a sentence about that agent. */
export function describeBlock(reason: BlockReason, state: SiteRosterState, a: number, seat: Seat): string {
  const agent = state.site.agents[a];
  switch (reason) {
    case 'wrong-site':
      return `${agent.agent.name} works at another site`;
    case 'language':
      return `${agent.agent.name} does not speak ${joinWords(seat.languages.filter((l) => !agent.languages.has(l)).map(languageName))}`;
    case 'time-off':
      return `${agent.agent.name} is on approved time off`;
    case 'pinned-off':
      return `${agent.agent.name} is pinned off that day`;
    case 'same-shift':
      return `${agent.agent.name} is already on this shift`;
    case 'same-day':
      return `${agent.agent.name} already works another shift that day`;
    case 'availability-cap': {
      const cap = state.site.capOfDay[seat.day];
      return `the ${cap?.eventName} availability cap (${cap?.limit} agents on duty) is reached that day`;
    }
    case 'rest':
      return `${agent.agent.name} would get less than the minimum rest between shifts`;
    case 'consecutive-days':
      return `${agent.agent.name} would work more than ${agent.maxConsecutiveDays} days in a row`;
    case 'template':
      return `${agent.agent.name} does not work ${seat.shift.templateId} shifts`;
    case 'group':
      return `the shift was planned for other agents (${seat.group})`;
    case 'days-per-week': {
      const week = state.site.weeks[seat.week];
      return `${agent.agent.name} already works ${agent.maxDaysPerWeek} days in the week ${week.start} – ${week.end}`;
    }
    case 'weekly-hours': {
      const week = state.site.weeks[seat.week];
      return `${agent.agent.name} would exceed ${agent.maxWeekHours} paid hours in the week ${week.start} – ${week.end}`;
    }
  }
}

/** How a group of agents kept off a seat by one rule is described after "they are …". */
export function describeBlockedGroup(reason: BlockReason, state: SiteRosterState, agents: number[], seat: Seat, restHours: number): string {
  switch (reason) {
    case 'wrong-site':
      return 'at another site';
    case 'language':
      return 'missing a language';
    case 'time-off':
      return 'on approved time off';
    case 'pinned-off':
      return 'pinned off that day';
    case 'same-shift':
      return 'already on this shift';
    case 'same-day':
      return 'already working another shift that day';
    case 'availability-cap': {
      const cap = state.site.capOfDay[seat.day];
      return `held back by the ${cap?.eventName} availability cap of ${Math.round((cap?.share ?? 0) * 100)}% (${cap?.limit} of ${state.site.agents.length} agents on duty)`;
    }
    case 'rest':
      return `short of ${restHours} h rest before or after`;
    case 'consecutive-days': {
      const limits = [...new Set(agents.map((a) => state.site.agents[a].maxConsecutiveDays))];
      return limits.length === 1 ? `at their ${limits[0]}-day limit` : 'at their consecutive-day limit';
    }
    case 'template':
      return 'not on this kind of shift';
    case 'group':
      return 'planned for other shifts (another contract or language group)';
    case 'days-per-week':
      return 'at their working days for the week';
    case 'weekly-hours':
      return 'at their weekly hours limit';
  }
}
