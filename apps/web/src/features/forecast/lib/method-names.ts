/** Forecast method ids (libs/forecast) in words; an unknown id is shown as it is. */
const METHOD_NAMES: Record<string, string> = {
  'seasonal-naive': 'Seasonal naive (same hour last week)',
  combination: 'Combination of the three best methods (weighted by their backtest)',
  'weekly-profile': 'Weekly profile',
  'double-seasonal': 'Double-seasonal smoothing',
  'daily-smoothing': 'Daily smoothing',
  'daily-drift': 'Daily drift',
  'day-profile': 'Day level × intraday profile',
  ensemble: 'Ensemble of methods',
};

export function methodName(method: string): string {
  return METHOD_NAMES[method] ?? method;
}
