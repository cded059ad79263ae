import type { DayClassification, DayKind } from './day-classification';
import { isSpecialDay } from './day-classification';
import type { HourCalendar } from './hour-calendar';
import { normalDayExpectation } from './normal-day-expectation';
import { hoursOfDayIn, knownHoursOfWeek } from './open-hours';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { abs } = Math;
const { isNaN } = Number;

export type SpecialDayKind = Exclude<DayKind, 'normal'>;

/**
 * How a holiday (or its eve, or the day after it) is forecast: with the hourly shape of
 * `analogWeekday` (null: of its own weekday) times `scale`. Learned from such days in the
 * history when there are any; otherwise a holiday looks like the week's quietest weekday, and an
 * eve or a day after like an ordinary day.
 */
export interface SpecialDayRule {
  kind: SpecialDayKind;
  analogWeekday: number | null;
  scale: number;
  source: 'learned' | 'default' | 'none';
  learnedFrom: number;
}

const MIN_KNOWN_SHARE = 0.75;

/** Learns one rule per special-day kind from the days before `origin`. */
export function learnSpecialDayRules(
  calendar: HourCalendar,
  values: Float64Array,
  classification: DayClassification,
  origin: number,
): Record<SpecialDayKind, SpecialDayRule> {
  return {
    holiday: learnRule('holiday', calendar, values, classification, origin),
    'holiday-eve': learnRule('holiday-eve', calendar, values, classification, origin),
    'after-holiday': learnRule('after-holiday', calendar, values, classification, origin),
  };
}

function learnRule(kind: SpecialDayKind, calendar: HourCalendar, values: Float64Array, classification: DayClassification, origin: number): SpecialDayRule {
  // candidate 0 = the day's own weekday, candidates 1..7 = that ISO weekday's shape
  const actuals: number[][] = Array.from({ length: 8 }, () => []);
  const expected: number[][] = Array.from({ length: 8 }, () => []);
  let occurrences = 0;
  const open = knownHoursOfWeek(calendar, values, origin);
  for (let day = 0; day < calendar.dates.length && calendar.dayEnd[day] <= origin; day++) {
    if (classification.kinds[day] !== kind || classification.excluded[day] || classification.eventOf[day] !== null) continue;
    if (knownShare(values, calendar.dayStart[day], calendar.dayEnd[day]) < MIN_KNOWN_SHARE * (hoursOfDayIn(calendar, open, day) / (calendar.dayEnd[day] - calendar.dayStart[day]))) continue;
    const expectations: Float64Array[] = [];
    for (let weekday = 1; weekday <= 7; weekday++) {
      const expectation = normalDayExpectation(calendar, values, classification, day, weekday, origin);
      if (!expectation) break;
      expectations.push(expectation);
    }
    if (expectations.length < 7) continue;
    occurrences++;
    const own = calendar.weekdays[day];
    for (let t = calendar.dayStart[day]; t < calendar.dayEnd[day]; t++) {
      const actual = values[t];
      const hour = calendar.hourOfDay[t];
      if (isNaN(actual)) continue;
      for (let candidate = 0; candidate < 8; candidate++) {
        // no neighbour day ever had this hour: that weekday is closed then, so it expects nothing
        const typical = expectations[(candidate === 0 ? own : candidate) - 1][hour];
        actuals[candidate].push(actual);
        expected[candidate].push(isNaN(typical) ? 0 : typical);
      }
    }
  }
  if (!occurrences || !actuals[0].length) return defaultRule(kind, calendar, values, classification, origin);
  let best = { candidate: 0, scale: 1, error: Number.POSITIVE_INFINITY };
  for (let candidate = 0; candidate < 8; candidate++) {
    const sumActual = actuals[candidate].reduce((sum, value) => sum + value, 0);
    const sumExpected = expected[candidate].reduce((sum, value) => sum + value, 0);
    const scale = sumExpected > 0 ? sumActual / sumExpected : 1;
    let error = 0;
    for (let i = 0; i < actuals[candidate].length; i++) error += abs(actuals[candidate][i] - scale * expected[candidate][i]);
    if (error < best.error) best = { candidate, scale, error };
  }
  return { kind, analogWeekday: best.candidate === 0 ? null : best.candidate, scale: best.scale, source: 'learned', learnedFrom: occurrences };
}

function defaultRule(kind: SpecialDayKind, calendar: HourCalendar, values: Float64Array, classification: DayClassification, origin: number): SpecialDayRule {
  if (kind !== 'holiday') return { kind, analogWeekday: null, scale: 1, source: 'none', learnedFrom: 0 };
  return { kind, analogWeekday: quietestWeekday(calendar, values, classification, origin), scale: 1, source: 'default', learnedFrom: 0 };
}

/** The weekday with the lowest mean daily volume on normal days before `origin` (the weekend-style low day). */
export function quietestWeekday(calendar: HourCalendar, values: Float64Array, classification: DayClassification, origin: number): number | null {
  const totals = new Float64Array(8);
  const counts = new Float64Array(8);
  const open = knownHoursOfWeek(calendar, values, origin);
  for (let day = 0; day < calendar.dates.length && calendar.dayEnd[day] <= origin; day++) {
    if (isSpecialDay(classification, day)) continue;
    const start = calendar.dayStart[day];
    const end = calendar.dayEnd[day];
    const openHours = hoursOfDayIn(calendar, open, day);
    let sum = 0;
    let known = 0;
    for (let t = start; t < end; t++) {
      if (isNaN(values[t])) continue;
      sum += values[t];
      known++;
    }
    if (!known || known < MIN_KNOWN_SHARE * openHours) continue;
    // a day is 24 hours on the local clock even when DST makes it 23 or 25 UTC hours; a day with
    // closed hours is as long as its open hours
    totals[calendar.weekdays[day]] += (sum / known) * (openHours === end - start ? 24 : openHours);
    counts[calendar.weekdays[day]]++;
  }
  let quietest: number | null = null;
  for (let weekday = 1; weekday <= 7; weekday++) {
    if (!counts[weekday]) continue;
    if (quietest === null || totals[weekday] / counts[weekday] < totals[quietest] / counts[quietest]) quietest = weekday;
  }
  return quietest;
}

function knownShare(values: Float64Array, start: number, end: number): number {
  let known = 0;
  for (let t = start; t < end; t++) if (!isNaN(values[t])) known++;
  return end > start ? known / (end - start) : 0;
}

/**
 * Applies the rules to a baseline forecast: `baseline[i]` is hour `origin + i`, and runs at
 * least two weeks past the horizon so every special day finds an ordinary analogue day after it.
 */
export function applySpecialDayRules(
  baseline: Float64Array,
  origin: number,
  horizon: number,
  calendar: HourCalendar,
  classification: DayClassification,
  rules: Record<SpecialDayKind, SpecialDayRule>,
): Float64Array {
  const adjusted = baseline.slice(0, horizon);
  const analogueDay = new Map<number, number | null>();
  for (let i = 0; i < horizon; i++) {
    const t = origin + i;
    const day = calendar.dayOfHour[t];
    const kind = classification.kinds[day];
    if (kind === 'normal') continue;
    const rule = rules[kind];
    if (rule.analogWeekday === null) {
      adjusted[i] = rule.scale * baseline[i];
      continue;
    }
    if (!analogueDay.has(day)) analogueDay.set(day, findAnalogueDay(calendar, classification, day, rule.analogWeekday, origin, origin + baseline.length));
    const analogue = analogueDay.get(day) ?? null;
    if (analogue === null) {
      adjusted[i] = rule.scale * baseline[i];
      continue;
    }
    adjusted[i] = rule.scale * baseline[sameHourIn(calendar, analogue, calendar.hourOfDay[t]) - origin];
  }
  return adjusted;
}

/** The nearest ordinary day with the given weekday lying wholly inside [from, to). */
function findAnalogueDay(calendar: HourCalendar, classification: DayClassification, day: number, weekday: number, from: number, to: number): number | null {
  let best: number | null = null;
  for (let distance = 1; distance <= 21; distance++) {
    for (const candidate of [day + distance, day - distance]) {
      if (candidate < 0 || candidate >= calendar.dates.length || calendar.weekdays[candidate] !== weekday) continue;
      if (calendar.dayStart[candidate] < from || calendar.dayEnd[candidate] > to || isSpecialDay(classification, candidate)) continue;
      best = candidate;
      break;
    }
    if (best !== null) break;
  }
  return best;
}

function sameHourIn(calendar: HourCalendar, day: number, hourOfDay: number): number {
  const start = calendar.dayStart[day];
  const end = calendar.dayEnd[day];
  let nearest = start;
  for (let t = start; t < end; t++) {
    if (calendar.hourOfDay[t] === hourOfDay) return t;
    if (abs(calendar.hourOfDay[t] - hourOfDay) < abs(calendar.hourOfDay[nearest] - hourOfDay)) nearest = t;
  }
  return nearest;
}
