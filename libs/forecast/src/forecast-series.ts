import { HOUR_MS, formatLocal } from '@app/domain';
import { planBacktest } from './backtest/backtest-plan';
import { summariseErrors, type BacktestPoint } from './backtest/error-summary';
import { HORIZON_BUCKETS, bucketOfLeadTime } from './backtest/horizon-buckets';
import { prefersCombination } from './backtest/method-choice';
import { classifyDays, isSpecialDay, type DayClassification } from './calendar/day-classification';
import { dayLevelRatios } from './calendar/day-level-ratios';
import { applyEventMultipliers, eventMultiplierAt, learnEventUplifts, type LearnedEventUplift } from './calendar/event-effects';
import { buildHourCalendar, type HourCalendar } from './calendar/hour-calendar';
import { closedHoursOf, observedHoursOfWeek } from './calendar/open-hours';
import { dayOfMonthOf, learnMonthlyCycle, learnValidatedMonthlyCycle } from './calendar/monthly-cycle';
import { excludeOutlierDays } from './calendar/outlier-days';
import { restWeekdays, withoutCatchUpAfterRestDayHolidays } from './calendar/rest-day-holidays';
import { applySpecialDayRules, learnSpecialDayRules, type SpecialDayKind, type SpecialDayRule } from './calendar/special-day-effects';
import { validateForecastRequest } from './forecast-input.validation';
import {
  type BacktestSummary,
  type EventEffect,
  type ForecastMethodName,
  type ForecastOptions,
  type ForecastPoint,
  type MethodBacktest,
  type SeriesForecast,
  type SeriesHistory,
  type SpecialDayEffect,
} from './forecast.types';
import { calibrateIntervals, predictionBand } from './intervals/interval-calibration';
import { maseScale } from './metrics/mase.metric';
import { SINGLE_METHOD_NAMES, runMethods, type SingleMethodName } from './methods/method-registry';

// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { isNaN } = Number;

/** Baselines run this far past the horizon so a holiday near its end finds an ordinary analogue day. */
const ANALOGUE_MARGIN_HOURS = 336;
const DEFAULT_INTERVALS: [number, number] = [0.8, 0.95];

interface SeriesContext {
  calendar: HourCalendar;
  classification: DayClassification;
  /** The history as given: null = no count (a gap, or a closed hour). */
  raw: readonly (number | null)[];
  /** Known history (NaN: missing or excluded by the user). */
  actual: Float64Array;
}

/** What one origin knows: the cleaned history, the learned calendar effects, and the forecasts. */
interface OriginForecast {
  forecasts: Float64Array[];
  rules: Record<SpecialDayKind, SpecialDayRule>;
  uplifts: Map<string, LearnedEventUplift>;
  cycle: Float64Array | null;
  classification: DayClassification;
  /** 1 for each local hour of the week the history before the origin observed; the others are closed. */
  open: Uint8Array;
}

/**
 * Hourly forecast of one series: seasonality on the buyers' local clock, holidays and events as
 * special days, outlier days left out, a day-of-month cycle where it predicts, the method chosen by
 * rolling-origin backtest (or the one asked for), and intervals calibrated on the backtest's
 * errors. Each backtest origin sees only the hours before it.
 */
export function forecastSeries(history: SeriesHistory, options: ForecastOptions): SeriesForecast {
  validateForecastRequest(history, options);
  const timeZone = options.timeZone ?? 'UTC';
  const horizon = options.horizonHours;
  const levels = options.intervals ?? DEFAULT_INTERVALS;
  const historyHours = history.values.length;
  const calendar = buildHourCalendar(history.startUtcMs, historyHours + horizon + ANALOGUE_MARGIN_HOURS, timeZone);
  const classification = classifyDays(calendar, options);
  const context = buildContext(calendar, classification, history.values);

  const automatic = !options.method || options.method === 'auto' || options.method === 'combination';
  const candidates: SingleMethodName[] = automatic ? [...SINGLE_METHOD_NAMES] : [options.method as SingleMethodName];
  const cycleMode = options.monthlyCycle ?? 'auto';
  const selectBy = options.backtest?.selectBy ?? 'wape';
  const plan = planBacktest(historyHours, horizon, options.backtest ?? {});
  const points: BacktestPoint[][] = candidates.map(() => []);
  const cycleAtOrigins: boolean[] = [];
  for (const origin of plan.origins) {
    const { forecasts, cycle, open } = forecastFromOrigin(context, origin, plan.horizon, candidates, horizon, cycleMode);
    cycleAtOrigins.push(cycle !== null);
    const scale = maseScale(context.actual.subarray(0, origin), 168);
    forecasts.forEach((forecast, index) => {
      for (let i = 0; i < plan.horizon; i++) {
        const actual = context.actual[origin + i];
        // an hour closed as far as the origin knows is not forecast, so it is not scored either
        if (!isNaN(actual) && open[context.calendar.hourOfWeek[origin + i]]) points[index].push({ leadHours: i + 1, actual, forecast: forecast[i], maseScale: scale });
      }
    });
  }
  const cycleUsed = cycleAtOrigins.some(Boolean);
  const ranked = candidates
    .map((method, index) => ({ index, backtest: methodBacktest(method, cycleUsed, points[index]) }))
    .sort((a, b) => score(a.backtest, selectBy) - score(b.backtest, selectBy) || a.index - b.index);
  const single = ranked.find((entry) => entry.backtest.points > 0) ?? ranked[0];
  const combination = automatic ? combineBest(ranked, points, selectBy, cycleUsed) : null;
  const useCombination = combination !== null && (options.method === 'combination' || prefersCombination(score(combination.backtest, selectBy), score(single.backtest, selectBy)));
  const members = useCombination && combination ? combination.members : [{ index: single.index, weight: 1 }];
  const chosenBacktest = useCombination && combination ? combination.backtest : single.backtest;
  const chosen: ForecastMethodName = useCombination ? 'combination' : candidates[single.index];

  const final = forecastFromOrigin(context, historyHours, horizon, members.map((member) => candidates[member.index]), horizon, cycleMode);
  const forecast = new Float64Array(horizon);
  members.forEach((member, m) => {
    for (let i = 0; i < horizon; i++) forecast[i] += member.weight * final.forecasts[m][i];
  });
  const calibration = calibrateIntervals(useCombination && combination ? combination.points : points[single.index], levels);
  const forecastPoints: ForecastPoint[] = [];
  for (let i = 0; i < horizon; i++) {
    const utcMs = history.startUtcMs + (historyHours + i) * HOUR_MS;
    const local = formatLocal(utcMs, timeZone);
    if (!final.open[calendar.hourOfWeek[historyHours + i]]) {
      forecastPoints.push({ utcMs, local, forecast: 0, lo80: 0, hi80: 0, lo95: 0, hi95: 0, closed: true });
      continue;
    }
    forecastPoints.push({ utcMs, local, forecast: forecast[i], ...predictionBand(calibration, i + 1, forecast[i]), closed: false });
  }
  const backtest: BacktestSummary = {
    originsUtcMs: plan.origins.map((origin) => history.startUtcMs + origin * HOUR_MS),
    horizonHours: plan.horizon,
    selectBy,
    methods: [...(combination ? [combination.backtest] : []), ...ranked.map((entry) => entry.backtest)].sort((a, b) => score(a, selectBy) - score(b, selectBy)),
    chosen: chosenBacktest.points > 0 ? chosenBacktest : null,
  };
  return {
    method: chosen,
    monthlyCycle: final.cycle !== null,
    timeZone,
    intervalLevels: levels,
    points: forecastPoints,
    backtest,
    calendar: describeCalendar(context, historyHours, horizon, final),
  };
}

/** Members of the backtest-weighted combination: the best few single methods. */
const COMBINED_METHODS = 3;

interface Combination {
  members: { index: number; weight: number }[];
  points: BacktestPoint[];
  backtest: MethodBacktest;
}

/**
 * The best few methods averaged with weights inversely proportional to their backtest error:
 * errors that do not coincide partly cancel, so the average often beats its best member, and
 * a member that goes astray on one series is outweighed. Scored on the same backtest hours
 * (every candidate was scored on the same ones), so it competes with the single methods.
 */
function combineBest(ranked: { index: number; backtest: MethodBacktest }[], points: BacktestPoint[][], selectBy: 'wape' | 'smape' | 'mase', cycleUsed: boolean): Combination | null {
  const usable = ranked.filter((entry) => entry.backtest.points > 0 && Number.isFinite(score(entry.backtest, selectBy))).slice(0, COMBINED_METHODS);
  if (usable.length < 2) return null;
  const inverse = usable.map((entry) => 1 / Math.max(score(entry.backtest, selectBy), 1e-9));
  const total = inverse.reduce((sum, value) => sum + value, 0);
  const members = usable.map((entry, m) => ({ index: entry.index, weight: inverse[m] / total }));
  const combined = points[members[0].index].map((point, j) => ({
    ...point,
    forecast: members.reduce((sum, member) => sum + member.weight * points[member.index][j].forecast, 0),
  }));
  return { members, points: combined, backtest: methodBacktest('combination', cycleUsed, combined) };
}

function score(backtest: MethodBacktest, selectBy: 'wape' | 'smape' | 'mase'): number {
  return isNaN(backtest[selectBy]) ? Number.POSITIVE_INFINITY : backtest[selectBy];
}

function buildContext(calendar: HourCalendar, classification: DayClassification, values: (number | null)[]): SeriesContext {
  const actual = new Float64Array(values.length);
  for (let t = 0; t < values.length; t++) {
    const value = values[t];
    actual[t] = value === null || classification.excluded[calendar.dayOfHour[t]] ? Number.NaN : value;
  }
  return { calendar, classification, raw: values, actual };
}

/**
 * Every candidate's forecast of `steps` hours from `origin`. Only the hours before the origin
 * are used: to find outlier days, to learn holiday, event and monthly effects, and to fit the
 * methods on the ordinary days (divided by the monthly cycle when there is one).
 */
function forecastFromOrigin(
  context: SeriesContext,
  origin: number,
  steps: number,
  candidates: SingleMethodName[],
  targetHorizon: number,
  cycleMode: 'auto' | boolean,
): OriginForecast {
  const { calendar, actual } = context;
  const ratios = dayLevelRatios(calendar, actual, context.classification, origin);
  const { classification: withoutOutliers } = excludeOutlierDays(context.classification, ratios);
  const classification = withoutCatchUpAfterRestDayHolidays(withoutOutliers, calendar, restWeekdays(calendar, actual, withoutOutliers, origin));
  const rules = learnSpecialDayRules(calendar, actual, classification, origin);
  const uplifts = learnEventUplifts(calendar, actual, classification, origin);
  const cycle =
    cycleMode === false ? null : cycleMode === true ? learnMonthlyCycle(calendar, ratios, classification) : learnValidatedMonthlyCycle(calendar, ratios, classification);
  const ordinary = new Float64Array(origin);
  for (let t = 0; t < origin; t++) ordinary[t] = isSpecialDay(classification, calendar.dayOfHour[t]) ? Number.NaN : actual[t];
  const baselines = runMethods(candidates, {
    history: cycle ? divideByCycle(ordinary, calendar, cycle) : ordinary,
    hourOfDay: calendar.hourOfDay,
    hourOfWeek: calendar.hourOfWeek,
    steps: steps + ANALOGUE_MARGIN_HOURS,
    targetHorizon,
  });
  const open = observedHoursOfWeek(calendar, context.raw, origin);
  const forecasts = candidates.map((method) => {
    const baseline = baselines.get(method) as Float64Array;
    if (cycle) multiplyByCycle(baseline, origin, calendar, cycle);
    // closed before the holiday rules too, so a holiday shaped like a closed Sunday is closed
    closeHours(baseline, origin, calendar, open);
    const adjusted = applySpecialDayRules(baseline, origin, steps, calendar, classification, rules);
    applyEventMultipliers(adjusted, origin, calendar, classification, uplifts);
    closeHours(adjusted, origin, calendar, open);
    return adjusted;
  });
  return { forecasts, rules, uplifts, cycle, classification, open };
}

function closeHours(forecast: Float64Array, origin: number, calendar: HourCalendar, open: Uint8Array): void {
  for (let i = 0; i < forecast.length; i++) if (!open[calendar.hourOfWeek[origin + i]]) forecast[i] = 0;
}

function divideByCycle(values: Float64Array, calendar: HourCalendar, cycle: Float64Array): Float64Array {
  const adjusted = new Float64Array(values.length);
  for (let t = 0; t < values.length; t++) adjusted[t] = values[t] / cycle[dayOfMonthOf(calendar, calendar.dayOfHour[t])];
  return adjusted;
}

function multiplyByCycle(forecast: Float64Array, origin: number, calendar: HourCalendar, cycle: Float64Array): void {
  for (let i = 0; i < forecast.length; i++) forecast[i] *= cycle[dayOfMonthOf(calendar, calendar.dayOfHour[origin + i])];
}

function methodBacktest(method: ForecastMethodName, monthlyCycle: boolean, points: BacktestPoint[]): MethodBacktest {
  const byBucket = HORIZON_BUCKETS.map(() => [] as BacktestPoint[]);
  for (const point of points) byBucket[bucketOfLeadTime(point.leadHours)].push(point);
  return {
    method,
    monthlyCycle,
    ...summariseErrors(points),
    buckets: HORIZON_BUCKETS.map((bucket, index) => ({ ...bucket, ...summariseErrors(byBucket[index]) })).filter((bucket) => bucket.points > 0),
  };
}

function describeCalendar(context: SeriesContext, origin: number, horizon: number, final: OriginForecast): SeriesForecast['calendar'] {
  const { calendar } = context;
  const { classification, rules, uplifts, cycle } = final;
  const firstDay = calendar.dayOfHour[origin];
  const lastDay = calendar.dayOfHour[origin + horizon - 1];
  const specialDays: SpecialDayEffect[] = (['holiday', 'holiday-eve', 'after-holiday'] as const).map((kind) => {
    const datesInHorizon: string[] = [];
    for (let day = firstDay; day <= lastDay; day++) if (classification.kinds[day] === kind) datesInHorizon.push(calendar.dates[day]);
    const { analogWeekday, scale, source, learnedFrom } = rules[kind];
    return { kind, analogWeekday, scale, source, learnedFrom, datesInHorizon };
  });
  const events = new Map<string, EventEffect>();
  for (let day = firstDay; day <= lastDay; day++) {
    const key = classification.eventOf[day];
    if (key === null) continue;
    const effect = events.get(key) ?? {
      name: classification.eventNames.get(key) ?? key,
      multiplier: eventMultiplierAt(classification, uplifts, day),
      source: classification.eventMultiplier[day] !== undefined ? 'user' : uplifts.has(key) ? 'learned' : 'none',
      datesInHorizon: [],
    };
    effect.datesInHorizon.push(calendar.dates[day]);
    events.set(key, effect);
  }
  const outlierDates = calendar.dates.filter((_, day) => classification.excluded[day] && !context.classification.excluded[day]);
  return {
    specialDays,
    events: [...events.values()],
    monthlyCycle: cycle ? Array.from(cycle.subarray(1, 32)) : null,
    outlierDates,
    closedHoursOfWeek: closedHoursOf(final.open),
  };
}
