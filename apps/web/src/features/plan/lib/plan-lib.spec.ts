import type { PlanCoverage, PlannedShift } from '../api/plan.types';
import { clockHourLabel } from './clock-hour-label';
import { coverageClocks, marketplaceCoverageRows, naturalClock, overloadedHours, siteCoverageRows, UTC_CLOCK } from './coverage-rows';
import { planStatusView } from './plan-status';
import { shiftMixRows } from './shift-mix-rows';

const hour = (h: number) => new Date(Date.parse('2026-11-23T00:00:00Z') + h * 3_600_000).toISOString();

const coverage: PlanCoverage = {
  planId: 'p1',
  view: 'utc',
  timeZone: 'UTC',
  sites: [
    {
      siteId: 'manila',
      name: 'Manila',
      timeZone: 'Asia/Manila',
      hours: [
        { utc: hour(0), local: '', onDuty: 5, maxOnDuty: 15, capacityMinutes: 180, workloadMinutes: 120 },
        { utc: hour(1), local: '', onDuty: 3, maxOnDuty: 15, capacityMinutes: 120, workloadMinutes: 120 },
      ],
    },
    {
      siteId: 'shenzhen',
      name: 'Shenzhen',
      timeZone: 'Asia/Shanghai',
      hours: [
        { utc: hour(1), local: '', onDuty: 2, maxOnDuty: 10, capacityMinutes: 60, workloadMinutes: 90 },
        { utc: hour(0), local: '', onDuty: 1, maxOnDuty: 10, capacityMinutes: 30, workloadMinutes: 0 },
      ],
    },
  ],
  queues: [
    {
      marketplaceId: 'amazon-us',
      classId: 'urgent',
      kind: 'deferred',
      deadlineHours: 4,
      handleMinutes: 6,
      hours: [{ utc: hour(0), local: '', arrivals: 10, answered: 8, backlog: 2, plannedBacklog: 2, workloadMinutes: 48 }],
    },
    {
      marketplaceId: 'amazon-us',
      classId: 'standard',
      kind: 'deferred',
      deadlineHours: 24,
      handleMinutes: 4,
      hours: [{ utc: hour(0), local: '', arrivals: 30, answered: 15, backlog: 15, plannedBacklog: 14, workloadMinutes: 60 }],
    },
    {
      marketplaceId: 'amazon-jp',
      classId: 'standard',
      kind: 'deferred',
      deadlineHours: 24,
      handleMinutes: 5,
      hours: [{ utc: hour(0), local: '', arrivals: 12, answered: 12, backlog: 0, plannedBacklog: 0, workloadMinutes: 60 }],
    },
  ],
};

describe('site coverage', () => {
  it('gives one site’s hours in agent-hours, in time order', () => {
    expect(siteCoverageRows(coverage, 'shenzhen')).toEqual([
      { utcMs: Date.parse(hour(0)), onDuty: 1, maxOnDuty: 10, capacityHours: 0.5, workloadHours: 0 },
      { utcMs: Date.parse(hour(1)), onDuty: 2, maxOnDuty: 10, capacityHours: 1, workloadHours: 1.5 },
    ]);
  });

  it('adds every site together hour by hour and counts overloaded hours', () => {
    const all = siteCoverageRows(coverage, null);
    expect(all).toEqual([
      { utcMs: Date.parse(hour(0)), onDuty: 6, maxOnDuty: 25, capacityHours: 3.5, workloadHours: 2 },
      { utcMs: Date.parse(hour(1)), onDuty: 5, maxOnDuty: 25, capacityHours: 3, workloadHours: 3.5 },
    ]);
    expect(overloadedHours(all)).toBe(1);
    expect(overloadedHours(siteCoverageRows(coverage, 'manila'))).toBe(0);
  });
});

describe('marketplace coverage', () => {
  it('adds a marketplace’s classes: messages, backlog, and work as messages × handle time', () => {
    expect(marketplaceCoverageRows(coverage, 'amazon-us')).toEqual([
      // arriving work: 10 × 6 min + 30 × 4 min = 180 min = 3 h; answered: 48 + 60 min = 1.8 h
      { utcMs: Date.parse(hour(0)), arrivals: 40, answered: 23, backlog: 17, arrivingWorkHours: 3, answeredWorkHours: 1.8 },
    ]);
    expect(marketplaceCoverageRows(coverage, null)[0]).toMatchObject({ arrivals: 52, answered: 35, backlog: 17, arrivingWorkHours: 4, answeredWorkHours: 2.8 });
    expect(marketplaceCoverageRows(coverage, 'ebay-us')).toEqual([]);
  });
});

describe('coverage clocks', () => {
  const clocks = coverageClocks(
    [{ id: 'manila', name: 'Manila', timeZone: 'Asia/Manila' }],
    [{ id: 'amazon-us', name: 'Amazon US', timeZone: 'America/New_York' }],
  );

  it('offers buyers’ clocks, then sites’, then UTC', () => {
    expect(clocks.map((c) => [c.value, c.label, c.timeZone])).toEqual([
      ['buyer:amazon-us', 'Amazon US buyers’ time', 'America/New_York'],
      ['site:manila', 'Manila site time', 'Asia/Manila'],
      ['utc', 'UTC', 'UTC'],
    ]);
  });

  it('reads a site on its own clock and a marketplace on its buyers’', () => {
    expect(naturalClock(clocks, { kind: 'site', id: 'manila' }).value).toBe('site:manila');
    expect(naturalClock(clocks, { kind: 'marketplace', id: 'amazon-us' }).value).toBe('buyer:amazon-us');
    expect(naturalClock(clocks, { kind: 'site', id: null }).value).toBe('site:manila');
    expect(naturalClock([UTC_CLOCK], { kind: 'marketplace', id: 'x' })).toBe(UTC_CLOCK);
  });

  it('labels the same UTC hour on each clock, DST included', () => {
    const utc = Date.parse('2026-03-09T13:00:00Z'); // New York on EDT since 8 March
    expect(clockHourLabel(utc, 'America/New_York', 'en-GB')).toBe('Mon 9 Mar, 09:00');
    expect(clockHourLabel(Date.parse('2026-03-06T13:00:00Z'), 'America/New_York', 'en-GB')).toBe('Fri 6 Mar, 08:00');
    expect(clockHourLabel(utc, 'Asia/Manila', 'en-GB')).toBe('Mon 9 Mar, 21:00');
    expect(clockHourLabel(utc, 'UTC', 'en-GB')).toBe('Mon 9 Mar, 13:00');
  });
});

describe('shiftMixRows', () => {
  const shift = (siteId: string, date: string, localStart: string, count: number, languages?: string[]): PlannedShift => ({
    siteId,
    templateId: `${siteId}-8h`,
    date,
    localStart,
    startUtc: '2026-11-23T00:00:00Z',
    endUtc: '2026-11-23T08:00:00Z',
    count,
    ...(languages ? { languages } : {}),
  });

  it('counts agents starting each kind of shift by local weekday, in site order then start time', () => {
    const rows = shiftMixRows(
      [
        shift('shenzhen', '2026-11-23', '09:00', 2),
        shift('manila', '2026-11-23', '22:00', 1),
        shift('shenzhen', '2026-11-24', '09:00', 3),
        shift('shenzhen', '2026-11-30', '09:00', 1),
        shift('manila', '2026-11-29', '06:00', 4, ['ja']),
        shift('manila', '2026-11-29', '06:00', 1),
      ],
      ['manila', 'shenzhen'],
    );
    expect(rows.map((r) => [r.siteId, r.localStart, r.languages.join(), r.byWeekday, r.total, r.lengthHours])).toEqual([
      ['manila', '06:00', '', [0, 0, 0, 0, 0, 0, 1], 1, 8],
      ['manila', '06:00', 'ja', [0, 0, 0, 0, 0, 0, 4], 4, 8],
      ['manila', '22:00', '', [1, 0, 0, 0, 0, 0, 0], 1, 8],
      ['shenzhen', '09:00', '', [3, 3, 0, 0, 0, 0, 0], 6, 8],
    ]);
  });
});

describe('planStatusView', () => {
  it('shows a plan unless it is infeasible or has none', () => {
    expect(planStatusView('optimal', 100)).toMatchObject({ tone: 'success', hasPlan: true });
    expect(planStatusView('timedout', 100)).toMatchObject({ tone: 'warning', hasPlan: true });
    expect(planStatusView('timedout', null)).toMatchObject({ tone: 'error', hasPlan: false });
    expect(planStatusView('infeasible', null)).toMatchObject({ label: 'Infeasible', hasPlan: false });
  });
});
