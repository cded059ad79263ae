import { HOUR_MS, HOURS_PER_WEEK, utcMidnight, type HistorySeries, type Marketplace, type ScenarioFile } from '@app/domain';
import { ForecastError, ForecastErrorCode } from './forecast.error';
import { forecastSeries } from './forecast-series';
import type {
  GridSeriesForecast,
  MarketplaceForecast,
  QueueForecast,
  ScenarioForecast,
  ScenarioForecastOptions,
} from './forecast-scenario.types';
import { MAX_HORIZON_HOURS } from './forecast-input.validation';
import type { ForecastEvent, ForecastPoint, SeriesForecast, SeriesHistory } from './forecast.types';

/**
 * Hourly arrivals per marketplace and priority class on the planner's grid: from a class's own
 * history where it has one, else the marketplace total split by the class's share. Runs series
 * by series, reporting progress and yielding between series so a server stays responsive; an
 * aborted signal stops it with ForecastError ABORTED. A marketplace that cannot be forecast
 * gets a status and a message instead of failing the whole scenario.
 */
export async function forecastScenario(scenario: ScenarioFile, options: ScenarioForecastOptions): Promise<ScenarioForecast> {
  const { startUtcMs, hours } = options;
  if (!Number.isFinite(startUtcMs) || startUtcMs % HOUR_MS !== 0) {
    throw new ForecastError(ForecastErrorCode.InvalidGrid, `grid start must be a whole UTC hour; got ${startUtcMs}`, 'startUtcMs');
  }
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_HORIZON_HOURS) {
    throw new ForecastError(ForecastErrorCode.InvalidGrid, `grid must be 1 to ${MAX_HORIZON_HOURS} hours long; got ${hours}`, 'hours');
  }
  const wanted = options.marketplaceIds ? new Set(options.marketplaceIds) : null;
  const unknown = options.marketplaceIds?.filter((id) => !scenario.marketplaces.some((marketplace) => marketplace.id === id)) ?? [];
  if (unknown.length) throw new ForecastError(ForecastErrorCode.InvalidOption, `unknown marketplace ${unknown.join(', ')}`, 'marketplaceIds');
  const marketplaces = scenario.marketplaces.filter((marketplace) => !wanted || wanted.has(marketplace.id));

  const plans = marketplaces.map((marketplace) => planMarketplace(marketplace, scenario.history));
  const total = plans.reduce((sum, plan) => sum + plan.jobs.length, 0);
  let done = 0;
  const results: MarketplaceForecast[] = [];
  for (const [index, marketplace] of marketplaces.entries()) {
    const plan = plans[index];
    const result: MarketplaceForecast = {
      marketplaceId: marketplace.id,
      timeZone: marketplace.timeZone,
      country: marketplace.country,
      status: plan.jobs.length ? 'ok' : 'no-history',
      message: plan.jobs.length ? undefined : `no history for marketplace ${marketplace.id}`,
      total: null,
      queues: [],
    };
    const events = eventsOf(scenario, marketplace.id);
    const forecasts = new Map<string | null, GridSeriesForecast>();
    for (const job of plan.jobs) {
      if (options.signal?.aborted) throw new ForecastError(ForecastErrorCode.Aborted, 'forecast aborted');
      if (result.status === 'ok') {
        try {
          forecasts.set(job.classId, forecastOnGrid(job.history, marketplace, events, options, organisationForecastEnd(scenario, job.history)));
        } catch (error) {
          if (!(error instanceof ForecastError)) throw error;
          result.status = 'failed';
          result.message = `${marketplace.id}${job.classId ? ` class ${job.classId}` : ' total'}: ${error.message}`;
        }
      }
      done++;
      options.onProgress?.({ done, total, marketplaceId: marketplace.id, classId: job.classId });
      await yieldToEventLoop();
    }
    if (result.status === 'ok') {
      result.total = forecasts.get(null) ?? null;
      result.queues = marketplace.classes.map((priorityClass): QueueForecast => {
        const own = forecasts.get(priorityClass.id);
        if (own) return { marketplaceId: marketplace.id, classId: priorityClass.id, source: 'class-history', share: 1, ...own };
        const whole = result.total as GridSeriesForecast;
        return {
          marketplaceId: marketplace.id,
          classId: priorityClass.id,
          source: 'marketplace-share',
          share: priorityClass.share,
          ...whole,
          points: whole.points.map((point) => ({
            ...point,
            forecast: point.forecast * priorityClass.share,
            lo80: point.lo80 * priorityClass.share,
            hi80: point.hi80 * priorityClass.share,
            lo95: point.lo95 * priorityClass.share,
            hi95: point.hi95 * priorityClass.share,
          })),
        };
      });
    }
    results.push(result);
  }
  return { scenarioName: scenario.name, startUtcMs, hours, marketplaces: results };
}

interface SeriesJob {
  classId: string | null;
  history: SeriesHistory;
}

/** Which series to forecast: each class with its own history, plus the total when some class lacks one. */
function planMarketplace(marketplace: Marketplace, history: HistorySeries[]): { jobs: SeriesJob[] } {
  const mine = history.filter((series) => series.marketplaceId === marketplace.id);
  const byClass = new Map<string, SeriesHistory>();
  for (const priorityClass of marketplace.classes) {
    const series = mine.filter((entry) => entry.classId === priorityClass.id);
    if (series.length) byClass.set(priorityClass.id, mergeSegments(series));
  }
  const jobs: SeriesJob[] = [...byClass].map(([classId, series]) => ({ classId, history: series }));
  if (byClass.size === marketplace.classes.length) return { jobs };
  const totals = mine.filter((entry) => entry.classId === null);
  if (totals.length) return { jobs: [{ classId: null, history: mergeSegments(totals) }, ...jobs] };
  if (!byClass.size) return { jobs: [] };
  // no total recorded: scale the classes that have history up by their combined share
  const knownShare = marketplace.classes.filter((priorityClass) => byClass.has(priorityClass.id)).reduce((sum, priorityClass) => sum + priorityClass.share, 0);
  const combined = sumSeries([...byClass.values()]);
  const total = { startUtcMs: combined.startUtcMs, values: combined.values.map((value) => (value === null ? null : value / knownShare)) };
  return { jobs: [{ classId: null, history: total }, ...jobs] };
}

/** Joins history segments into one hourly run; gaps are missing and where segments overlap the later one wins. */
function mergeSegments(segments: HistorySeries[]): SeriesHistory {
  const starts = segments.map((segment) => Date.parse(segment.start));
  const startUtcMs = Math.min(...starts);
  const endUtcMs = Math.max(...segments.map((segment, index) => starts[index] + segment.counts.length * HOUR_MS));
  const values: (number | null)[] = new Array((endUtcMs - startUtcMs) / HOUR_MS).fill(null);
  segments.forEach((segment, index) => {
    const offset = (starts[index] - startUtcMs) / HOUR_MS;
    segment.counts.forEach((count, hour) => {
      if (count !== null) values[offset + hour] = count;
    });
  });
  return { startUtcMs, values };
}

/** Hour-by-hour sum of several series over the hours they span together; missing in any one → missing. */
function sumSeries(series: SeriesHistory[]): SeriesHistory {
  const startUtcMs = Math.min(...series.map((entry) => entry.startUtcMs));
  const endUtcMs = Math.max(...series.map((entry) => entry.startUtcMs + entry.values.length * HOUR_MS));
  const values: (number | null)[] = [];
  for (let utcMs = startUtcMs; utcMs < endUtcMs; utcMs += HOUR_MS) {
    let sum: number | null = 0;
    for (const entry of series) {
      const value = entry.values[(utcMs - entry.startUtcMs) / HOUR_MS];
      sum = value === undefined || value === null || sum === null ? null : sum + value;
    }
    values.push(sum);
  }
  return { startUtcMs, values };
}

function eventsOf(scenario: ScenarioFile, marketplaceId: string): ForecastEvent[] {
  return scenario.events
    .filter((event) => event.marketplaceIds.includes(marketplaceId))
    .map((event) => ({ name: event.name, start: event.start, end: event.end, volumeMultiplier: event.volumeMultiplier }));
}

/**
 * Where the forecast of a series ends, whatever the request: the end of the organisation's
 * horizon (as far as 13 weeks past the history reach). Every request inside the horizon then
 * reads a slice of one and the same forecast — the method is chosen, tuned and its intervals
 * calibrated for the whole horizon — so week 1 does not depend on how many weeks are asked for.
 */
function organisationForecastEnd(scenario: ScenarioFile, history: SeriesHistory): number | null {
  if (!scenario.horizon) return null;
  const horizonEnd = utcMidnight(scenario.horizon.start) + scenario.horizon.weeks * HOURS_PER_WEEK * HOUR_MS;
  return Math.min(horizonEnd, seriesForecastReach(history));
}

/** The furthest a series can be forecast: MAX_HORIZON_HOURS past the end of its history. */
function seriesForecastReach(history: SeriesHistory): number {
  return history.startUtcMs + (history.values.length + MAX_HORIZON_HOURS) * HOUR_MS;
}

/**
 * The end (UTC ms) of the furthest grid every series of the scenario can be forecast for: the
 * reach of the series whose history ends first; null without any history to forecast from.
 */
export function scenarioForecastReachUtcMs(scenario: ScenarioFile): number | null {
  const reaches = scenario.marketplaces.flatMap((marketplace) => planMarketplace(marketplace, scenario.history).jobs.map((job) => seriesForecastReach(job.history)));
  return reaches.length ? Math.min(...reaches) : null;
}

/**
 * Forecasts from the end of the history to the end of the organisation's horizon (or of the
 * grid, when that is later) and keeps the grid's hours, with the calendar effects of its dates.
 */
function forecastOnGrid(
  history: SeriesHistory,
  marketplace: Marketplace,
  events: ForecastEvent[],
  options: ScenarioForecastOptions,
  organisationEnd: number | null,
): GridSeriesForecast {
  const historyEnd = history.startUtcMs + history.values.length * HOUR_MS;
  if (options.startUtcMs < historyEnd) {
    throw new ForecastError(
      ForecastErrorCode.InvalidGrid,
      `the grid starts at ${new Date(options.startUtcMs).toISOString()}, before the history ends (${new Date(historyEnd).toISOString()})`,
      'startUtcMs',
    );
  }
  const lead = (options.startUtcMs - historyEnd) / HOUR_MS;
  const gridEnd = options.startUtcMs + options.hours * HOUR_MS;
  const end = organisationEnd === null ? gridEnd : Math.max(gridEnd, organisationEnd);
  const result = forecastSeries(history, {
    horizonHours: (end - historyEnd) / HOUR_MS,
    timeZone: marketplace.timeZone,
    country: marketplace.country,
    events,
    method: options.method,
  });
  const points = result.points.slice(lead, lead + options.hours);
  return { method: result.method, monthlyCycle: result.monthlyCycle, backtest: result.backtest, calendar: calendarOfDates(result.calendar, points), points };
}

/** The calendar effects as they touch the given hours' local dates. */
function calendarOfDates(calendar: SeriesForecast['calendar'], points: ForecastPoint[]): SeriesForecast['calendar'] {
  const dates = new Set(points.map((point) => point.local.slice(0, 10)));
  const inGrid = (list: string[]) => list.filter((date) => dates.has(date));
  return {
    ...calendar,
    specialDays: calendar.specialDays.map((effect) => ({ ...effect, datesInHorizon: inGrid(effect.datesInHorizon) })),
    events: calendar.events.map((effect) => ({ ...effect, datesInHorizon: inGrid(effect.datesInHorizon) })).filter((effect) => effect.datesInHorizon.length > 0),
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
