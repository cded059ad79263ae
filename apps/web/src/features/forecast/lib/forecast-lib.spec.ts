import type { ForecastBacktestReport, ForecastPoint, HistorySeries } from '../api/forecast.types';
import { backtestView, biasInWords } from './backtest-rows';
import { seriesActuals } from './forecast-actuals';
import { forecastChartRows } from './forecast-chart-rows';
import { forecastEventBands } from './forecast-event-bands';
import { heatLevel, hourOfWeekHeatmap } from './hour-of-week-heatmap';
import { methodName } from './method-names';

const H = 3_600_000;
const T0 = Date.parse('2026-03-02T00:00:00Z');

describe('seriesActuals', () => {
  const history: HistorySeries[] = [
    { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-03-02T00:00:00Z', counts: [1, 2, null, 4] },
    { marketplaceId: 'amazon-us', classId: 'standard', start: '2026-03-02T01:00:00Z', counts: [10, 20, 30] },
  ];

  it('sums the classes hour by hour for the total, leaving out hours a class is missing', () => {
    // 00:00 standard missing, 02:00 urgent missing
    expect([...seriesActuals(history, null)]).toEqual([
      [T0 + H, 12],
      [T0 + 3 * H, 34],
    ]);
  });

  it('takes a class’s own series, or the stored total when there is one', () => {
    expect([...seriesActuals(history, 'standard')]).toEqual([
      [T0 + H, 10],
      [T0 + 2 * H, 20],
      [T0 + 3 * H, 30],
    ]);
    expect(seriesActuals(history, 'no-reply').size).toBe(0);
    const withTotal: HistorySeries[] = [...history, { marketplaceId: 'amazon-us', classId: null, start: '2026-03-02T00:00:00Z', counts: [5] }];
    expect([...seriesActuals(withTotal, null)]).toEqual([[T0, 5]]);
    expect(seriesActuals([], null).size).toBe(0);
  });
});

describe('forecastChartRows', () => {
  const point = (hour: number, forecast: number): ForecastPoint => ({
    utc: new Date(T0 + hour * H).toISOString(),
    local: '',
    forecast,
    lo80: forecast - 2,
    hi80: forecast + 2,
    lo95: forecast - 4,
    hi95: forecast + 4,
    closed: false,
  });

  it('puts actuals before the forecast and both where they overlap, in time order', () => {
    const actuals = new Map([
      [T0 - H, 7],
      [T0, 9],
    ]);
    const rows = forecastChartRows([point(1, 11), point(0, 10)], actuals);
    expect(rows).toEqual([
      { utcMs: T0 - H, actual: 7, forecast: null, band80: null, band95: null, closed: null },
      { utcMs: T0, actual: 9, forecast: 10, band80: [8, 12], band95: [6, 14], closed: null },
      { utcMs: T0 + H, actual: null, forecast: 11, band80: [9, 13], band95: [7, 15], closed: null },
    ]);
  });

  it('shades a closed hour from 0 to the top of the chart', () => {
    const closed: ForecastPoint = { ...point(2, 0), lo80: 0, hi80: 0, lo95: 0, hi95: 0, closed: true };
    const rows = forecastChartRows([point(1, 11), closed], new Map([[T0, 30]]));
    expect(rows.map((row) => row.closed)).toEqual([null, null, [0, 30]]);
    expect(rows[2]).toMatchObject({ forecast: 0, band95: [0, 0] });
  });
});

describe('hourOfWeekHeatmap', () => {
  it('averages values by local weekday and hour (Tokyo is 9 h ahead of UTC)', () => {
    // Monday 2026-03-02 00:00Z is Monday 09:00 in Tokyo; one week later the same hour again.
    const values = [
      { utcMs: T0, value: 10 },
      { utcMs: T0 + 168 * H, value: 30 },
      { utcMs: T0 + 15 * H, value: 5 }, // Tuesday 00:00 Tokyo
    ];
    const map = hourOfWeekHeatmap(values, 'Asia/Tokyo');
    expect(map.rows).toHaveLength(7);
    expect(map.rows[0]).toHaveLength(24);
    expect(map.rows[0][9]).toEqual({ hourOfWeek: 9, weekday: 1, hour: 9, mean: 20, level: 8 });
    expect(map.rows[1][0]).toMatchObject({ hourOfWeek: 24, mean: 5, level: 2 });
    expect(map.rows[6][23]).toMatchObject({ hourOfWeek: 167, mean: null, level: 0 });
    expect(map.max).toBe(20);
  });

  it('keeps a buyers’ hour in place when DST moves it in UTC', () => {
    // 09:00 in New York is 14:00Z in winter (EST) and 13:00Z after 8 March 2026 (EDT).
    const map = hourOfWeekHeatmap(
      [
        { utcMs: Date.parse('2026-03-02T14:00:00Z'), value: 4 },
        { utcMs: Date.parse('2026-03-09T13:00:00Z'), value: 6 },
      ],
      'America/New_York',
    );
    expect(map.rows[0][9].mean).toBe(5);
    expect(map.rows[0][8].mean).toBeNull();
  });

  it('scales levels so only the maximum reaches the top step', () => {
    expect(heatLevel(null, 10)).toBe(0);
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(0.01, 10)).toBe(1);
    expect(heatLevel(5, 10)).toBe(4);
    expect(heatLevel(10, 10)).toBe(8);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('backtestView', () => {
  const errors = (wape: number) => ({ wape, mase: 0.8, smape: wape + 1, bias: -1, points: 48 });
  const report: ForecastBacktestReport = {
    forecastId: 'f1',
    marketplaces: [
      {
        marketplaceId: 'amazon-us',
        series: [
          {
            classId: null,
            method: 'double-seasonal',
            selectBy: 'wape',
            horizonHours: 336,
            origins: [],
            overall: errors(12),
            buckets: [
              { label: '1-24h', fromHour: 1, toHour: 24, ...errors(10) },
              { label: '169h+', fromHour: 169, toHour: null, ...errors(15) },
            ],
            candidates: [],
          },
          { classId: 'urgent', method: 'weekly-profile', selectBy: 'wape', horizonHours: 336, origins: [], overall: null, buckets: [], candidates: [] },
        ],
      },
    ],
  };

  it('lists the buckets in words, then all hours', () => {
    const view = backtestView(report, 'amazon-us', null)!;
    expect(view.fromTotal).toBe(false);
    expect(view.rows.map((r) => [r.label, r.wape])).toEqual([
      ['1–24 h ahead', 10],
      ['169 h ahead and later', 15],
      ['All hours', 12],
    ]);
  });

  it('shows the total’s backtest for a class forecast as a share, and nothing for an unknown marketplace', () => {
    const share = backtestView(report, 'amazon-us', 'standard')!;
    expect(share.fromTotal).toBe(true);
    expect(share.series.method).toBe('double-seasonal');
    const own = backtestView(report, 'amazon-us', 'urgent')!;
    expect(own.fromTotal).toBe(false);
    expect(own.rows).toEqual([]);
    expect(backtestView(report, 'ebay-us', null)).toBeNull();
    expect(backtestView(undefined, 'amazon-us', null)).toBeNull();
  });
});

describe('methodName', () => {
  it('names known methods and passes others through', () => {
    expect(methodName('double-seasonal')).toBe('Double-seasonal smoothing');
    expect(methodName('prophet')).toBe('prophet');
  });
});

describe('forecastEventBands', () => {
  // New York in December (UTC−5): hour h of the local day is UTC h + 5
  const points: ForecastPoint[] = Array.from({ length: 72 }, (_, hour) => {
    const utcMs = Date.parse('2026-12-24T05:00:00Z') + hour * H;
    const local = new Date(utcMs - 5 * H).toISOString().slice(0, 16);
    return { utc: new Date(utcMs).toISOString(), local: `${local}-05:00`, forecast: 1, lo80: 1, hi80: 1, lo95: 1, hi95: 1, closed: false };
  });

  it('shades each run of an event’s dates and each public holiday, saying what the forecast did', () => {
    const bands = forecastEventBands(
      {
        events: [{ name: 'Christmas shopping weeks', multiplier: 1.42, source: 'user', datesInHorizon: ['2026-12-22', '2026-12-23', '2026-12-24'] }],
        specialDays: [
          { kind: 'holiday', analogWeekday: 7, scale: 0.8, source: 'learned', learnedFrom: 2, datesInHorizon: ['2026-12-25'] },
          { kind: 'holiday-eve', analogWeekday: null, scale: 1, source: 'none', learnedFrom: 0, datesInHorizon: ['2026-12-24'] },
        ],
      },
      points,
    );
    expect(bands).toEqual([
      {
        kind: 'event',
        label: 'Christmas shopping weeks',
        effect: '×1.42 the usual volume, as set in the setup',
        firstDate: '2026-12-24',
        lastDate: '2026-12-24',
        fromMs: Date.parse('2026-12-24T05:00:00Z'),
        toMs: Date.parse('2026-12-25T05:00:00Z'),
      },
      {
        kind: 'holiday',
        label: 'Public holiday',
        effect: 'forecast like a Sunday ×0.8, learned from 2 past holidays',
        firstDate: '2026-12-25',
        lastDate: '2026-12-25',
        fromMs: Date.parse('2026-12-25T05:00:00Z'),
        toMs: Date.parse('2026-12-26T05:00:00Z'),
      },
    ]);
    expect(forecastEventBands(undefined, points)).toEqual([]);
  });
});

describe('biasInWords', () => {
  const overall = (bias: number) => ({ wape: 12, mase: 0.8, smape: 14, bias, points: 672 });
  it('says how far too low or too high the backtest forecasts were, and where', () => {
    expect(biasInWords({ overall: overall(-10.04), origins: ['a', 'b', 'c', 'd'], horizonHours: 168 })).toBe('The forecasts were 10 % too low over the 4 past windows of 168 hours it was tried on.');
    expect(biasInWords({ overall: overall(5.83), origins: ['a'], horizonHours: 336 })).toBe('The forecasts were 5.8 % too high over the 1 past window of 336 hours it was tried on.');
    expect(biasInWords({ overall: overall(-1.2), origins: ['a', 'b'], horizonHours: 168 })).toBe('The forecasts were within 2 % of the actual volume over the 2 past windows of 168 hours it was tried on.');
    expect(biasInWords({ overall: null, origins: [], horizonHours: 168 })).toBeNull();
  });
});
