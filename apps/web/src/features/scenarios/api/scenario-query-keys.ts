/** Every scenario query lives under this key. */
export const SCENARIO_QUERY_KEY = 'scenarios';
