/** Every monitor and actuals query lives under this key, so an import or an accepted re-plan refreshes them all. */
export const MONITOR_QUERY_KEY = 'monitor';
