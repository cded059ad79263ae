import { HOUR_MS, toLocal, type LocalTime, type Marketplace, type ScenarioFile } from '@app/domain';
import { forecastScenario } from './forecast-scenario';
import { ForecastError, ForecastErrorCode } from './forecast.error';
import { toQueueArrivals } from './queue-arrivals';
import { callCentreShape, poissonSampler, seriesOnLocalClock } from './testing/synthetic-series.fixture';

const START = Date.UTC(2026, 0, 5); // Monday
const WEEK = 168;
const pattern = (local: LocalTime) => 10 + 2 * local.hour + (local.weekday >= 6 ? 0 : 20);

function marketplace(id: string, classes: Array<[string, number]>): Marketplace {
  return {
    id,
    name: id,
    platform: 'amazon',
    timeZone: 'UTC',
    country: 'GB',
    languages: ['en'],
    replyClock: { kind: 'calendar' },
    classes: classes.map(([classId, share]) => ({ id: classId, name: classId, share, replyDeadlineHours: 24, handleMinutes: 5 })),
  };
}

function scenario(): ScenarioFile {
  const history = (marketplaceId: string, classId: string | null, scale: number, weeks = 4) => ({
    marketplaceId,
    classId,
    start: new Date(START).toISOString(),
    counts: seriesOnLocalClock(START, weeks * WEEK, 'UTC', (local) => scale * pattern(local)),
  });
  return {
    schemaVersion: 2,
    name: 'test',
    reportingCurrency: 'USD',
    marketplaces: [
      marketplace('amazon-uk', [['urgent', 0.25], ['standard', 0.75]]),
      marketplace('shopify-eu', [['urgent', 0.2], ['standard', 0.8]]),
      marketplace('ebay-de', [['standard', 1]]),
    ],
    sites: [],
    shiftTemplates: [],
    agents: [],
    events: [],
    currencyRates: [],
    history: [
      history('amazon-uk', null, 1),
      // shopify: only its urgent class has history of its own
      history('shopify-eu', 'urgent', 0.2),
    ],
  };
}

describe('forecastScenario', () => {
  // the grid starts a day after the history ends (4 weeks): a day's lead is forecast and cut off
  const gridStart = START + (4 * WEEK + 24) * HOUR_MS;

  it('forecasts every queue on the grid: own history, or the total split by share', async () => {
    const progress: string[] = [];
    const result = await forecastScenario(scenario(), {
      startUtcMs: gridStart,
      hours: 48,
      method: 'seasonal-naive',
      onProgress: ({ done, total, marketplaceId, classId }) => progress.push(`${done}/${total} ${marketplaceId} ${classId}`),
    });
    expect(progress).toEqual(['1/3 amazon-uk null', '2/3 shopify-eu null', '3/3 shopify-eu urgent']);
    const [amazon, shopify, ebay] = result.marketplaces;
    expect(ebay).toMatchObject({ status: 'no-history', queues: [] });
    expect(amazon.status).toBe('ok');
    expect(amazon.queues.map((queue) => [queue.classId, queue.source, queue.share])).toEqual([
      ['urgent', 'marketplace-share', 0.25],
      ['standard', 'marketplace-share', 0.75],
    ]);
    for (const queue of amazon.queues) {
      expect(queue.points).toHaveLength(48);
      expect(queue.points[0].utcMs).toBe(gridStart);
      queue.points.forEach((point) => expect(point.forecast).toBeCloseTo(queue.share * pattern(toLocal(point.utcMs, 'UTC')), 9));
    }
    // shopify's total is rebuilt from its urgent class (20 % of volume): standard = 80 % of it
    expect(shopify.queues.map((queue) => [queue.classId, queue.source])).toEqual([
      ['urgent', 'class-history'],
      ['standard', 'marketplace-share'],
    ]);
    shopify.queues[1].points.forEach((point) => expect(point.forecast).toBeCloseTo(0.8 * pattern(toLocal(point.utcMs, 'UTC')), 9));

    const arrivals = toQueueArrivals(result);
    expect(arrivals.map((queue) => `${queue.marketplaceId}/${queue.classId}`)).toEqual(['amazon-uk/urgent', 'amazon-uk/standard', 'shopify-eu/urgent', 'shopify-eu/standard']);
    expect(arrivals[0].values).toEqual(amazon.queues[0].points.map((point) => point.forecast));
    expect(toQueueArrivals(result, 'hi95')[0].values).toEqual(amazon.queues[0].points.map((point) => point.hi95));
  });

  it('reports a marketplace it cannot forecast instead of failing the scenario', async () => {
    const file = scenario();
    file.history[0].counts = file.history[0].counts.slice(0, 200);
    const result = await forecastScenario(file, { startUtcMs: gridStart, hours: 24, method: 'seasonal-naive' });
    expect(result.marketplaces[0]).toMatchObject({ status: 'failed', message: expect.stringContaining('amazon-uk total: too little history') });
    expect(result.marketplaces[1].status).toBe('ok');
  });

  it('stops on an aborted signal, and rejects a grid before the end of the history', async () => {
    const controller = new AbortController();
    const run = forecastScenario(scenario(), {
      startUtcMs: gridStart,
      hours: 24,
      method: 'seasonal-naive',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: ForecastErrorCode.Aborted });
    const early = await forecastScenario(scenario(), { startUtcMs: START, hours: 24, marketplaceIds: ['amazon-uk'] });
    expect(early.marketplaces).toHaveLength(1);
    expect(early.marketplaces[0]).toMatchObject({ status: 'failed', message: expect.stringContaining('before the history ends') });
    await expect(forecastScenario(scenario(), { startUtcMs: gridStart, hours: 0 })).rejects.toBeInstanceOf(ForecastError);
    await expect(forecastScenario(scenario(), { startUtcMs: gridStart, hours: 24, marketplaceIds: ['nope'] })).rejects.toMatchObject({ field: 'marketplaceIds' });
  });
});

describe("forecastScenario: one forecast for the organisation's horizon", () => {
  const horizonStart = START + 8 * WEEK * HOUR_MS;
  const dayOf = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);

  /** Eight weeks of noisy, slowly growing history: the methods disagree, so the horizon they are tuned for matters. */
  function growingScenario(): ScenarioFile {
    const file = scenario();
    const draw = poissonSampler(17);
    const counts = seriesOnLocalClock(START, 8 * WEEK, 'Europe/London', (local, utcMs) => draw((1 + (utcMs - START) / (8 * WEEK * HOUR_MS) / 3) * callCentreShape(local)));
    file.marketplaces = [{ ...file.marketplaces[0], timeZone: 'Europe/London' }];
    file.history = [{ marketplaceId: 'amazon-uk', classId: null, start: new Date(START).toISOString(), counts }];
    file.horizon = { start: dayOf(horizonStart), weeks: 13, mode: 'dated' };
    return file;
  }

  it('gives week 1 of a 13-week request and a 1-week request the same numbers, method and backtest', async () => {
    const file = growingScenario();
    const long = await forecastScenario(file, { startUtcMs: horizonStart, hours: 13 * WEEK });
    const short = await forecastScenario(file, { startUtcMs: horizonStart, hours: WEEK });
    const [longUk] = long.marketplaces;
    const [shortUk] = short.marketplaces;
    expect(shortUk.status).toBe('ok');
    expect(shortUk.total?.points).toHaveLength(WEEK);
    expect(shortUk.total?.method).toBe(longUk.total?.method);
    expect(shortUk.total?.backtest).toEqual(longUk.total?.backtest);
    expect(shortUk.total?.points).toEqual(longUk.total?.points.slice(0, WEEK));
    shortUk.queues.forEach((queue, index) => expect(queue.points).toEqual(longUk.queues[index].points.slice(0, WEEK)));
  });

  it('reads a window in the middle of the horizon from the same forecast, with only its own calendar dates', async () => {
    const file = growingScenario();
    file.events = [{ id: 'sale', name: 'Spring sale', kind: 'peak', marketplaceIds: ['amazon-uk'], siteIds: [], start: dayOf(horizonStart + 4 * WEEK * HOUR_MS), end: dayOf(horizonStart + (4 * WEEK + 24) * HOUR_MS), volumeMultiplier: 2 }];
    const whole = await forecastScenario(file, { startUtcMs: horizonStart, hours: 13 * WEEK });
    const fifth = await forecastScenario(file, { startUtcMs: horizonStart + 4 * WEEK * HOUR_MS, hours: WEEK });
    const first = await forecastScenario(file, { startUtcMs: horizonStart, hours: WEEK });
    expect(fifth.marketplaces[0].total?.points).toEqual(whole.marketplaces[0].total?.points.slice(4 * WEEK, 5 * WEEK));
    expect(fifth.marketplaces[0].total?.calendar.events).toEqual([expect.objectContaining({ name: 'Spring sale', multiplier: 2, datesInHorizon: [dayOf(horizonStart + 4 * WEEK * HOUR_MS), dayOf(horizonStart + (4 * WEEK + 24) * HOUR_MS)] })]);
    expect(first.marketplaces[0].total?.calendar.events).toEqual([]);
  });
});
