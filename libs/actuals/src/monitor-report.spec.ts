import { HOUR_MS } from '@app/domain';
import type { ActualMessage, MarketplaceActuals, MonitorInput, MonitorMarketplace, MonitorPlan, ServiceFigures } from './actuals.types';
import { generateActuals } from './generate-actuals';
import { buildMonitorReport, monitorReportCsv } from './monitor-report';

const at = (iso: string) => Date.parse(iso);
const hm = (time: string) => at(`2026-09-07T${time}:00Z`);

const amazonUs: MonitorMarketplace = {
  id: 'amazon-us',
  name: 'Amazon US',
  timeZone: 'America/New_York',
  replyClock: { kind: 'calendar' },
  country: 'US',
  classes: [
    { id: 'urgent', name: 'Urgent', replyDeadlineHours: 4 },
    { id: 'standard', name: 'Standard', replyDeadlineHours: 24 },
    { id: 'no-reply', name: 'No reply needed', replyDeadlineHours: null },
  ],
};

function message(received: string, reply: string | null, classId: string | null, agent: string | null = null, siteId: string | null = null): ActualMessage {
  return { marketplaceId: 'amazon-us', classId, receivedUtcMs: hm(received), firstReplyUtcMs: reply === null ? null : hm(reply), agent, siteId };
}

/*
 * The tiny case: Monday 7 September 2026, 12:00–16:00Z (08:00–12:00 in New York), as of 18:00Z.
 *
 *  #  received  reply            class      deadline  outcome at 18:00          wait (h)
 *  1  12:00     12:30            urgent     16:00     in time                   0.5
 *  2  12:15     17:15            urgent     16:15     late by 1.0               5
 *  3  12:30     13:00            standard   +24 h     in time                   0.5
 *  4  12:45     14:45            (none →    16:45     in time                   2
 *                                 urgent)
 *  5  13:00     —                urgent     17:00     open, late by 1.0         —
 *  6  13:30     19:00 (> asOf)   urgent     17:30     open, late by 0.5         —
 *  7  14:00     —                standard   +24 h     open, not due             —
 *  8  14:30     15:00            no-reply   none      answered, no deadline     (0.5, its class only)
 *  9  15:00     20:00 (> asOf)   standard   +24 h     open, not due             —
 * 10  15:30     15:48            standard   +24 h     in time                   0.3
 *  and two outside the period (11:59 and 16:00), not counted.
 *
 * Marketplace: received 10, answered 6 (1 2 3 4 8 10), in time 4 (1 3 4 10), late 3 (2 5 6),
 * open not due 2 (7 9); SLA 4 / (4 + 3) = 0.571428…; late by (1 + 1 + 0.5) / 3 = 0.8333… h, at
 * most 1 h. Waits of the messages needing a reply, sorted: 0.3 0.5 0.5 2 5: average 8.3 / 5 =
 * 1.66 h; p90 at position 1 + 0.9 × 4 = 4.6: 2 + 0.6 × (5 − 2) = 3.8 h.
 */
const tinyMessages: ActualMessage[] = [
  message('12:00', '12:30', 'urgent', 'ANA@example.com', 'lisbon'),
  message('12:15', '17:15', 'urgent', 'a1'),
  message('12:30', '13:00', 'standard', 'a1', 'lisbon'),
  message('12:45', '14:45', null, 'ana@example.com'),
  message('13:00', null, 'urgent'),
  message('13:30', '19:00', 'urgent', 'a2'),
  message('14:00', null, 'standard'),
  message('14:30', '15:00', 'no-reply', 'a2', 'manila'),
  message('15:00', '20:00', 'standard'),
  message('15:30', '15:48', 'standard', 'temp@example.com', 'manila'),
  message('11:59', '12:05', 'urgent', 'a1'),
  message('16:00', '16:05', 'urgent', 'a1'),
];

/* The plan's grid: 10:00–15:00Z, so it covers the report's hours 12, 13 and 14, not 15. */
const plan: MonitorPlan = {
  planId: 'plan-1',
  gridStartUtcMs: hm('10:00'),
  gridHours: 5,
  queues: [
    { marketplaceId: 'amazon-us', classId: 'urgent', arrivals: [1, 1, 2, 1, 1], backlog: [0, 0, 1, 2, 3] },
    { marketplaceId: 'amazon-us', classId: 'standard', arrivals: [3, 3, 1.5, 1, 0.5], backlog: [1, 1, 2, 2, 2] },
  ],
  marketplaces: [{ marketplaceId: 'amazon-us', slaAttainment: 0.95, averageWaitHours: 2, p90WaitHours: 6 }],
};

const tiny: MonitorInput = {
  fromUtcMs: hm('12:00'),
  toUtcMs: hm('16:00'),
  asOfUtcMs: hm('18:00'),
  marketplaces: [amazonUs],
  actuals: tinyMessages,
  plan,
  simulation: { simulationId: 'sim-1', marketplaces: [{ marketplaceId: 'amazon-us', slaAttainment: 0.9, averageWaitHours: 2.5, p90WaitHours: 7 }] },
  shifts: [
    { agentId: 'a1', agentName: 'Ana Silva', email: 'ana@example.com', siteId: 'lisbon', startUtcMs: hm('12:00'), endUtcMs: hm('14:30') },
    { agentId: 'a2', agentName: 'Rui Costa', email: 'rui@example.com', siteId: 'manila', startUtcMs: hm('13:30'), endUtcMs: hm('16:00') },
    { agentId: 'a3', agentName: 'Li Wei', email: null, siteId: 'manila', startUtcMs: hm('20:00'), endUtcMs: hm('22:00') },
  ],
  promises: [
    { marketplaceId: 'amazon-us', hourStartUtcMs: hm('12:00'), replyByUtcMs: hm('14:00') },
    { marketplaceId: 'amazon-us', hourStartUtcMs: hm('13:00'), replyByUtcMs: hm('17:45') },
    { marketplaceId: 'amazon-us', hourStartUtcMs: hm('14:00'), replyByUtcMs: null },
    { marketplaceId: 'amazon-us', hourStartUtcMs: hm('15:00'), replyByUtcMs: hm('19:00') },
  ],
};

/** Figures with the fractions compared to 10 decimals. */
function expectFigures(actual: ServiceFigures, expected: ServiceFigures): void {
  const close = (value: number | null) => (value === null ? null : expect.closeTo(value, 10));
  expect(actual).toEqual({
    ...expected,
    forecast: close(expected.forecast),
    slaAttainment: close(expected.slaAttainment),
    averageWaitHours: close(expected.averageWaitHours),
    p90WaitHours: close(expected.p90WaitHours),
    lateByHours: expected.lateByHours && { average: close(expected.lateByHours.average), max: close(expected.lateByHours.max) },
  });
}

describe('buildMonitorReport — the tiny case by hand', () => {
  const report = buildMonitorReport(tiny);
  const row = (classId: string | null) => report.marketplaces.find((r) => r.classId === classId) as (typeof report.marketplaces)[number];

  it('names the period, the plan and the simulation, and lists the marketplace before its classes', () => {
    expect([report.fromUtc, report.toUtc, report.asOfUtc, report.planId, report.simulationId]).toEqual([
      '2026-09-07T12:00:00Z',
      '2026-09-07T16:00:00Z',
      '2026-09-07T18:00:00Z',
      'plan-1',
      'sim-1',
    ]);
    expect(report.marketplaces.map((r) => r.classId)).toEqual([null, 'urgent', 'standard', 'no-reply']);
  });

  it('gives the marketplace its figures over the period, the plan\'s forecast of the hours it covers and its promises', () => {
    const total = row(null);
    // forecast: the grid's hours 12–14: urgent 2 + 1 + 1, standard 1.5 + 1 + 0.5 = 7
    expectFigures(total.actual, {
      forecast: 7,
      received: 10,
      answered: 6,
      answeredInTime: 4,
      late: 3,
      openNotDue: 2,
      lateByHours: { average: 2.5 / 3, max: 1 },
      slaAttainment: 4 / 7,
      averageWaitHours: 1.66,
      p90WaitHours: 3.8,
    });
    expect(total.planned).toEqual({ slaAttainment: 0.95, averageWaitHours: 2, p90WaitHours: 6 });
    expect(total.simulated).toEqual({ slaAttainment: 0.9, averageWaitHours: 2.5, p90WaitHours: 7 });
    // all four hours are on 7 September in New York
    expect(total.days.map((d) => d.date)).toEqual(['2026-09-07']);
    const { date, ...dayFigures } = total.days[0];
    expect(date).toBe('2026-09-07');
    expectFigures(dayFigures, total.actual);
  });

  it('gives each class its own figures; a class without a deadline only counts received and answered', () => {
    // urgent: 1 2 4 5 6; waits 0.5 2 5: average 2.5, p90 at 1 + 0.9 × 2 = 2.8: 2 + 0.8 × 3 = 4.4; SLA 2 / 5
    expectFigures(row('urgent').actual, {
      forecast: 4,
      received: 5,
      answered: 3,
      answeredInTime: 2,
      late: 3,
      openNotDue: 0,
      lateByHours: { average: 2.5 / 3, max: 1 },
      slaAttainment: 0.4,
      averageWaitHours: 2.5,
      p90WaitHours: 4.4,
    });
    // standard: 3 7 9 10; waits 0.3 0.5: average 0.4, p90 0.3 + 0.9 × 0.2 = 0.48; nothing late
    expectFigures(row('standard').actual, {
      forecast: 3,
      received: 4,
      answered: 2,
      answeredInTime: 2,
      late: 0,
      openNotDue: 2,
      lateByHours: null,
      slaAttainment: 1,
      averageWaitHours: 0.4,
      p90WaitHours: 0.48,
    });
    // no-reply: message 8; the plan has no queue for it
    expectFigures(row('no-reply').actual, {
      forecast: null,
      received: 1,
      answered: 1,
      answeredInTime: 0,
      late: 0,
      openNotDue: 0,
      lateByHours: null,
      slaAttainment: null,
      averageWaitHours: 0.5,
      p90WaitHours: 0.5,
    });
    expect(row('urgent').planned).toBeNull();
  });

  it('counts each message in the hour it was received, with the backlog at each hour\'s end', () => {
    const hours = row(null).hours;
    expect(hours.map((h) => [h.startUtc, h.localStart])).toEqual([
      ['2026-09-07T12:00:00Z', '2026-09-07T08:00-04:00'],
      ['2026-09-07T13:00:00Z', '2026-09-07T09:00-04:00'],
      ['2026-09-07T14:00:00Z', '2026-09-07T10:00-04:00'],
      ['2026-09-07T15:00:00Z', '2026-09-07T11:00-04:00'],
    ]);
    // hour 12: 1 2 3 4, waits 0.5 0.5 2 5: average 2, p90 at 1 + 0.9 × 3 = 3.7: 2 + 0.7 × 3 = 4.1
    expectFigures(strip(hours[0]), {
      forecast: 3.5,
      received: 4,
      answered: 4,
      answeredInTime: 3,
      late: 1,
      openNotDue: 0,
      lateByHours: { average: 1, max: 1 },
      slaAttainment: 0.75,
      averageWaitHours: 2,
      p90WaitHours: 4.1,
    });
    // hour 13: 5 and 6, both open past their deadlines
    expectFigures(strip(hours[1]), {
      forecast: 2,
      received: 2,
      answered: 0,
      answeredInTime: 0,
      late: 2,
      openNotDue: 0,
      lateByHours: { average: 0.75, max: 1 },
      slaAttainment: 0,
      averageWaitHours: null,
      p90WaitHours: null,
    });
    // hour 14: 7 open not due, 8 answered without a deadline (its wait is not the marketplace's)
    expectFigures(strip(hours[2]), {
      forecast: 1.5,
      received: 2,
      answered: 1,
      answeredInTime: 0,
      late: 0,
      openNotDue: 1,
      lateByHours: null,
      slaAttainment: null,
      averageWaitHours: null,
      p90WaitHours: null,
    });
    // hour 15: outside the plan's grid
    expectFigures(strip(hours[3]), {
      forecast: null,
      received: 2,
      answered: 1,
      answeredInTime: 1,
      late: 0,
      openNotDue: 1,
      lateByHours: null,
      slaAttainment: 1,
      averageWaitHours: 0.3,
      p90WaitHours: 0.3,
    });
    // open at 13:00: 2 3 4 (3 is answered at 13:00 itself, in the next hour); at 14:00: 2 4 5 6;
    // at 15:00: 2 5 6 7 8; at 16:00: 2 5 6 7 9 (8 and 10 answered in hour 15)
    expect(hours.map((h) => h.actualBacklog)).toEqual([3, 4, 5, 5]);
    expect(hours.map((h) => h.plannedBacklog)).toEqual([3, 4, 5, null]);
    expect(row('urgent').hours.map((h) => [h.received, h.actualBacklog, h.plannedBacklog, h.forecast])).toEqual([
      [3, 2, 1, 2],
      [2, 4, 2, 1],
      [0, 3, 3, 1],
      [0, 3, null, null],
    ]);
  });

  it('sets replies against the shifts: whole and partial hours, replies outside shifts, names not on the rota', () => {
    // Ana 12:00–14:30 (2.5 h: hours 12, 13 and half of 14): replies 12:30 and 13:00 in, 14:45 outside
    // Rui 13:30–16:00 (half of 13, 14, 15): one reply at 15:00; replies at 16:00 or later belong to the next period
    // Li's shift is after the period and he sent nothing: not listed
    expect(report.agents).toEqual([
      { agentId: 'a1', exportName: null, agentName: 'Ana Silva', siteId: 'lisbon', scheduledHours: 2.5, scheduledHoursWithReplies: 2, scheduledHoursWithoutReplies: 0.5, replies: 3, repliesOutsideShifts: 1 },
      { agentId: 'a2', exportName: null, agentName: 'Rui Costa', siteId: 'manila', scheduledHours: 2.5, scheduledHoursWithReplies: 1, scheduledHoursWithoutReplies: 1.5, replies: 1, repliesOutsideShifts: 0 },
      { agentId: null, exportName: 'temp@example.com', agentName: null, siteId: 'manila', scheduledHours: 0, scheduledHoursWithReplies: 0, scheduledHoursWithoutReplies: 0, replies: 1, repliesOutsideShifts: 1 },
    ]);
    expect(report.sites).toEqual([
      { siteId: 'lisbon', scheduledHours: 2.5, scheduledHoursWithReplies: 2, replies: 3, repliesOutsideShifts: 1 },
      { siteId: 'manila', scheduledHours: 2.5, scheduledHoursWithReplies: 1, replies: 2, repliesOutsideShifts: 1 },
    ]);
  });

  it('checks the auto-reply promises: kept, broken, pending', () => {
    // hour 12 (by 14:00): 1 and 3 kept, 2 and 4 broken; hour 13 (by 17:45): 5 and 6 still open at 18:00, broken;
    // hour 14 promised nothing; hour 15 (by 19:00): 10 kept, 9 open but not yet due
    expect(report.promises).toEqual([{ marketplaceId: 'amazon-us', promised: 8, kept: 3, broken: 4, pending: 1, keptShare: 3 / 7 }]);
  });

  it('says in sentences how it went', () => {
    expect(report.notes).toEqual([
      'Amazon US: 57.1 % answered in time so far (4 of 7 due; plan 95.0 %, simulated 90.0 %)',
      'Amazon US: 3 messages late, by 0.8 h on average (at most 1.0 h)',
      // the plan's hours 12–14 only: 8 received against 7
      'Amazon US: 8 messages received against 7 forecast (+14 %)',
      '2 agents had scheduled hours without a reply: Rui Costa 1.5 h, Ana Silva 0.5 h',
      '1 agent name in the export matches no one on the rota: temp@example.com (1 reply)',
      'Amazon US: 4 of 8 auto-reply promises broken',
    ]);
  });

  it('writes one CSV row per marketplace, class and hour', () => {
    const lines = monitorReportCsv(report).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 4 * 4);
    expect(lines[0]).toBe(
      'marketplace,class,hour_start_utc,hour_start_local,forecast,received,answered,answered_in_time,late,open_not_due,sla_attainment,average_wait_hours,p90_wait_hours,late_by_hours_average,late_by_hours_max,actual_backlog,planned_backlog',
    );
    expect(lines[1]).toBe('amazon-us,,2026-09-07T12:00:00Z,2026-09-07T08:00-04:00,3.5,4,4,3,1,0,0.75,2,4.1,1,1,3,3');
    expect(lines[4]).toBe('amazon-us,,2026-09-07T15:00:00Z,2026-09-07T11:00-04:00,,2,1,1,0,1,1,0.3,0.3,,,5,');
    expect(lines[5]).toBe('amazon-us,urgent,2026-09-07T12:00:00Z,2026-09-07T08:00-04:00,2,3,3,2,1,0,0.6667,2.5,4.4,1,1,2,1');
  });
});

/** An hour's service figures without its labels and backlogs. */
function strip({ localStart, startUtc, actualBacklog, plannedBacklog, ...figures }: MarketplaceActuals['hours'][number]): ServiceFigures {
  return figures;
}

describe('buildMonitorReport — a business reply clock', () => {
  /*
   * A shop answering Monday–Friday 09:00–18:00 London time, public holidays off, 9 clock hours
   * to reply. Monday 25 May 2026 is the Spring bank holiday (BST, UTC+1).
   *  a  Fri 22 May 16:00Z (17:00): 1 h on Friday, Monday off, 8 h from Tuesday 09:00 → Tue 16:00Z; answered Tue 15:00Z: in time (95 h)
   *  b  Sat 23 May 09:00Z: the clock starts Tuesday 09:00 (08:00Z) → Tue 17:00Z; answered Tue 17:30Z: late by 0.5 h (80.5 h)
   *  c  Fri 22 May 10:00Z (11:00): 7 h on Friday, 2 h on Tuesday → Tue 10:00Z; answered Fri 17:30Z: in time (7.5 h)
   *  d  Tue 26 May 12:00Z (13:00): 5 h on Tuesday, 4 h on Wednesday → Wed 12:00Z; open at the period's end (Wed 00:00Z): not due
   * SLA 2 / 3; waits 7.5 80.5 95: average 61 h, p90 at 1 + 0.9 × 2 = 2.8: 80.5 + 0.8 × 14.5 = 92.1 h.
   */
  const shop: MonitorMarketplace = {
    id: 'shop-uk',
    name: 'Shop UK',
    timeZone: 'Europe/London',
    replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true },
    country: 'GB',
    classes: [{ id: 'standard', name: 'Standard', replyDeadlineHours: 9 }],
  };
  const shopMessage = (received: string, reply: string | null): ActualMessage => ({
    marketplaceId: 'shop-uk',
    classId: 'standard',
    receivedUtcMs: at(received),
    firstReplyUtcMs: reply === null ? null : at(reply),
    agent: null,
    siteId: null,
  });
  const report = buildMonitorReport({
    fromUtcMs: at('2026-05-22T00:00:00Z'),
    toUtcMs: at('2026-05-27T00:00:00Z'),
    marketplaces: [shop],
    actuals: [
      shopMessage('2026-05-22T16:00:00Z', '2026-05-26T15:00:00Z'),
      shopMessage('2026-05-23T09:00:00Z', '2026-05-26T17:30:00Z'),
      shopMessage('2026-05-22T10:00:00Z', '2026-05-22T17:30:00Z'),
      shopMessage('2026-05-26T12:00:00Z', null),
    ],
    plan: null,
    shifts: [],
  });

  it('gives deadlines on the business clock, waits in calendar hours', () => {
    expectFigures(report.marketplaces[0].actual, {
      forecast: null,
      received: 4,
      answered: 3,
      answeredInTime: 2,
      late: 1,
      openNotDue: 1,
      lateByHours: { average: 0.5, max: 0.5 },
      slaAttainment: 2 / 3,
      averageWaitHours: 61,
      p90WaitHours: 92.1,
    });
    expect(report.asOfUtc).toBe('2026-05-27T00:00:00Z');
    expect(report.planId).toBeNull();
    expect(report.promises).toEqual([]);
  });

  it('counts each message on its buyer-local date (London), every date the period touches listed', () => {
    // the period is 22 May 01:00 to 27 May 01:00 London time
    expect(report.marketplaces[0].days.map((d) => [d.date, d.received, d.forecast])).toEqual([
      ['2026-05-22', 2, null],
      ['2026-05-23', 1, null],
      ['2026-05-24', 0, null],
      ['2026-05-25', 0, null],
      ['2026-05-26', 1, null],
      ['2026-05-27', 0, null],
    ]);
    expect(report.marketplaces[0].hours).toHaveLength(120);
    expect(report.notes).toEqual(['Shop UK: 66.7 % answered in time so far (2 of 3 due)', 'Shop UK: 1 message late, by 0.5 h on average (at most 0.5 h)']);
  });
});

describe('buildMonitorReport — a generated week', () => {
  /*
   * Two marketplaces over a week, arrivals from a plan's forecast (whole numbers, so the counts
   * equal it). Waits of 1–3.5 h are in time for both deadlines (4 h and 24 h), 30–40 h late for
   * both; the unanswered are all past their deadlines when the report is taken a week later.
   */
  const from = at('2026-09-07T00:00:00Z');
  const to = from + 168 * HOUR_MS;
  const uk: MonitorMarketplace = { ...amazonUs, id: 'amazon-uk', name: 'Amazon UK', timeZone: 'Europe/London', country: 'GB', classes: amazonUs.classes.slice(0, 2) };
  const marketplaces = [amazonUs, uk];
  const arrivals = (base: number) => Array.from({ length: 168 }, (_, h) => base + (h % 24 >= 8 && h % 24 < 20 ? 3 : 0));
  const weekPlan: MonitorPlan = {
    planId: 'week',
    gridStartUtcMs: from,
    gridHours: 168,
    queues: [
      { marketplaceId: 'amazon-us', classId: 'urgent', arrivals: arrivals(0), backlog: new Array(168).fill(0) },
      { marketplaceId: 'amazon-us', classId: 'standard', arrivals: arrivals(2), backlog: new Array(168).fill(0) },
      { marketplaceId: 'amazon-uk', classId: 'standard', arrivals: arrivals(1), backlog: new Array(168).fill(0) },
    ],
    marketplaces: [],
  };
  const bands = [
    { share: 0.8, minHours: 1, maxHours: 3.5 },
    { share: 0.15, minHours: 30, maxHours: 40 },
  ];
  const generated = generateActuals({
    seed: 2026,
    fromUtcMs: from,
    toUtcMs: to,
    marketplaces: [
      {
        marketplaceId: 'amazon-us',
        arrivalsPerHour: weekPlan.queues.filter((q) => q.marketplaceId === 'amazon-us').reduce((sum, q) => sum.map((v, h) => v + q.arrivals[h]), new Array(168).fill(0)),
        classes: [
          { classId: 'urgent', share: 0.25 },
          { classId: 'standard', share: 0.75 },
        ],
        replyBands: bands,
        unansweredShare: 0.05,
      },
      { marketplaceId: 'amazon-uk', arrivalsPerHour: weekPlan.queues[2].arrivals, replyBands: bands, unansweredShare: 0.05 },
    ],
  });
  const report = buildMonitorReport({ fromUtcMs: from, toUtcMs: to, asOfUtcMs: to + 168 * HOUR_MS, marketplaces, actuals: generated.messages, plan: weekPlan, shifts: [] });

  it('shows the figures the generator built', () => {
    for (const summary of generated.marketplaces) {
      const total = report.marketplaces.find((r) => r.marketplaceId === summary.marketplaceId && r.classId === null) as (typeof report.marketplaces)[number];
      const [inTime, late] = summary.bands;
      expect(total.actual).toMatchObject({
        forecast: summary.received,
        received: summary.received,
        answered: inTime.messages + late.messages,
        answeredInTime: inTime.messages,
        late: late.messages + summary.unanswered,
        openNotDue: 0,
        slaAttainment: inTime.messages / summary.received,
      });
      expect(total.hours.map((h) => h.received)).toEqual(summary.perHour);
      expect(total.hours.map((h) => h.forecast)).toEqual(summary.perHour);
      expect(total.actual.averageWaitHours as number).toBeGreaterThan(1);
      expect(total.actual.averageWaitHours as number).toBeLessThan(40);
    }
    const us = generated.marketplaces[0];
    // 168 h × 2 + 84 h × 6 = 840 messages; urgent a quarter: 210
    expect(us.received).toBe(840);
    expect(report.marketplaces.find((r) => r.marketplaceId === 'amazon-us' && r.classId === 'urgent')?.actual.received).toBe(210);
    expect(report.marketplaces[0].actual).toMatchObject({ received: 840, answeredInTime: 672, late: 126 + 42, slaAttainment: 0.8 });
    // the uk marketplace's waits: the fixed bands bound every wait, so p90 sits in the late band
    expect(report.marketplaces[1].actual.p90WaitHours as number).toBeGreaterThanOrEqual(30);
  });

  it('gives the actual backlog at the end of the week as the messages still open then', () => {
    const open = generated.messages.filter((m) => m.marketplaceId === 'amazon-us' && (m.firstReplyUtcMs === null || m.firstReplyUtcMs >= to)).length;
    const hours = report.marketplaces[0].hours;
    expect(hours[hours.length - 1].actualBacklog).toBe(open);
  });
});

describe('buildMonitorReport — edges', () => {
  it('refuses a period that ends before it starts', () => {
    expect(() => buildMonitorReport({ ...tiny, toUtcMs: tiny.fromUtcMs })).toThrow('the period must end after it starts (2026-09-07T12:00:00Z to 2026-09-07T12:00:00Z)');
  });

  it('reports a marketplace without messages and without a plan with empty figures', () => {
    const report = buildMonitorReport({ ...tiny, actuals: [], plan: null, simulation: null, shifts: [], promises: [] });
    expect(report.marketplaces[0].actual).toEqual({
      forecast: null,
      received: 0,
      answered: 0,
      answeredInTime: 0,
      late: 0,
      openNotDue: 0,
      lateByHours: null,
      slaAttainment: null,
      averageWaitHours: null,
      p90WaitHours: null,
    });
    expect(report.notes).toEqual(['Amazon US: nothing due yet (0 received)']);
    expect(report.agents).toEqual([]);
  });
});
