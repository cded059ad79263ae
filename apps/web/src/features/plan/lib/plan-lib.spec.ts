import type { PlanCoverage, PlannedShift } from '../api/plan.types';
import { clockHourLabel } from './clock-hour-label';
import { coverageClocks, marketplaceCoverageRows, naturalClock, overloadedHours, siteCoverageRows, UTC_CLOCK } from './coverage-rows';
import type { PlanPayroll } from '../api/plan.types';
import { payrollPeriodRows, payrollSiteRows } from './payroll-rows';
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

describe('payroll rows', () => {
  const period = (name: string, base: number, premiums: number, idleContracted = 0) => ({ period: name, base, premiums, overtime: 0, vendor: 0, idleContracted, total: base + premiums + idleContracted });
  const payroll: PlanPayroll = {
    reportingCurrency: 'USD',
    hours: 336,
    total: 1550,
    sites: [
      {
        siteId: 'shenzhen', currency: 'CNY', base: 900, premiums: 50, overtime: 0, vendor: 0, idleContracted: 50, total: 1000, totalLocal: 7142.86, workedHours: 200, contractedHours: 240,
        byWeek: [period('week 1', 450, 25, 25), period('week 2', 450, 25, 25)],
        byMonth: [period('2026-11', 100, 5), period('2026-12', 800, 45, 50)],
      },
      {
        siteId: 'manila', currency: 'PHP', base: 500, premiums: 30, overtime: 20, vendor: 0, idleContracted: 0, total: 550, totalLocal: 30555.56, workedHours: 110, contractedHours: 0,
        byWeek: [{ ...period('week 1', 250, 15), overtime: 20, total: 285 }, period('week 2', 250, 15)],
        byMonth: [{ ...period('2026-12', 500, 30), overtime: 20, total: 550 }],
      },
    ],
  };

  it('gives a row per site and an all-sites row whose components add up to the plan’s total', () => {
    const rows = payrollSiteRows(payroll);
    expect(rows.map((row) => row.siteId)).toEqual(['shenzhen', 'manila', null]);
    expect(rows[2]).toEqual({ key: 'all', siteId: null, base: 1400, premiums: 80, overtime: 20, vendor: 0, idleContracted: 50, total: 1550, totalLocal: null, currency: null, workedHours: 310, contractedHours: 240 });
    expect(payrollSiteRows({ ...payroll, sites: [payroll.sites[0]] }).map((row) => row.key)).toEqual(['shenzhen']);
  });

  it('lays weeks and each site’s months side by side, in order, with each site’s total', () => {
    const months = payrollPeriodRows(payroll, 'month');
    expect(months.map((row) => [row.period, row.total, row.bySite])).toEqual([
      ['2026-11', 105, { shenzhen: 105 }],
      ['2026-12', 1445, { shenzhen: 895, manila: 550 }],
    ]);
    expect(months[1]).toMatchObject({ base: 1300, premiums: 75, overtime: 20, idleContracted: 50 });
    const weeks = payrollPeriodRows({ ...payroll, sites: payroll.sites.map((site) => ({ ...site, byWeek: [...site.byWeek].reverse() })) }, 'week');
    expect(weeks.map((row) => [row.period, row.total])).toEqual([
      ['week 1', 785],
      ['week 2', 765],
    ]);
    expect(weeks.reduce((sum, row) => sum + row.total, 0)).toBe(payroll.total);
  });

  it('gives one site’s periods when asked', () => {
    expect(payrollPeriodRows(payroll, 'month', 'manila').map((row) => [row.period, row.total, row.overtime])).toEqual([['2026-12', 550, 20]]);
    expect(payrollPeriodRows(payroll, 'week', 'shenzhen').map((row) => row.total)).toEqual([500, 500]);
  });

  it('orders week 10 after week 9', () => {
    const site = { ...payroll.sites[1], byWeek: ['week 10', 'week 9', 'week 1'].map((name) => period(name, 1, 0)) };
    expect(payrollPeriodRows({ ...payroll, sites: [site] }, 'week').map((row) => row.period)).toEqual(['week 1', 'week 9', 'week 10']);
  });
});

describe('plan status with staffing gaps', () => {
  it('never reads as a plain success when the named team is short', () => {
    expect(planStatusView('optimal', 1000, 0)).toEqual({ label: 'Optimal', tone: 'success', hasPlan: true });
    expect(planStatusView('optimal', 1000, 3)).toEqual({ label: 'Optimal · team short-staffed', tone: 'warning', hasPlan: true });
    expect(planStatusView('feasible', 1000, 1)).toMatchObject({ tone: 'warning', label: 'Feasible, within the gap shown · team short-staffed' });
    // no plan: the gaps do not matter
    expect(planStatusView('infeasible', null, 2)).toEqual({ label: 'Infeasible', tone: 'error', hasPlan: false });
  });
});
