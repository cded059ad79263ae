import type { MethodInput } from './method.types';
import { median } from '../statistics/order-statistics';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { max } = Math;
const { isNaN } = Number;

const PROFILE_WEEKS = 4;

/**
 * Robust multi-week profile: each local hour of the week is the median of that hour over the
 * last four weeks, so one odd week (an outage, a campaign) does not move it. Hours of the week
 * with no value in that window fall back to the whole history, then to the hour of day.
 */
export function weeklyProfileForecast(input: MethodInput): Float64Array {
  const { history, hourOfWeek, hourOfDay, steps } = input;
  const origin = history.length;
  const recent: number[][] = Array.from({ length: 168 }, () => []);
  const windowStart = max(0, origin - PROFILE_WEEKS * 168);
  for (let t = windowStart; t < origin; t++) if (!isNaN(history[t])) recent[hourOfWeek[t]].push(history[t]);
  const profile = new Float64Array(168).fill(Number.NaN);
  for (let k = 0; k < 168; k++) if (recent[k].length) profile[k] = median(recent[k]);
  if (profile.some(isNaN)) fillGaps(profile, history, hourOfWeek, hourOfDay, windowStart);
  const forecast = new Float64Array(steps);
  for (let i = 0; i < steps; i++) forecast[i] = profile[hourOfWeek[origin + i]];
  return forecast;
}

function fillGaps(profile: Float64Array, history: Float64Array, hourOfWeek: Uint8Array, hourOfDay: Uint8Array, windowStart: number): void {
  const older: number[][] = Array.from({ length: 168 }, () => []);
  const byDayHour: number[][] = Array.from({ length: 24 }, () => []);
  const all: number[] = [];
  for (let t = 0; t < history.length; t++) {
    if (isNaN(history[t])) continue;
    if (t < windowStart) older[hourOfWeek[t]].push(history[t]);
    if (t >= windowStart) byDayHour[hourOfDay[t]].push(history[t]);
    all.push(history[t]);
  }
  const overall = all.length ? median(all) : 0;
  for (let k = 0; k < 168; k++) {
    if (!isNaN(profile[k])) continue;
    const dayHour = k % 24;
    profile[k] = older[k].length ? median(older[k]) : byDayHour[dayHour].length ? median(byDayHour[dayHour]) : overall;
  }
}
