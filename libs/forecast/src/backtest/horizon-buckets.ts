/** Lead-time buckets of the backtest report: the next day, the rest of the week, beyond. */
export const HORIZON_BUCKETS: ReadonlyArray<{ label: string; fromHour: number; toHour: number | null }> = [
  { label: '1-24h', fromHour: 1, toHour: 24 },
  { label: '25-168h', fromHour: 25, toHour: 168 },
  { label: '169h+', fromHour: 169, toHour: null },
];

/** Index into HORIZON_BUCKETS of a 1-based lead time. */
export function bucketOfLeadTime(leadHours: number): number {
  return HORIZON_BUCKETS.findIndex((bucket) => leadHours >= bucket.fromHour && (bucket.toHour === null || leadHours <= bucket.toHour));
}
