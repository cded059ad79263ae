import { isoWeekday } from '@app/domain/time'; // not the index: it would bundle the holiday calendars
import type { Rota, RotaPin, ShiftRef } from '../api/rota.types';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface RotaDateColumn {
  date: string;
  /** "Mon 23". */
  label: string;
  weekend: boolean;
  /** Holiday names of the shown sites that day ("Bonifacio Day (Manila, ×2)"). */
  holidays: string[];
}

/** The rota's dates as grid columns, with the holidays of the sites shown (`siteId` null: every site). */
export function rotaDateColumns(rota: Pick<Rota, 'dates' | 'sites'>, siteId: string | null): RotaDateColumn[] {
  const sites = rota.sites.filter((site) => siteId === null || site.id === siteId);
  return rota.dates.map((date) => {
    const weekday = isoWeekday(date);
    const holidays = sites.flatMap((site) =>
      site.holidays
        .filter((holiday) => holiday.date === date)
        .map((holiday) => `${holiday.names.join(', ')} (${site.name}${holiday.statutory ? `, pay ×${holiday.multiplier}` : ''})`),
    );
    return { date, label: `${WEEKDAYS[weekday - 1]} ${Number(date.slice(8, 10))}`, weekend: weekday >= 6, holidays };
  });
}

export type RotaCellKind = 'shift' | 'off' | 'time-off';

export interface RotaGridCell {
  date: string;
  kind: RotaCellKind;
  /** "02:00–10:00" (site time); "+1" marks an end on the next day. */
  text: string;
  templateId: string | null;
  shift: ShiftRef | null;
  night: boolean;
  weekend: boolean;
  /** Holiday of the agent's site that day. */
  holiday: string | null;
  /** The assignment was forced by a pin. */
  pinned: boolean;
  /** Stored pins naming this agent and day (on a shift of that day, or off it). */
  pinIds: number[];
  /** What to work during the shift, in order, one line per part (the plan's dispatch rule). */
  dispatch: string[];
}

export interface RotaGridRow {
  agentId: string;
  name: string;
  siteId: string;
  /** Paid hours over the rota. */
  hours: number;
  cells: RotaGridCell[];
}

/** Agents (of one site, or all) × dates, each cell the shift starting that day, the agent's leave, or a day off. */
export function rotaGridRows(rota: Pick<Rota, 'agents'>, siteId: string | null, pins: readonly RotaPin[] = []): RotaGridRow[] {
  return rota.agents
    .filter((agent) => siteId === null || agent.siteId === siteId)
    .map((agent) => {
      let hours = 0;
      const cells = agent.days.map((day): RotaGridCell => {
        const pinIds = pins.filter((pin) => pin.agentId === agent.id && (pin.date === day.date || pin.shift?.date === day.date)).map((pin) => pin.id);
        const shift = day.shifts[0];
        if (shift) {
          hours += day.shifts.reduce((sum, s) => sum + s.paidHours, 0);
          return {
            date: day.date,
            kind: 'shift',
            text: `${shift.localStart}–${shift.localEnd}${shift.endDate !== day.date ? ' +1' : ''}`,
            templateId: shift.templateId,
            shift: { siteId: agent.siteId, templateId: shift.templateId, date: day.date, localStart: shift.localStart },
            night: shift.night,
            weekend: shift.weekend,
            holiday: day.holiday,
            pinned: shift.pinned,
            pinIds,
            dispatch: shift.dispatch ?? [],
          };
        }
        return {
          date: day.date,
          kind: day.timeOff ? 'time-off' : 'off',
          text: day.timeOff ? 'leave' : '',
          templateId: null,
          shift: null,
          night: false,
          weekend: false,
          holiday: day.holiday,
          pinned: false,
          pinIds,
          dispatch: [],
        };
      });
      return { agentId: agent.id, name: agent.name, siteId: agent.siteId, hours, cells };
    });
}

export interface ShiftChoice extends ShiftRef {
  localEnd: string;
  /** Agents on it in the rota, and seats still empty. */
  filled: number;
  missing: number;
}

/** Every planned shift of a site on a date (filled or not), to pin an agent onto; by start time. */
export function shiftChoicesOn(rota: Pick<Rota, 'agents' | 'unfilled'>, siteId: string, date: string): ShiftChoice[] {
  const choices = new Map<string, ShiftChoice>();
  const choice = (ref: ShiftRef, localEnd: string) => {
    const key = `${ref.templateId}|${ref.localStart}`;
    let existing = choices.get(key);
    if (!existing) {
      existing = { siteId, templateId: ref.templateId, date, localStart: ref.localStart, localEnd, filled: 0, missing: 0 };
      choices.set(key, existing);
    }
    return existing;
  };
  for (const agent of rota.agents) {
    if (agent.siteId !== siteId) continue;
    for (const day of agent.days) {
      if (day.date !== date) continue;
      for (const shift of day.shifts) choice({ siteId, templateId: shift.templateId, date, localStart: shift.localStart }, shift.localEnd).filled += 1;
    }
  }
  for (const unfilled of rota.unfilled) {
    if (unfilled.shift.siteId !== siteId || unfilled.shift.date !== date) continue;
    choice(unfilled.shift, unfilled.localEnd).missing += unfilled.missing;
  }
  return [...choices.values()].sort((a, b) => a.localStart.localeCompare(b.localStart) || a.templateId.localeCompare(b.templateId));
}
