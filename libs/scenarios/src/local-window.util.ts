import { HOUR_MS, parseTimeOfDay, toLocal, type HourGrid } from '@app/domain';
import type { LocalWeeklyWindow } from './scenario-definition.types';

/**
 * Whether a UTC instant falls inside a weekly window on a local clock (DST-correct: luxon
 * places the instant on that zone's clock). A window whose end is not after its start wraps
 * midnight and belongs to the day it starts on (Mon 22:00–06:00 covers Tue 03:00).
 */
export function isInLocalWindow(utcMs: number, zone: string, window: LocalWeeklyWindow): boolean {
  const local = toLocal(utcMs, zone);
  const minute = local.hour * 60 + local.minute;
  const start = parseTimeOfDay(window.start);
  const end = parseTimeOfDay(window.end);
  const days = window.days as number[];
  if (end > start) return days.includes(local.weekday) && minute >= start && minute < end;
  const previousDay = local.weekday === 1 ? 7 : local.weekday - 1;
  return (days.includes(local.weekday) && minute >= start) || (days.includes(previousDay) && minute < end);
}

/** One flag per hour of the grid: does the hour (by its first minute) fall inside any of the windows? */
export function localWindowHourMask(grid: HourGrid, zone: string, windows: LocalWeeklyWindow[]): boolean[] {
  const startMs = Date.parse(grid.startUtc);
  const mask: boolean[] = [];
  for (let hour = 0; hour < grid.hours; hour++) {
    const utcMs = startMs + hour * HOUR_MS;
    mask.push(windows.some((window) => isInLocalWindow(utcMs, zone, window)));
  }
  return mask;
}
