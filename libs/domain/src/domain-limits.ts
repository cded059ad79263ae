/**
 * How large a count the domain allows: far above any customer-service team, well inside the
 * 32-bit integer columns both databases store them in (PostgreSQL refused 2³¹ with a 500).
 */
export const MAX_MESSAGES_PER_HOUR = 10_000_000;
export const MAX_SITE_HEADCOUNT = 100_000;

/**
 * Most data rows one history CSV import takes (the body limit caps bytes; short rows could
 * otherwise pack far more into it than one import should hold in memory at once).
 */
export const MAX_HISTORY_CSV_ROWS = 2_000_000;
