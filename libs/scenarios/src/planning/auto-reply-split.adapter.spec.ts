import { flatArrivals, TINY_GRID, tinyScenario } from '../__fixtures__/tiny-scenario.fixture';
import { splitAutoReplyHours } from './auto-reply-split.adapter';

describe('auto-reply hours as an acknowledged twin marketplace', () => {
  const scenario = tinyScenario();
  const arrivals = flatArrivals(scenario, TINY_GRID.hours);
  // Amazon US buyers, every night 00:00–06:00 New York time: 05–11 UTC (EST), but on Sunday
  // 9 March clocks go forward at 02:00, so 06:00 EDT is 10:00 UTC.
  const split = splitAutoReplyHours(scenario.marketplaces, arrivals, TINY_GRID, [
    { kind: 'auto-reply', marketplaceId: 'amazon-us', windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '06:00' }] },
  ]);

  it('moves the messages of the auto-reply hours to the twin and keeps every message', () => {
    const inWindow = (hour: number) => hour % 24 >= 5 && hour % 24 < (hour >= 144 ? 10 : 11);
    for (const classId of ['urgent', 'standard', 'no-reply']) {
      const own = split.arrivals.find((q) => q.marketplaceId === 'amazon-us' && q.classId === classId)!;
      const twin = split.arrivals.find((q) => q.marketplaceId === 'amazon-us--acknowledged' && q.classId === classId)!;
      own.values.forEach((value, hour) => expect([value, twin.values[hour]]).toEqual(inWindow(hour) ? [0, 1] : [1, 0]));
    }
    expect(split.arrivals.filter((q) => q.marketplaceId === 'amazon-de')).toEqual(arrivals.filter((q) => q.marketplaceId === 'amazon-de'));
    expect(split.acknowledged).toEqual({ 'amazon-us--acknowledged': 'amazon-us' });
  });

  it('the twin has the same deadlines, languages and clock but no perceived-wait target', () => {
    const twin = split.marketplaces.find((m) => m.id === 'amazon-us--acknowledged')!;
    const { waitTarget, ...original } = scenario.marketplaces[0];
    expect(waitTarget).toEqual({ averageHours: 6 });
    expect(twin).toEqual({ ...original, id: 'amazon-us--acknowledged', name: 'Amazon US (acknowledged by auto-reply)' });
    expect(split.marketplaces.slice(0, 2)).toEqual(scenario.marketplaces);
  });
});
