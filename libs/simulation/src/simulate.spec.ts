import { localToUtc, type HourGrid, type Marketplace, type PlannedShift } from '@app/domain';
import { hoursOn, marketplace, priorityClass, site } from './__fixtures__/simulation-fixtures';
import { staffingFromShifts, staffingFromSiteHours } from './input/staffing.util';
import { simulate, simulateAsync } from './simulate';
import type { QueueDiscipline, ReplayMessage, SimulationInput } from './simulation.types';

const MONDAY: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 24, mode: 'dated' };
const at = (time: string, date = '2024-03-04') => Date.parse(`${date}T${time}:00Z`);
const message = (marketplaceId: string, classId: string, receivedUtcMs: number): ReplayMessage => ({ marketplaceId, classId, receivedUtcMs });

function oneAgentAtNine(marketplaces: Marketplace[], messages: ReplayMessage[], hours = [9]): SimulationInput {
  return {
    marketplaces,
    sites: [site('sz')],
    staffing: staffingFromSiteHours(MONDAY, { sz: hoursOn(24, hours) }),
    arrivals: { kind: 'replay', messages },
  };
}

describe('simulate: hand-checkable replays', () => {
  it('one agent, three messages: replies at 09:10, 09:20 and 09:30', () => {
    const input = oneAgentAtNine(
      [marketplace('amazon-us', [priorityClass('standard', 24, 10)])],
      ['08:30', '09:05', '09:07'].map((time) => message('amazon-us', 'standard', at(time))),
    );
    const result = simulate(input, { handleTime: 'fixed', traceLimit: 10 });

    expect(result.replications).toBe(1);
    expect(result.trace!.map((entry) => [entry.receivedUtc, entry.answeredUtc, entry.repliedUtc])).toEqual([
      ['2024-03-04T08:30:00Z', '2024-03-04T09:00:00Z', '2024-03-04T09:10:00Z'],
      ['2024-03-04T09:05:00Z', '2024-03-04T09:10:00Z', '2024-03-04T09:20:00Z'],
      ['2024-03-04T09:07:00Z', '2024-03-04T09:20:00Z', '2024-03-04T09:30:00Z'],
    ]);
    const queue = result.queues[0];
    // waits 40, 15 and 23 minutes
    expect(queue.averageWaitHours.mean).toBeCloseTo(26 / 60, 10);
    expect(queue.slaAttainment.mean).toBe(1);
    expect(queue.messagesBand.mean).toBe(3);
    // the largest of three is the 99th percentile, read from a bin at most 3.2 % wide
    expect(queue.pooledWait.p99Hours * 60).toBeGreaterThan(40 * 0.97);
    expect(queue.pooledWait.p99Hours * 60).toBeLessThanOrEqual(40 * 1.04);
    // one message waiting at 09:00, none at 10:00
    expect(queue.backlogByHour.mean.slice(7, 10)).toEqual([0, 1, 0]);
    // the agent handled 30 of its 60 minutes in hour 9
    expect(result.pools[0].occupancyByHour[9]).toBeCloseTo(0.5, 10);
    expect(result.pools[0].occupancy.mean).toBeCloseTo(0.5, 10);
    // the 08:30 message was replied 70 min after 08:00, the 09:xx ones 20 and 30 min after 09:00 (15-minute bins, rounded up)
    expect(result.marketplaces[0].replyByMinutes.slice(8, 10)).toEqual([75, 45]);
    expect(result.marketplaces[0].worstHour).toEqual({ localHourOfWeek: 8, label: 'Mon 08:00–09:00', averageWaitHours: 40 / 60 });
  });

  it('a message nobody can answer before the horizon ends is late and unanswered', () => {
    const input = oneAgentAtNine([marketplace('amazon-us', [priorityClass('urgent', 2, 10)])], [message('amazon-us', 'urgent', at('11:00'))]);
    const result = simulate(input, { handleTime: 'fixed' });
    expect(result.queues[0].unanswered.mean).toBe(1);
    expect(result.queues[0].slaAttainment.mean).toBe(0);
    expect(Number.isNaN(result.queues[0].averageWaitHours.mean)).toBe(true);
  });
});

describe('simulate: queue discipline', () => {
  // urgent is due 75 minutes after it arrives, standard the next day; one agent from 09:00, 30 minutes a message
  const twoClasses = [marketplace('amazon-us', [priorityClass('urgent', 1.25, 30), priorityClass('standard', 24, 30)])];
  const messages = [message('amazon-us', 'standard', at('08:00')), message('amazon-us', 'urgent', at('08:30'))];
  const replies = (discipline: QueueDiscipline) => {
    const result = simulate(oneAgentAtNine(twoClasses, messages), { handleTime: 'fixed', discipline, traceLimit: 5 });
    return { result, replied: Object.fromEntries(result.trace!.map((entry) => [entry.classId, entry.repliedUtc])) };
  };

  it('FIFO answers the older standard message first and misses the urgent deadline', () => {
    const { result, replied } = replies('fifo');
    expect(replied).toEqual({ standard: '2024-03-04T09:30:00Z', urgent: '2024-03-04T10:00:00Z' });
    expect(result.queues.find((queue) => queue.classId === 'urgent')!.slaAttainment.mean).toBe(0);
  });

  it('earliest deadline first answers the urgent message first and keeps both deadlines', () => {
    const { result, replied } = replies('edf');
    expect(replied).toEqual({ urgent: '2024-03-04T09:30:00Z', standard: '2024-03-04T10:00:00Z' });
    expect(result.slaAttainment.mean).toBe(1);
    // urgent waits 1 h instead of 1.5 h, standard 2 h instead of 1.5 h
    expect(result.queues.find((queue) => queue.classId === 'urgent')!.averageWaitHours.mean).toBeCloseTo(1, 10);
    expect(result.queues.find((queue) => queue.classId === 'standard')!.averageWaitHours.mean).toBeCloseTo(2, 10);
  });

  it('strict class priority answers urgent first even when an older standard message is due sooner', () => {
    // standard (due 10 h after 00:00, i.e. 10:00) vs urgent (due 4 h after 08:30, i.e. 12:30); standard takes 40 minutes
    const classes = [marketplace('amazon-us', [priorityClass('urgent', 4, 30), priorityClass('standard', 10, 40)])];
    const both = [message('amazon-us', 'standard', at('00:00')), message('amazon-us', 'urgent', at('08:30'))];
    const edf = simulate(oneAgentAtNine(classes, both), { handleTime: 'fixed', discipline: 'edf' });
    const priority = simulate(oneAgentAtNine(classes, both), { handleTime: 'fixed', discipline: 'priority' });
    // EDF: standard 09:00–09:40 (due 10:00), urgent 09:40–10:10 (due 12:30): both in time
    expect(edf.slaAttainment.mean).toBe(1);
    // priority: urgent 09:00–09:30, standard 09:30–10:10: standard late
    expect(priority.slaAttainment.mean).toBe(0.5);
    expect(priority.queues.find((queue) => queue.classId === 'standard')!.slaAttainment.mean).toBe(0);
  });
});

describe('simulate: reply clocks and time zones', () => {
  it('a business-hours clock stops over the weekend', () => {
    // Shopify store in New York, clock Mon–Fri 09:00–17:00, 8 clock hours to reply; February: no DST change
    const businessClock = { kind: 'business' as const, days: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[], open: '09:00', close: '17:00', holidaysStopClock: false };
    const store = (clock: Marketplace['replyClock']) =>
      marketplace('shopify-us', [priorityClass('standard', 8, 30)], { timeZone: 'America/New_York', replyClock: clock });
    const grid: HourGrid = { startUtc: '2024-02-09T00:00:00Z', hours: 96, mode: 'dated' };
    // one agent Monday 09:00–10:00 New York (14:00Z)
    const staffing = staffingFromSiteHours(grid, { sz: hoursOn(96, [72 + 14]) });
    const messages = [
      // Friday 09:00 local: due Friday 17:00, answered Monday 09:00–09:30 → late
      message('shopify-us', 'standard', Date.parse('2024-02-09T14:00:00Z')),
      // Friday 16:00 local: one clock hour on Friday, 0.5 + 0.5 on Monday → in time after 66 elapsed hours
      message('shopify-us', 'standard', Date.parse('2024-02-09T21:00:00Z')),
    ];
    const run = (clock: Marketplace['replyClock']) =>
      simulate({ marketplaces: [store(clock)], sites: [site('sz')], staffing, arrivals: { kind: 'replay', messages } }, { handleTime: 'fixed', traceLimit: 5 });

    const business = run(businessClock);
    expect(business.trace!.map((entry) => [entry.repliedUtc, entry.withinDeadline])).toEqual([
      ['2024-02-12T14:30:00Z', false],
      ['2024-02-12T15:00:00Z', true],
    ]);
    expect(business.slaAttainment.mean).toBe(0.5);
    expect(business.averageWaitHours.mean).toBeCloseTo((72.5 + 66) / 2, 10);
    // on a calendar clock both waited far longer than 8 hours
    expect(run({ kind: 'calendar' }).slaAttainment.mean).toBe(0);
  });

  it('the spring-forward night: a 01:30 message answered at 09:00 Berlin time waited 6.5 hours, not 7.5', () => {
    const amazonDe = marketplace('amazon-de', [priorityClass('standard', 24, 6)], { timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'] });
    const berlin = site('berlin', { timeZone: 'Europe/Berlin', languages: ['de'] });
    const grid: HourGrid = { startUtc: '2024-03-30T00:00:00Z', hours: 48, mode: 'dated' };
    const shift: PlannedShift = {
      siteId: 'berlin',
      templateId: 'day',
      date: '2024-03-31',
      localStart: '09:00',
      startUtc: new Date(localToUtc('2024-03-31', '09:00', 'Europe/Berlin')).toISOString(),
      endUtc: new Date(localToUtc('2024-03-31', '17:00', 'Europe/Berlin')).toISOString(),
      count: 1,
    };
    const received = localToUtc('2024-03-31', '01:30', 'Europe/Berlin');
    expect(new Date(received).toISOString()).toBe('2024-03-31T00:30:00.000Z');
    const result = simulate(
      {
        marketplaces: [amazonDe],
        sites: [berlin],
        staffing: staffingFromShifts({ scenarioName: 'dst', grid, shifts: [shift] }),
        arrivals: { kind: 'replay', messages: [message('amazon-de', 'standard', received)] },
      },
      { handleTime: 'fixed', traceLimit: 1 },
    );
    expect(result.trace![0].answeredUtc).toBe('2024-03-31T07:00:00Z');
    expect(result.queues[0].averageWaitHours.mean).toBeCloseTo(6.6, 10);
    // Sunday 01:00–02:00 buyer time: hour of week 6 × 24 + 1
    expect(result.marketplaces[0].worstHour?.label).toBe('Sun 01:00–02:00');
    expect(result.marketplaces[0].hourStartsLocal[24]).toBe('2024-03-31T01:00+01:00');
    expect(result.marketplaces[0].hourStartsLocal[25]).toBe('2024-03-31T03:00+02:00');
  });

  it('the fall-back night: two messages an hour apart both arrive in the buyers’ 02:00 hour', () => {
    const amazonDe = marketplace('amazon-de', [priorityClass('standard', 24, 6)], { timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'] });
    const grid: HourGrid = { startUtc: '2024-10-26T00:00:00Z', hours: 48, mode: 'dated' };
    const result = simulate(
      {
        marketplaces: [amazonDe],
        sites: [site('berlin', { languages: ['de'] })],
        staffing: staffingFromSiteHours(grid, { berlin: hoursOn(48, [32]) }),
        // 02:30 CEST and 02:30 CET
        arrivals: { kind: 'replay', messages: ['00:30', '01:30'].map((time) => message('amazon-de', 'standard', at(time, '2024-10-27'))) },
      },
      { handleTime: 'fixed' },
    );
    const sunday2am = 6 * 24 + 2;
    expect(result.marketplaces[0].messagesByLocalHourOfWeek[sunday2am]).toBe(2);
    expect(result.marketplaces[0].messagesByLocalHourOfWeek.reduce((sum, count) => sum + count, 0)).toBe(2);
  });
});

describe('simulate: stochastic replications', () => {
  const busyWeek = (): SimulationInput => {
    const grid: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };
    const marketplaces = [marketplace('amazon-us', [priorityClass('urgent', 4, 8), priorityClass('standard', 24, 5)])];
    return {
      marketplaces,
      sites: [site('sz', { shrinkage: 0.2, occupancy: 0.9 })],
      staffing: staffingFromSiteHours(grid, { sz: new Array(168).fill(2) }),
      arrivals: {
        kind: 'expected',
        queues: [
          { marketplaceId: 'amazon-us', classId: 'urgent', values: new Array(168).fill(2) },
          { marketplaceId: 'amazon-us', classId: 'standard', values: new Array(168).fill(12) },
        ],
      },
    };
  };

  it('is reproducible from its seed and differs with another seed', () => {
    const first = simulate(busyWeek(), { mode: 'poisson', replications: 5, seed: 42 });
    const again = simulate(busyWeek(), { mode: 'poisson', replications: 5, seed: 42 });
    const other = simulate(busyWeek(), { mode: 'poisson', replications: 5, seed: 43 });
    expect(again).toEqual(first);
    expect(other.messages.mean).not.toBe(first.messages.mean);
  });

  it('counts Poisson arrivals around their expected volume, with a band that contains the mean', () => {
    const result = simulate(busyWeek(), { mode: 'poisson', replications: 40, seed: 1 });
    // 14 × 168 = 2,352 expected per week; the mean of 40 weeks is within 4 standard errors
    expect(Math.abs(result.messages.mean - 2352)).toBeLessThan((4 * Math.sqrt(2352)) / Math.sqrt(40));
    expect(result.messages.low).toBeLessThan(result.messages.mean);
    expect(result.messages.high).toBeGreaterThan(result.messages.mean);
    expect(result.replications).toBe(40);
  });

  it('overdispersed arrivals spread weekly volumes wider than Poisson ones', () => {
    const poisson = simulate(busyWeek(), { mode: 'poisson', replications: 60, seed: 3 });
    const peaks = simulate(busyWeek(), { mode: 'overdispersed', replications: 60, seed: 3, dispersion: 0.3 });
    expect(peaks.messages.high - peaks.messages.low).toBeGreaterThan(2 * (poisson.messages.high - poisson.messages.low));
  });

  it('reports progress and stops early when aborted', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const result = simulate(busyWeek(), {
      mode: 'poisson',
      replications: 50,
      onProgress: (progress) => {
        seen.push(progress.completed);
        if (progress.completed >= 3) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.status).toBe('aborted');
    expect(result.replications).toBe(3);
    expect(seen[seen.length - 1]).toBe(3);
  });
});

describe('simulate: who answers what', () => {
  /** One agent from 09:00; an e-mail (1 h deadline, 30 min) at 08:00 and a chat (10 min) at 08:59 with the given reply deadline. */
  const emailThenChat = (chatDeadlineHours: number | null) => {
    const shop = marketplace('shopify-us', [
      priorityClass('email', 1, 30),
      priorityClass('chat', chatDeadlineHours, 10, { realTime: { serviceLevel: 0.8, answerWithinSeconds: 60 } }),
    ]);
    return simulate(oneAgentAtNine([shop], [message('shopify-us', 'email', at('08:00')), message('shopify-us', 'chat', at('08:59'))]), { handleTime: 'fixed', traceLimit: 5 });
  };

  it('live chat goes before waiting messages, whatever their deadlines', () => {
    const result = emailThenChat(4);
    expect(result.trace!.map((entry) => [entry.classId, entry.answeredUtc])).toEqual([
      ['chat', '2024-03-04T09:00:00Z'],
      ['email', '2024-03-04T09:10:00Z'],
    ]);
    // the chat waited one minute: answered within 60 seconds
    expect(result.queues.find((queue) => queue.classId === 'chat')!.serviceLevel!.mean).toBe(1);
  });

  it('a live chat without a reply deadline still takes agents’ time, is judged by its answer time, and stays out of the deadline figures', () => {
    const result = emailThenChat(null);
    // the chat is answered first: the email waits behind it and misses its one-hour deadline
    expect(result.trace!.map((entry) => [entry.classId, entry.answeredUtc])).toEqual([
      ['chat', '2024-03-04T09:00:00Z'],
      ['email', '2024-03-04T09:10:00Z'],
    ]);
    const chat = result.queues.find((queue) => queue.classId === 'chat')!;
    expect(chat.serviceLevel!.mean).toBe(1);
    expect(chat.deadlineHours).toBe(1 / 60);
    // the marketplace's deadline figures are of the email alone (late: its reply at 09:40), and the chat is no "no-reply" message
    const figures = result.marketplaces[0];
    expect(figures.messages).toBe(1);
    expect(figures.noReplyMessages).toBe(0);
    expect(figures.slaAttainment.mean).toBe(0);
    expect(figures.averageWaitHours.mean).toBeCloseTo(100 / 60, 9);
  });

  it('agents planned for Japanese answer only Japanese buyers; nobody answers a language no site speaks', () => {
    const jp = marketplace('amazon-jp', [priorityClass('standard', 24, 10)], { languages: ['ja'] });
    const us = marketplace('amazon-us', [priorityClass('standard', 24, 10)]);
    const br = marketplace('amazon-br', [priorityClass('standard', 24, 10)], { languages: ['pt'] });
    const messages = [message('amazon-us', 'standard', at('08:00')), message('amazon-jp', 'standard', at('08:30')), message('amazon-br', 'standard', at('08:40'))];
    const result = simulate(
      {
        marketplaces: [jp, us, br],
        sites: [site('sz', { languages: ['en', 'ja'] })],
        staffing: { grid: MONDAY, pools: [{ siteId: 'sz', languages: ['ja'], agentsOnDuty: hoursOn(24, [9]) }] },
        arrivals: { kind: 'replay', messages },
      },
      { handleTime: 'fixed', traceLimit: 5 },
    );
    expect(result.trace!.map((entry) => entry.marketplaceId)).toEqual(['amazon-jp']);
    expect(result.warnings).toEqual([
      'no staffed site speaks en: amazon-us / standard messages are never answered',
      'no staffed site speaks pt: amazon-br / standard messages are never answered',
    ]);
    expect(result.marketplaces.find((entry) => entry.marketplaceId === 'amazon-us')!.unanswered.mean).toBe(1);
  });

  it('shrinkage and occupancy take their share of every agent-hour', () => {
    // 4 agents × (1 − 0.25) × 0.5 = 1.5 agents' worth: 90 minutes of work in the hour
    const input: SimulationInput = {
      marketplaces: [marketplace('amazon-us', [priorityClass('standard', 24, 1)])],
      sites: [site('sz', { shrinkage: 0.25, occupancy: 0.5 })],
      staffing: staffingFromSiteHours(MONDAY, { sz: hoursOn(24, [9], 4) }),
      arrivals: { kind: 'expected', queues: [{ marketplaceId: 'amazon-us', classId: 'standard', values: hoursOn(24, [8], 200) }] },
    };
    const result = simulate(input);
    expect(result.queues[0].backlogByHour.mean[9]).toBeCloseTo(110, 6);
    // busy 90 of the 180 productive minutes (after shrinkage)
    expect(result.pools[0].occupancyByHour[9]).toBeCloseTo(0.5, 6);
  });

  it('the async runner gives the same result as the synchronous one', async () => {
    const input = oneAgentAtNine([marketplace('amazon-us', [priorityClass('standard', 24, 10)])], [message('amazon-us', 'standard', at('08:30'))]);
    const progress: number[] = [];
    const asynchronous = await simulateAsync(input, { replications: 30, seed: 8, onProgress: (p) => progress.push(p.fraction) });
    expect(asynchronous).toEqual(simulate(input, { replications: 30, seed: 8 }));
    expect(progress[progress.length - 1]).toBe(1);
  });
});
