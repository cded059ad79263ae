import type { ForecastMethodName } from '../forecast.types';
import { dailyDriftForecast } from './daily-drift.method';
import { dayProfileForecast } from './day-profile.method';
import { dailySmoothingForecast, doubleSeasonalForecast } from './double-seasonal.method';
import type { MethodFunction, MethodInput } from './method.types';
import { seasonalNaiveForecast } from './seasonal-naive.method';
import { weeklyProfileForecast } from './weekly-profile.method';

/** Methods that forecast by themselves; the combination is built from their backtests. */
export type SingleMethodName = Exclude<ForecastMethodName, 'combination'>;
type BaseMethodName = Exclude<SingleMethodName, 'ensemble'>;

const BASE_METHODS: Record<BaseMethodName, MethodFunction> = {
  'seasonal-naive': seasonalNaiveForecast,
  'weekly-profile': weeklyProfileForecast,
  'double-seasonal': doubleSeasonalForecast,
  'daily-smoothing': dailySmoothingForecast,
  'daily-drift': dailyDriftForecast,
  'day-profile': dayProfileForecast,
};

/** The ensemble is the hour-by-hour median of these: robust to any one of them going astray. */
export const ENSEMBLE_MEMBERS: BaseMethodName[] = ['double-seasonal', 'daily-smoothing', 'weekly-profile', 'seasonal-naive', 'daily-drift', 'day-profile'];

export const SINGLE_METHOD_NAMES: SingleMethodName[] = ['seasonal-naive', 'weekly-profile', 'double-seasonal', 'daily-smoothing', 'daily-drift', 'day-profile', 'ensemble'];

/** Runs the named methods from one origin; the ensemble reuses its members' forecasts. */
export function runMethods(names: readonly SingleMethodName[], input: MethodInput): Map<SingleMethodName, Float64Array> {
  const results = new Map<SingleMethodName, Float64Array>();
  const run = (name: BaseMethodName) => {
    let forecast = results.get(name);
    if (!forecast) {
      forecast = BASE_METHODS[name](input);
      results.set(name, forecast);
    }
    return forecast;
  };
  for (const name of names) {
    if (name !== 'ensemble') run(name);
  }
  if (names.includes('ensemble')) {
    const members = ENSEMBLE_MEMBERS.map(run);
    const combined = new Float64Array(input.steps);
    const column = new Float64Array(members.length);
    for (let i = 0; i < input.steps; i++) {
      for (let m = 0; m < members.length; m++) column[m] = members[m][i];
      column.sort();
      const middle = column.length >> 1;
      combined[i] = column.length % 2 ? column[middle] : (column[middle - 1] + column[middle]) / 2;
    }
    results.set('ensemble', combined);
  }
  // members computed only for the ensemble are not results of their own
  for (const name of [...results.keys()]) if (!names.includes(name)) results.delete(name);
  return results;
}
