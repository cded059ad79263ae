import { isoWeekday } from '@app/domain/time'; // not the index: it would bundle the holiday calendars
import type { PlannedShift } from '../api/plan.types';

export interface ShiftMixRow {
  key: string;
  siteId: string;
  templateId: string;
  /** Site-local start "HH:mm". */
  localStart: string;
  lengthHours: number;
  languages: string[];
  /** Agents starting this shift on each site-local weekday, Monday first, over the whole plan. */
  byWeekday: number[];
  total: number;
}

/**
 * The shift mix: how many agents start each kind of shift (site, template, local start,
 * languages) on each local weekday, in site order then by start time.
 */
export function shiftMixRows(shifts: readonly PlannedShift[], siteOrder: readonly string[] = []): ShiftMixRow[] {
  const rows = new Map<string, ShiftMixRow>();
  for (const shift of shifts) {
    const languages = [...(shift.languages ?? [])].sort();
    const key = [shift.siteId, shift.templateId, shift.localStart, languages.join('+')].join('|');
    let row = rows.get(key);
    if (!row) {
      const lengthHours = (Date.parse(shift.endUtc) - Date.parse(shift.startUtc)) / 3_600_000;
      row = { key, siteId: shift.siteId, templateId: shift.templateId, localStart: shift.localStart, lengthHours, languages, byWeekday: new Array(7).fill(0), total: 0 };
      rows.set(key, row);
    }
    row.byWeekday[isoWeekday(shift.date) - 1] += shift.count;
    row.total += shift.count;
  }
  const order = (siteId: string) => {
    const index = siteOrder.indexOf(siteId);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...rows.values()].sort(
    (a, b) =>
      order(a.siteId) - order(b.siteId) ||
      a.siteId.localeCompare(b.siteId) ||
      a.localStart.localeCompare(b.localStart) ||
      a.templateId.localeCompare(b.templateId) ||
      a.languages.join().localeCompare(b.languages.join()),
  );
}
