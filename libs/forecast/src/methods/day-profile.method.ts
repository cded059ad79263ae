import type { MethodInput } from './method.types';
import { weeklyProfileForecast } from './weekly-profile.method';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs, max, min, round } = Math;
const { isNaN } = Number;

/** Candidate weights of the newest day in the smoothed day level. */
const LEVEL_WEIGHTS = [0.03, 0.06, 0.1, 0.2, 0.35];
/** Weeks of complete days the weekday factors are averaged over. */
const FACTOR_WEEKS = 12;
/** A day's intraday shape counts half as much as the one of the same weekday a few weeks later. */
const PROFILE_HALF_LIFE_WEEKS = 4;
/** Complete days needed before the day level says more than the weekly profile. */
const MIN_COMPLETE_DAYS = 14;
/** The level's in-sample errors are scored on days after this many complete days. */
const LEVEL_BURN_IN_DAYS = 14;
/** Candidate weights of the shared working-day profile in a working weekday's profile. */
const POOLING_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];
/** The pooling weight is chosen on this many of the last weeks, each shared out by profiles of the days before it. */
const POOLING_VALIDATION_WEEKS = 4;
/** A weekday under this share of the busiest weekday's volume is a rest day: its shape is its own. */
const REST_DAY_SHARE = 0.5;

/** One local day of the history: its weekday (0 = Monday), first hour and end, and its total if complete. */
interface HistoryDay {
  weekday: number;
  start: number;
  end: number;
  /** Sum over the day's open hours; NaN when one of them is missing (a gap, a special day). */
  total: number;
}

/**
 * Day level × intraday profile, the call-centre model of Ibrahim & L'Ecuyer (2013) and Taylor
 * (2008): the volume of a day is a smoothed level of the recent days (each divided by its
 * weekday's factor) times that weekday's factor; its hours share it out as that weekday's
 * profile, averaged over many weeks with the recent ones weighing more. A day's volume moves
 * with the level (slow growth, a busy season) while the hourly shape, which is much steadier,
 * is learned from far more days than a four-week profile sees, and a working weekday's shape is
 * pulled toward the shape the working weekdays share as far as that predicted the last weeks
 * better. The level's weight is chosen by the in-sample error of the day totals forecast as far
 * ahead as the forecast will be used.
 */
export function dayProfileForecast(input: MethodInput): Float64Array {
  const { history, hourOfWeek, hourOfDay, steps } = input;
  const origin = history.length;
  const days = historyDays(history, hourOfWeek, origin);
  const complete = days.filter((day) => !isNaN(day.total));
  if (complete.length < MIN_COMPLETE_DAYS) return weeklyProfileForecast(input);
  const factors = weekdayFactors(complete);
  const leadDays = max(1, min(7, round(input.targetHorizon / 24)));
  const level = smoothedLevel(complete, factors, bestLevelWeight(complete, factors, leadDays));
  const profiles = pooledProfiles(history, hourOfDay, complete, factors);
  const forecast = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const t = origin + i;
    const weekday = (hourOfWeek[t] / 24) | 0;
    forecast[i] = max(0, level * factors[weekday] * profiles[weekday][hourOfDay[t]]);
  }
  return forecast;
}

/**
 * The local days before `origin`, in order. A day is complete when every hour of it that its
 * weekday has ever had a count at is known: closed hours (never counted) do not make a
 * business-hours day incomplete, a missing open hour does.
 */
export function historyDays(history: Float64Array, hourOfWeek: Uint8Array, origin: number): HistoryDay[] {
  const everKnown = new Uint8Array(168);
  for (let t = 0; t < origin; t++) if (!isNaN(history[t])) everKnown[hourOfWeek[t]] = 1;
  const days: HistoryDay[] = [];
  let start = 0;
  for (let t = 1; t <= origin; t++) {
    if (t < origin && ((hourOfWeek[t] / 24) | 0) === ((hourOfWeek[start] / 24) | 0)) continue;
    let total = 0;
    for (let s = start; s < t; s++) {
      if (!everKnown[hourOfWeek[s]]) continue;
      total += history[s];
    }
    days.push({ weekday: (hourOfWeek[start] / 24) | 0, start, end: t, total });
    start = t;
  }
  // a first or last day cut by the history's edges is not a whole day
  return days.filter((day) => day.end - day.start >= 23);
}

/**
 * Each weekday's volume relative to the average weekday, over the last FACTOR_WEEKS weeks of
 * complete days (a weekday never complete in that window gets the oldest figure available, else 1).
 */
export function weekdayFactors(complete: readonly HistoryDay[]): Float64Array {
  const sums = new Float64Array(7);
  const counts = new Float64Array(7);
  const newest = complete[complete.length - 1].start;
  for (let d = complete.length - 1; d >= 0; d--) {
    const day = complete[d];
    if (newest - day.start >= FACTOR_WEEKS * 168 && counts[day.weekday] > 0) continue;
    sums[day.weekday] += day.total;
    counts[day.weekday]++;
  }
  const means = new Float64Array(7);
  let meanOfMeans = 0;
  let weekdays = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    if (!counts[weekday]) continue;
    means[weekday] = sums[weekday] / counts[weekday];
    meanOfMeans += means[weekday];
    weekdays++;
  }
  meanOfMeans /= weekdays;
  const factors = new Float64Array(7).fill(1);
  if (meanOfMeans > 0) for (let weekday = 0; weekday < 7; weekday++) if (counts[weekday]) factors[weekday] = means[weekday] / meanOfMeans;
  return factors;
}

/** Exponentially smoothed day level of the weekday-adjusted totals, oldest first; the level after the last day. */
export function smoothedLevel(complete: readonly HistoryDay[], factors: Float64Array, weight: number): number {
  return levelPath(complete, factors, weight)[complete.length - 1];
}

function levelPath(complete: readonly HistoryDay[], factors: Float64Array, weight: number): Float64Array {
  const path = new Float64Array(complete.length);
  // start from the first week's mean so the first days do not pull the level alone
  let level = 0;
  let counted = 0;
  for (let d = 0; d < min(complete.length, 7); d++) {
    if (factors[complete[d].weekday] <= 0) continue;
    level += complete[d].total / factors[complete[d].weekday];
    counted++;
  }
  if (counted) level /= counted;
  for (let d = 0; d < complete.length; d++) {
    // a weekday that is always closed says nothing about the level
    const factor = factors[complete[d].weekday];
    if (factor > 0) level = weight * (complete[d].total / factor) + (1 - weight) * level;
    path[d] = level;
  }
  return path;
}

/** The level weight whose level, 1 … `leadDays` complete days old, forecast the later days' totals best. */
function bestLevelWeight(complete: readonly HistoryDay[], factors: Float64Array, leadDays: number): number {
  let best = LEVEL_WEIGHTS[0];
  let bestError = Number.POSITIVE_INFINITY;
  for (const weight of LEVEL_WEIGHTS) {
    const path = levelPath(complete, factors, weight);
    let error = 0;
    // the level at an origin serves every day up to the horizon: score it at each of those leads
    for (let d = max(LEVEL_BURN_IN_DAYS, leadDays); d < complete.length; d++) {
      for (let lead = 1; lead <= leadDays; lead++) error += abs(complete[d].total - path[d - lead] * factors[complete[d].weekday]);
    }
    if (error < bestError) {
      bestError = error;
      best = weight;
    }
  }
  return best;
}

/**
 * Per weekday, the share of the day's volume in each local hour of day: each complete day's
 * shares, weighted by 0.5^(weeks ago / PROFILE_HALF_LIFE_WEEKS). A 25-hour DST day adds its
 * repeated hour to that hour's share; a 23-hour day has none for the skipped hour.
 */
export function intradayProfiles(history: Float64Array, hourOfDay: Uint8Array, complete: readonly HistoryDay[]): Float64Array[] {
  const profiles = Array.from({ length: 7 }, () => new Float64Array(24));
  const weights = new Float64Array(7);
  const newest = complete[complete.length - 1].start;
  for (const day of complete) {
    if (day.total <= 0) continue;
    const weight = 0.5 ** ((newest - day.start) / (168 * PROFILE_HALF_LIFE_WEEKS));
    const profile = profiles[day.weekday];
    for (let t = day.start; t < day.end; t++) if (!isNaN(history[t])) profile[hourOfDay[t]] += (weight * history[t]) / day.total;
    weights[day.weekday] += weight;
  }
  for (let weekday = 0; weekday < 7; weekday++) if (weights[weekday] > 0) for (let hour = 0; hour < 24; hour++) profiles[weekday][hour] /= weights[weekday];
  return profiles;
}

/**
 * The working weekdays (not rest days: at least REST_DAY_SHARE of the busiest weekday's volume)
 * of `factors`, by index 0 = Monday.
 */
export function workingWeekdays(factors: Float64Array): boolean[] {
  const busiest = max(...factors);
  return Array.from(factors, (factor) => factor >= REST_DAY_SHARE * busiest);
}

/** The working weekdays' profiles averaged: the shape they share. */
export function sharedProfile(profiles: readonly Float64Array[], working: readonly boolean[]): Float64Array {
  const shared = new Float64Array(24);
  let count = 0;
  profiles.forEach((profile, weekday) => {
    if (!working[weekday]) return;
    for (let hour = 0; hour < 24; hour++) shared[hour] += profile[hour];
    count++;
  });
  if (count) for (let hour = 0; hour < 24; hour++) shared[hour] /= count;
  return shared;
}

/** Each working weekday's profile pulled toward the shared one by `weight`; rest days keep theirs. */
export function shrinkProfiles(profiles: readonly Float64Array[], working: readonly boolean[], weight: number): Float64Array[] {
  const shared = sharedProfile(profiles, working);
  return profiles.map((profile, weekday) => (working[weekday] ? profile.map((share, hour) => (1 - weight) * share + weight * shared[hour]) : profile));
}

/**
 * Intraday profiles with shrinkage (Ibrahim & L'Ecuyer 2013): the working weekdays of a series
 * mostly share one intraday shape, which five days a week estimate far better than one; a
 * weekday's own profile keeps what really differs. The weight toward the shared shape is the one
 * whose profiles, computed from the days before each of the last few weeks, shared out those
 * weeks' actual day totals best (absolute hourly error); rest days keep their own shape.
 */
export function pooledProfiles(history: Float64Array, hourOfDay: Uint8Array, complete: readonly HistoryDay[], factors: Float64Array): Float64Array[] {
  const working = workingWeekdays(factors);
  const profiles = intradayProfiles(history, hourOfDay, complete);
  if (working.filter(Boolean).length < 2) return profiles;
  const errors = new Float64Array(POOLING_WEIGHTS.length);
  let validated = 0;
  for (let week = 1; week <= POOLING_VALIDATION_WEEKS; week++) {
    const cut = complete[complete.length - 1].end - week * 168;
    const before = complete.filter((day) => day.end <= cut);
    if (before.length < MIN_COMPLETE_DAYS) break;
    const earlier = intradayProfiles(history, hourOfDay, before);
    const candidates = POOLING_WEIGHTS.map((weight) => shrinkProfiles(earlier, working, weight));
    for (const day of complete) {
      if (day.start < cut || day.start >= cut + 168 || !working[day.weekday]) continue;
      validated++;
      candidates.forEach((candidate, c) => {
        for (let t = day.start; t < day.end; t++) if (!isNaN(history[t])) errors[c] += abs(history[t] - day.total * candidate[day.weekday][hourOfDay[t]]);
      });
    }
  }
  if (!validated) return profiles;
  let best = 0;
  for (let c = 1; c < POOLING_WEIGHTS.length; c++) if (errors[c] < errors[best]) best = c;
  return shrinkProfiles(profiles, working, POOLING_WEIGHTS[best]);
}
