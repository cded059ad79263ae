import { HOUR_MS } from '@app/domain';
import { tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';
import type { GridSpec } from './planning-problem.types';
import { siteShiftOptions } from './shift-options.util';

/** Site-local shift templates placed on the UTC grid, across the US (9 March 2025) and EU (30 March 2025) clock changes. */
describe('siteShiftOptions', () => {
  const week = (start: string): GridSpec => ({ startUtcMs: Date.parse(`${start}T00:00:00Z`), hours: 168, mode: 'dated' });
  const everyDay = [1, 2, 3, 4, 5, 6, 7] as const;
  const startsUtc = (zone: string, grid: GridSpec) => {
    const site = tinySite({ id: zone, timeZone: zone });
    const options = siteShiftOptions(site, 0, [tinyTemplate(site.id, ['09:00'], 8, [...everyDay])], grid, new Array(grid.hours).fill(1), 0);
    return options.filter((o) => o.startUtcMs >= grid.startUtcMs).map((o) => new Date(o.startUtcMs).toISOString().slice(5, 16));
  };

  it('moves a 09:00 Berlin shift from 08:00 to 07:00 UTC on Sunday 30 March, while 09:00 Shanghai stays at 01:00 UTC', () => {
    const grid = week('2025-03-24');
    expect(startsUtc('Europe/Berlin', grid)).toEqual(['03-24T08:00', '03-25T08:00', '03-26T08:00', '03-27T08:00', '03-28T08:00', '03-29T08:00', '03-30T07:00']);
    expect(startsUtc('Asia/Shanghai', grid)).toEqual(['03-24T01:00', '03-25T01:00', '03-26T01:00', '03-27T01:00', '03-28T01:00', '03-29T01:00', '03-30T01:00']);
  });

  it('moves a 09:00 New York shift from 14:00 to 13:00 UTC on Sunday 9 March, three weeks before Berlin', () => {
    const grid = week('2025-03-03');
    expect(startsUtc('America/New_York', grid)).toEqual(['03-03T14:00', '03-04T14:00', '03-05T14:00', '03-06T14:00', '03-07T14:00', '03-08T14:00', '03-09T13:00']);
    expect(startsUtc('Europe/Berlin', grid)).toEqual(['03-03T08:00', '03-04T08:00', '03-05T08:00', '03-06T08:00', '03-07T08:00', '03-08T08:00', '03-09T08:00']);
  });

  it('covers grid hours by the share on duty: 09:00 in Kolkata (UTC+5:30) is half of 03:00 UTC, … , half of 11:00 UTC', () => {
    const grid = week('2025-01-06');
    const site = tinySite({ id: 'kolkata', timeZone: 'Asia/Kolkata' });
    const [first] = siteShiftOptions(site, 0, [tinyTemplate(site.id, ['09:00'], 8, [1])], grid, new Array(168).fill(2), 0);
    expect(first.coverHours).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(first.coverShares).toEqual([0.5, 1, 1, 1, 1, 1, 1, 1, 0.5]);
    expect(first.cost).toBeCloseTo(16, 9);
  });

  it('keeps a night shift that started before a dated grid, charged only for its hours inside; a cyclic week wraps it instead', () => {
    const site = tinySite({ id: 'night' });
    const template = tinyTemplate(site.id, ['22:00'], 8, [...everyDay]);
    const dated = siteShiftOptions(site, 0, [template], week('2025-01-06'), new Array(168).fill(1), 0);
    const carriedIn = dated.find((o) => o.startUtcMs < Date.parse('2025-01-06T00:00:00Z'))!;
    expect(carriedIn.coverHours).toEqual([0, 1, 2, 3, 4, 5]);
    expect(carriedIn.cost).toBeCloseTo(6, 9);
    const cyclic = siteShiftOptions(site, 0, [template], { ...week('2025-01-06'), mode: 'cyclic' }, new Array(168).fill(1), 0);
    expect(cyclic).toHaveLength(7);
    const sundayNight = cyclic.find((o) => o.startUtcMs === Date.parse('2025-01-12T22:00:00Z'))!;
    expect(sundayNight.coverHours).toEqual([166, 167, 0, 1, 2, 3, 4, 5]);
    expect(sundayNight.endUtcMs - sundayNight.startUtcMs).toBe(8 * HOUR_MS);
  });
});
