import { dispatchDuring } from './dispatch-during.util';
import { describeDispatch } from './dispatch-wording.util';
import type { Marketplace } from './scenario.types';
import type { DispatchRun } from './plan.types';

const run = (siteId: string, fromHour: number, toHour: number, queues: string[]): DispatchRun => ({
  siteId,
  fromHour,
  toHour,
  fromUtc: new Date(Date.UTC(2026, 2, 2, fromHour)).toISOString().replace('.000Z', 'Z'),
  toUtc: new Date(Date.UTC(2026, 2, 2, toHour)).toISOString().replace('.000Z', 'Z'),
  queues,
});

// a week from Monday 2 March 2026 00:00 UTC; Kraków is UTC+1 then
const rule = [
  run('krakow', 0, 7, ['de/standard']),
  run('krakow', 7, 11, ['de/urgent', 'de/standard', 'us/standard']),
  run('krakow', 11, 168, ['us/standard', 'de/standard']),
  run('manila', 0, 168, ['us/standard']),
];

describe('dispatchDuring', () => {
  it("cuts the site's runs to a shift, on the site's clock", () => {
    const steps = dispatchDuring(rule, { siteId: 'krakow', startUtc: '2026-03-02T06:00:00Z', endUtc: '2026-03-02T14:00:00Z', timeZone: 'Europe/Warsaw' });
    expect(steps).toEqual([
      { fromUtc: '2026-03-02T06:00:00Z', toUtc: '2026-03-02T07:00:00Z', localDate: '2026-03-02', localFrom: '07:00', localTo: '08:00', queues: ['de/standard'] },
      { fromUtc: '2026-03-02T07:00:00Z', toUtc: '2026-03-02T11:00:00Z', localDate: '2026-03-02', localFrom: '08:00', localTo: '12:00', queues: ['de/urgent', 'de/standard', 'us/standard'] },
      { fromUtc: '2026-03-02T11:00:00Z', toUtc: '2026-03-02T14:00:00Z', localDate: '2026-03-02', localFrom: '12:00', localTo: '15:00', queues: ['us/standard', 'de/standard'] },
    ]);
    expect(dispatchDuring(rule, { siteId: 'lagos', startUtc: '2026-03-02T06:00:00Z', endUtc: '2026-03-02T14:00:00Z', timeZone: 'UTC' })).toEqual([]);
    // a shift past the rule's end of a dated plan gets nothing for those hours
    expect(dispatchDuring(rule, { siteId: 'manila', startUtc: '2026-03-08T20:00:00Z', endUtc: '2026-03-09T04:00:00Z', timeZone: 'UTC' })).toHaveLength(1);
  });

  it("reads a repeated week's rule for a shift in a later week, across the week's end", () => {
    const steps = dispatchDuring(rule, { siteId: 'krakow', startUtc: '2026-03-15T22:00:00Z', endUtc: '2026-03-16T08:00:00Z', timeZone: 'Europe/Warsaw', repeats: true });
    expect(steps.map((s) => [s.fromUtc, s.toUtc, s.queues[0]])).toEqual([
      ['2026-03-15T22:00:00Z', '2026-03-16T00:00:00Z', 'us/standard'],
      ['2026-03-16T00:00:00Z', '2026-03-16T07:00:00Z', 'de/standard'],
      ['2026-03-16T07:00:00Z', '2026-03-16T08:00:00Z', 'de/urgent'],
    ]);
  });
});

describe('describeDispatch', () => {
  it('names the queues by marketplace and class, first worked first', () => {
    const classes = [
      { id: 'urgent', name: 'urgent', share: 0.2, replyDeadlineHours: 4, handleMinutes: 5 },
      { id: 'standard', name: 'standard', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
    ];
    const marketplaces = [
      { id: 'de', name: 'Amazon DE', classes },
      { id: 'us', name: 'Amazon US', classes },
    ] as unknown as Marketplace[];
    const steps = dispatchDuring(rule, { siteId: 'krakow', startUtc: '2026-03-02T07:00:00Z', endUtc: '2026-03-02T12:00:00Z', timeZone: 'Europe/Warsaw' });
    expect(describeDispatch(steps, marketplaces)).toEqual([
      '08:00–12:00 Amazon DE urgent → Amazon DE standard → Amazon US standard',
      '12:00–13:00 Amazon US standard → Amazon DE standard',
    ]);
    expect(describeDispatch([{ ...steps[0], queues: ['jp/standard'] }], marketplaces)).toEqual(['08:00–12:00 jp/standard']);
  });
});
