import { isoWeekday } from '@app/domain/time'; // not the index: it would bundle the holiday calendars
import type { PromiseRow } from '../api/auto-reply.types';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface PromiseCell {
  localHourOfWeek: number;
  /** "by 11:00" (same day), "by Tue 02:00" (a later day), "no promise". */
  text: string;
  promiseHours: number | null;
  teamOnline: boolean;
  basis: string;
}

/** "2026-03-02T11:00+01:00" → its local date and time, as written (no zone conversion). */
function localParts(local: string): { date: string; time: string } | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return match ? { date: match[1], time: match[2] } : null;
}

/** When the reply is promised, read on the buyers' clock relative to the arrival day. */
export function promiseText(row: Pick<PromiseRow, 'receivedLocal' | 'replyByLocal'>): string {
  if (!row.replyByLocal) return 'no promise';
  const received = localParts(row.receivedLocal);
  const reply = localParts(row.replyByLocal);
  if (!reply) return 'no promise';
  if (received && received.date === reply.date) return `by ${reply.time}`;
  return `by ${WEEKDAYS[isoWeekday(reply.date) - 1]} ${reply.time}`;
}

/** The week as 24 local hours × 7 days (Monday first): what each arrival hour is promised. */
export function promiseGrid(rows: readonly PromiseRow[]): PromiseCell[][] {
  const byHour = new Map(rows.map((row) => [row.localHourOfWeek, row]));
  return Array.from({ length: 24 }, (_, hour) =>
    Array.from({ length: 7 }, (__, day) => {
      const localHourOfWeek = day * 24 + hour;
      const row = byHour.get(localHourOfWeek);
      return row
        ? { localHourOfWeek, text: promiseText(row), promiseHours: row.promiseHours, teamOnline: row.teamOnline, basis: row.basis }
        : { localHourOfWeek, text: 'no promise', promiseHours: null, teamOnline: false, basis: 'none' };
    }),
  );
}

export interface ReadySentence {
  sentence: string;
  /** Local hours of the week it is for, as ranges ("Mon 20:00–24:00, Tue 20:00–22:00"). */
  hours: string;
  count: number;
}

function hourLabel(hourOfWeek: number): string {
  return `${WEEKDAYS[Math.floor(hourOfWeek / 24)]} ${String(hourOfWeek % 24).padStart(2, '0')}:00`;
}

function rangeLabel(first: number, last: number): string {
  const endHour = (last % 24) + 1;
  const sameDay = Math.floor(first / 24) === Math.floor(last / 24);
  return sameDay ? `${hourLabel(first)}–${String(endHour).padStart(2, '0')}:00` : `${hourLabel(first)} – ${hourLabel(last)}:59`.replace(':00:59', ':59');
}

/**
 * The distinct sentences of the week, each with the arrival hours it fits (consecutive hours
 * joined), in order of first use: what to paste into the platform's auto-reply per time window.
 */
export function readySentences(rows: readonly PromiseRow[]): ReadySentence[] {
  const groups = new Map<string, number[]>();
  for (const row of [...rows].sort((a, b) => a.localHourOfWeek - b.localHourOfWeek)) {
    if (!row.sentence) continue;
    groups.set(row.sentence, [...(groups.get(row.sentence) ?? []), row.localHourOfWeek]);
  }
  return [...groups.entries()].map(([sentence, hours]) => {
    const ranges: string[] = [];
    let start = hours[0];
    let previous = hours[0];
    for (const hour of [...hours.slice(1), Number.NaN]) {
      if (hour === previous + 1) {
        previous = hour;
        continue;
      }
      ranges.push(rangeLabel(start, previous));
      start = hour;
      previous = hour;
    }
    return { sentence, hours: ranges.join(', '), count: hours.length };
  });
}

/** Monday dates of the plan's weeks in the buyers' zone: the weeks a promise table can show. */
export function planWeekStarts(gridStartUtc: string, gridHours: number): string[] {
  const start = Date.parse(gridStartUtc);
  const weeks = Math.max(1, Math.ceil(gridHours / 168));
  return Array.from({ length: weeks }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
}
