/**
 * How large a count the domain allows: far above any customer-service team, well inside the
 * 32-bit integer columns both databases store them in (PostgreSQL refused 2³¹ with a 500).
 */
export const MAX_MESSAGES_PER_HOUR = 10_000_000;
export const MAX_SITE_HEADCOUNT = 100_000;
