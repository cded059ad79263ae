import type { HistorySeries, ScenarioFile } from '@app/domain';
import { HORIZON_START, localHourVolume, planningScenario } from './forecasts-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

const HISTORY_WEEKS = 8;

/**
 * Eight weeks of British history before the horizon, growing by half over the weeks with fixed
 * pseudo-random noise: long enough that a 13-week and a 1-week forecast would tune for different
 * lead times if each were made for its own length.
 */
function growingHistory(): HistorySeries {
  const startMs = Date.parse(`${HORIZON_START}T00:00:00Z`) - HISTORY_WEEKS * 168 * 3_600_000;
  let state = 4242;
  const counts = Array.from({ length: HISTORY_WEEKS * 168 }, (_, hour) => {
    const local = new Date(startMs + hour * 3_600_000);
    const weekday = ((local.getUTCDay() + 6) % 7) + 1;
    state = (state * 1103515245 + 12345) % 2147483648;
    const growth = 1 + hour / (HISTORY_WEEKS * 168 * 2);
    return Math.round(growth * 3 * localHourVolume(weekday, local.getUTCHours()) * (0.7 + 0.6 * (state / 2147483648)));
  });
  return { marketplaceId: 'amazon-uk', classId: null, start: new Date(startMs).toISOString(), counts };
}

function thirteenWeekScenario(): ScenarioFile {
  const file = planningScenario();
  file.horizon = { start: HORIZON_START, weeks: 13, mode: 'dated' };
  file.marketplaces = file.marketplaces.filter((marketplace) => marketplace.id === 'amazon-uk');
  file.history = [growingHistory()];
  return file;
}

describe("forecasts API: one forecast for the organisation's horizon", () => {
  let t: TestApp;

  async function forecast(request: object): Promise<any[]> {
    const started = await t.http().post('/api/forecasts').send(request).expect(202);
    const events = await streamJob(t, started.body.jobId);
    expect(events[events.length - 1].data).toMatchObject({ status: 'succeeded' });
    const { body } = await t.http().get(`/api/forecasts/${started.body.forecastId}/series`).expect(200);
    return body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/api/scenario/import').send(thirteenWeekScenario()).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives week 1 of the 13-week forecast and of a 1-week request the same hours, and week 2 read on its own the same too', async () => {
    const whole = await forecast({});
    const firstWeek = await forecast({ horizonHours: 168 });
    const secondWeek = await forecast({ start: '2026-03-09', horizonHours: 168 });
    expect(whole.map((series) => series.points.length)).toEqual([13 * 168, 13 * 168, 13 * 168]);
    whole.forEach((series, index) => {
      expect(firstWeek[index]).toMatchObject({ marketplaceId: series.marketplaceId, classId: series.classId, method: series.method });
      expect(firstWeek[index].points).toEqual(series.points.slice(0, 168));
      expect(secondWeek[index].points).toEqual(series.points.slice(168, 336));
    });
    const weekTotal = firstWeek[0].points.reduce((sum: number, point: any) => sum + point.forecast, 0);
    expect(weekTotal).toBeGreaterThan(0);
  });
});
