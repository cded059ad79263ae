/** Every forecast query lives under this key, so a finished run refreshes them all. */
export const FORECAST_QUERY_KEY = 'forecasts';
