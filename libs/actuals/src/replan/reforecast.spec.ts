import { reforecastFromActuals, REFORECAST_PRIOR_HOURS } from './reforecast';

const H = 3_600_000;
const START = Date.parse('2025-01-06T00:00:00Z');
const received = (count: number, hour: number, marketplaceId = 'shop') =>
  Array.from({ length: count }, (_, i) => ({ marketplaceId, classId: null, receivedUtcMs: START + hour * H + i, firstReplyUtcMs: null, agent: null, siteId: null }));

describe('reforecastFromActuals', () => {
  // 10 messages an hour forecast over 48 hours, in two classes of 6 and 4
  const arrivals = [
    { marketplaceId: 'shop', classId: 'a', values: new Array<number>(48).fill(6) },
    { marketplaceId: 'shop', classId: 'b', values: new Array<number>(48).fill(4) },
  ];

  it('moves the level of the rest by what came in, against a prior of 12 forecast hours', () => {
    // 24 hours seen, 15 an hour came in: (360 + 120) / (240 + 120) = 4/3
    const actuals = Array.from({ length: 24 }, (_, hour) => received(15, hour)).flat();
    const result = reforecastFromActuals({ gridStartUtcMs: START, gridHours: 48, arrivals, actuals, asOfUtcMs: START + 24 * H + 30 * 60_000 });
    expect(REFORECAST_PRIOR_HOURS).toBe(12);
    expect(result.fromHour).toBe(24);
    expect(result.levels).toEqual([{ marketplaceId: 'shop', forecastSeen: 240, receivedSeen: 360, factor: 480 / 360 }]);
    expect(result.arrivals[0].values[23]).toBe(6);
    expect(result.arrivals[0].values[24]).toBeCloseTo(8, 9);
    expect(result.arrivals[1].values[47]).toBeCloseTo(16 / 3, 9);
  });

  it('leaves the forecast alone before anything was seen, and ignores messages of later hours', () => {
    const result = reforecastFromActuals({ gridStartUtcMs: START, gridHours: 48, arrivals, actuals: received(100, 30), asOfUtcMs: START });
    expect(result.levels[0].factor).toBe(1);
    expect(result.arrivals).toEqual(arrivals);
    const quiet = reforecastFromActuals({ gridStartUtcMs: START, gridHours: 48, arrivals, actuals: received(100, 30), asOfUtcMs: START + 12 * H });
    // nothing came in over 12 forecast hours of 10: (0 + 120) / (120 + 120)
    expect(quiet.levels[0]).toMatchObject({ receivedSeen: 0, factor: 0.5 });
  });
});
