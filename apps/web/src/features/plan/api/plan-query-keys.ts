/** Every plan query lives under this key, so a finished run refreshes them all. */
export const PLAN_QUERY_KEY = 'plans';
