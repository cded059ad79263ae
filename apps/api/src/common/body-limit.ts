/** Largest request body or uploaded file, MB: scenario files carry 12+ weeks of hourly history per marketplace and class. */
export const BODY_LIMIT_MB = 50;
