import { HORIZON_START, planningScenario } from './forecasts-setup.fixture';
import { streamJob } from './forecasts-job-events.fixture';
import { TestApp, startTestApp } from './support/test-app';

const HOUR_MS = 3_600_000;
/** London is on GMT all through February: UTC hours are London's. */
const isOpen = (utcMs: number) => {
  const time = new Date(utcMs);
  const weekday = ((time.getUTCDay() + 6) % 7) + 1;
  return weekday <= 5 && time.getUTCHours() >= 9 && time.getUTCHours() < 17;
};

/** Five weeks: 200 open hours, more than the 168 known hours a forecast needs. */
const HISTORY_WEEKS = 5;

/** An hourly export of a weekday 09:00–17:00 team: rows only while it is open, counts 10–14. */
function businessHoursCsv(): string {
  const lines = ['hour_start,marketplace,count'];
  const start = Date.parse(`${HORIZON_START}T00:00:00Z`) - HISTORY_WEEKS * 168 * HOUR_MS;
  for (let hour = 0; hour < HISTORY_WEEKS * 168; hour++) {
    const utcMs = start + hour * HOUR_MS;
    if (isOpen(utcMs)) lines.push(`${new Date(utcMs).toISOString().replace('.000', '')},amazon-uk,${10 + (hour % 5)}`);
  }
  return lines.join('\n');
}

describe('forecasts API: closed hours learned from an imported business-hours history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const file = planningScenario();
    file.history = file.history.filter((series) => series.marketplaceId !== 'amazon-uk');
    await t.http().post('/api/scenario/import').send(file).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports the rows as they are, and forecasts the never-seen hours as closed: 0 with closed true', async () => {
    const imported = await t.http().post('/api/history/import').set('Content-Type', 'text/csv').send(businessHoursCsv()).expect(200);
    expect(imported.body.format).toBe('hourly');
    expect(imported.body.series).toEqual([expect.objectContaining({ marketplaceId: 'amazon-uk', hours: HISTORY_WEEKS * 40, zeroHours: 0 })]);

    const started = await t.http().post('/api/forecasts').send({ marketplaceIds: ['amazon-uk'] }).expect(202);
    const events = await streamJob(t, started.body.jobId);
    expect(events[events.length - 1].data).toMatchObject({ status: 'succeeded', result: { marketplaces: [{ marketplaceId: 'amazon-uk', status: 'ok' }] } });
    const { body } = await t.http().get(`/api/forecasts/${started.body.forecastId}/series`).query({ marketplaceId: 'amazon-uk' }).expect(200);
    expect(body.map((series: any) => series.classId)).toEqual([null, 'standard', 'urgent']);
    for (const series of body) {
      expect(series.points).toHaveLength(168);
      for (const point of series.points) {
        if (isOpen(Date.parse(point.utc))) {
          expect(point.closed).toBe(false);
          expect(point.forecast).toBeGreaterThan(series.classId === 'urgent' ? 0.5 : 5);
        } else {
          expect(point).toMatchObject({ closed: true, forecast: 0, lo80: 0, hi80: 0, lo95: 0, hi95: 0 });
        }
      }
    }
    // the saturday-night hour the old engine invented volume for
    const saturdayNight = body[0].points.find((point: any) => point.utc === '2026-03-07T03:00:00Z');
    expect(saturdayNight).toMatchObject({ closed: true, forecast: 0 });

    const detail = await t.http().get(`/api/forecasts/${started.body.forecastId}`).expect(200);
    expect(detail.body.marketplaces[0].series[0].calendar.closedHoursOfWeek).toHaveLength(168 - 40);
    // the backtest scored open hours only: a week from each of the origins
    const backtest = await t.http().get(`/api/forecasts/${started.body.forecastId}/backtest`).expect(200);
    const uk = backtest.body.marketplaces[0].series[0];
    const historyEnd = Date.parse(`${HORIZON_START}T00:00:00Z`) - 55 * HOUR_MS; // after Friday 16:00, the last row
    let openHours = 0;
    for (const origin of uk.origins) {
      for (let hour = 0; hour < uk.horizonHours; hour++) {
        const utcMs = Date.parse(origin) + hour * HOUR_MS;
        if (utcMs < historyEnd && isOpen(utcMs)) openHours++;
      }
    }
    expect(uk.overall.points).toBe(openHours);
    expect(openHours).toBeLessThan(uk.origins.length * uk.horizonHours / 2);
  });
});
