import { HOUR_MS } from '@app/domain';
import type { QueueArrivals } from '@app/domain';
import type { ActualMessage } from '../actuals.types';

/**
 * How far what came in moves the rest of the forecast. The level factor of a marketplace is
 * (received + prior) / (forecast + prior) over the hours already seen, with a prior worth
 * `PRIOR_HOURS` average forecast hours of "as forecast": a quiet first hour moves it little,
 * a day of 30 % more messages moves it most of the way.
 */
export const REFORECAST_PRIOR_HOURS = 12;
/** The level is read from at most the last this many hours before "now" (older volume says less about today). */
export const REFORECAST_LOOKBACK_HOURS = 72;

export interface ReforecastInput {
  /** The plan's forecast per queue and hour of its grid. */
  gridStartUtcMs: number;
  gridHours: number;
  arrivals: readonly QueueArrivals[];
  /** Actual messages received (any, answered or not). */
  actuals: readonly ActualMessage[];
  /** "Now": hours before it are seen, the rest is re-forecast. */
  asOfUtcMs: number;
}

export interface MarketplaceLevel {
  marketplaceId: string;
  /** Forecast and received over the hours the level was read from. */
  forecastSeen: number;
  receivedSeen: number;
  /** Multiplier applied to the rest of the forecast. */
  factor: number;
}

export interface Reforecast {
  /** Grid hour of "now" (the first re-forecast hour). */
  fromHour: number;
  /** Per queue, every grid hour: the original forecast before `fromHour`, the adjusted one from it. */
  arrivals: QueueArrivals[];
  levels: MarketplaceLevel[];
}

/**
 * The rest of the plan's forecast with each marketplace's level adjusted to what came in so far
 * (the intraday re-forecast): the shape of the forecast is kept, its level follows the actuals.
 */
export function reforecastFromActuals(input: ReforecastInput): Reforecast {
  const fromHour = Math.max(0, Math.min(input.gridHours, Math.floor((input.asOfUtcMs - input.gridStartUtcMs) / HOUR_MS)));
  const seenFrom = Math.max(0, fromHour - REFORECAST_LOOKBACK_HOURS);
  const seenFromUtcMs = input.gridStartUtcMs + seenFrom * HOUR_MS;
  const seenToUtcMs = input.gridStartUtcMs + fromHour * HOUR_MS;
  const marketplaceIds = [...new Set(input.arrivals.map((queue) => queue.marketplaceId))];
  const levels = marketplaceIds.map((marketplaceId): MarketplaceLevel => {
    const queues = input.arrivals.filter((queue) => queue.marketplaceId === marketplaceId);
    const forecastSeen = queues.reduce((sum, queue) => sum + sumRange(queue.values, seenFrom, fromHour), 0);
    const receivedSeen = input.actuals.filter(
      (message) => message.marketplaceId === marketplaceId && message.receivedUtcMs >= seenFromUtcMs && message.receivedUtcMs < seenToUtcMs,
    ).length;
    const forecastTotal = queues.reduce((sum, queue) => sum + sumRange(queue.values, 0, input.gridHours), 0);
    const prior = (REFORECAST_PRIOR_HOURS * forecastTotal) / Math.max(1, input.gridHours);
    const factor = fromHour === seenFrom || prior + forecastSeen <= 0 ? 1 : (receivedSeen + prior) / (forecastSeen + prior);
    return { marketplaceId, forecastSeen, receivedSeen, factor };
  });
  const factorOf = new Map(levels.map((level) => [level.marketplaceId, level.factor]));
  const arrivals = input.arrivals.map((queue) => ({
    marketplaceId: queue.marketplaceId,
    classId: queue.classId,
    values: queue.values.map((value, hour) => (hour < fromHour ? value : value * (factorOf.get(queue.marketplaceId) ?? 1))),
  }));
  return { fromHour, arrivals, levels };
}

function sumRange(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let hour = from; hour < to && hour < values.length; hour++) sum += values[hour];
  return sum;
}
