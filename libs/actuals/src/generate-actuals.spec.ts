import { HOUR_MS } from '@app/domain';
import type { MonitorPlan } from './actuals.types';
import { apportion, arrivalsFromPlan, generateActuals, type GenerateActualsOptions } from './generate-actuals';

const from = Date.parse('2026-09-07T00:00:00Z');
const week: GenerateActualsOptions = {
  seed: 7,
  fromUtcMs: from,
  toUtcMs: from + 168 * HOUR_MS,
  marketplaces: [
    {
      marketplaceId: 'amazon-us',
      ratePerHour: 2.5,
      classes: [
        { classId: 'urgent', share: 0.1 },
        { classId: 'standard', share: 0.9 },
      ],
      replyBands: [
        { share: 0.8, minHours: 1, maxHours: 20 },
        { share: 0.15, minHours: 26, maxHours: 30 },
      ],
      unansweredShare: 0.05,
    },
    { marketplaceId: 'amazon-uk', arrivalsPerHour: [3, 0, 1], replyBands: [{ share: 1, minHours: 2, maxHours: 2 }] },
  ],
  agents: [{ agent: 'ana@example.com', siteId: 'lisbon' }, { agent: 'rui@example.com', siteId: 'lisbon' }, { agent: 'li@example.com', siteId: 'manila' }],
};

describe('apportion', () => {
  it('splits a whole number by shares, the rest to the largest remainders', () => {
    expect(apportion(420, [0.8, 0.15, 0.05])).toEqual([336, 63, 21]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(0, [0.5, 0.5])).toEqual([0, 0]);
  });
});

describe('generateActuals', () => {
  it('gives the same messages for the same seed and different ones for another', () => {
    const first = generateActuals(week);
    expect(generateActuals(week)).toEqual(first);
    const other = generateActuals({ ...week, seed: 8 });
    expect(other.seed).toBe(8);
    expect(other.messages).not.toEqual(first.messages);
    // the counts are the construction's, not the seed's
    expect(other.marketplaces.map((m) => [m.received, m.unanswered])).toEqual(first.marketplaces.map((m) => [m.received, m.unanswered]));
  });

  it('makes exactly the counts asked for: per hour, per class, per reply band, unanswered', () => {
    const { messages, marketplaces, seed } = generateActuals(week);
    expect(seed).toBe(7);
    const [us, uk] = marketplaces;
    // 2.5 an hour carried over: round(2.5)=3 (half away from zero), then 5−3=2, 8−5=3 (round(7.5)=8) … 420 over the week
    expect(us.perHour.slice(0, 4)).toEqual([3, 2, 3, 2]);
    expect(us.received).toBe(420);
    expect(us.classes).toEqual([
      { classId: 'urgent', messages: 42 },
      { classId: 'standard', messages: 378 },
    ]);
    expect(us.bands).toEqual([
      { minHours: 1, maxHours: 20, messages: 336, answered: 336 },
      { minHours: 26, maxHours: 30, messages: 63, answered: 63 },
    ]);
    expect(us.unanswered).toBe(21);
    expect(uk.perHour.slice(0, 4)).toEqual([3, 0, 1, 0]);
    expect(uk.received).toBe(4);

    const own = messages.filter((m) => m.marketplaceId === 'amazon-us');
    expect(own).toHaveLength(420);
    expect(own.filter((m) => m.classId === 'urgent')).toHaveLength(42);
    expect(own.filter((m) => m.firstReplyUtcMs === null)).toHaveLength(21);
    const waits = own.filter((m) => m.firstReplyUtcMs !== null).map((m) => ((m.firstReplyUtcMs as number) - m.receivedUtcMs) / HOUR_MS);
    expect(waits.filter((w) => w >= 1 && w < 20)).toHaveLength(336);
    expect(waits.filter((w) => w >= 26 && w < 30)).toHaveLength(63);
    // a band of one wait gives exactly that wait
    expect(messages.filter((m) => m.marketplaceId === 'amazon-uk').map((m) => ((m.firstReplyUtcMs as number) - m.receivedUtcMs) / HOUR_MS)).toEqual([2, 2, 2, 2]);
  });

  it('puts each message in its hour, at whole seconds, in order of receipt', () => {
    const { messages, marketplaces } = generateActuals(week);
    const perHour = new Array(168).fill(0);
    for (const m of messages) if (m.marketplaceId === 'amazon-us') perHour[(m.receivedUtcMs - from - ((m.receivedUtcMs - from) % HOUR_MS)) / HOUR_MS]++;
    expect(perHour).toEqual(marketplaces[0].perHour);
    expect(messages.every((m) => m.receivedUtcMs % 1000 === 0 && m.receivedUtcMs >= from && m.receivedUtcMs < from + 168 * HOUR_MS)).toBe(true);
    expect(messages.every((m, i) => i === 0 || messages[i - 1].receivedUtcMs <= m.receivedUtcMs)).toBe(true);
  });

  it('signs answered messages round-robin from the agents in order of receipt, unanswered ones by nobody', () => {
    const { messages } = generateActuals(week);
    const answered = messages.filter((m) => m.firstReplyUtcMs !== null);
    expect(answered.slice(0, 4).map((m) => [m.agent, m.siteId])).toEqual([
      ['ana@example.com', 'lisbon'],
      ['rui@example.com', 'lisbon'],
      ['li@example.com', 'manila'],
      ['ana@example.com', 'lisbon'],
    ]);
    expect(messages.filter((m) => m.firstReplyUtcMs === null).every((m) => m.agent === null && m.siteId === null)).toBe(true);
  });

  it('leaves out the replies after the export was taken, and counts them', () => {
    const exportedAtUtcMs = from + 3.5 * HOUR_MS;
    const result = generateActuals({ ...week, marketplaces: [week.marketplaces[1]], exportedAtUtcMs });
    // each wait is 2 h: the three messages of hour 0 are answered by 03:00, the one of hour 2 after 04:00
    const uk = result.marketplaces[0];
    expect(uk.bands[0].answered).toBe(3);
    expect(uk.repliedAfterExport).toBe(1);
    expect(result.messages.filter((m) => m.firstReplyUtcMs !== null).every((m) => (m.firstReplyUtcMs as number) <= exportedAtUtcMs)).toBe(true);
    expect(result.messages.filter((m) => m.firstReplyUtcMs === null)).toHaveLength(uk.repliedAfterExport);
  });

  it('refuses options it cannot build from', () => {
    expect(() => generateActuals({ ...week, seed: 1.5 })).toThrow('the seed must be an integer, not 1.5');
    expect(() => generateActuals({ ...week, marketplaces: [{ marketplaceId: 'x', ratePerHour: 1, replyBands: [{ share: 1, minHours: 3, maxHours: 2 }] }] })).toThrow(
      'marketplace "x": a reply band needs 0 ≤ minHours ≤ maxHours, not 3–2',
    );
  });
});

describe('arrivalsFromPlan', () => {
  it('sums the queues of a marketplace per hour, 0 outside the grid', () => {
    const plan: MonitorPlan = {
      planId: 'p',
      gridStartUtcMs: from,
      gridHours: 3,
      queues: [
        { marketplaceId: 'amazon-us', classId: 'urgent', arrivals: [0.5, 1, 1.5], backlog: [0, 0, 0] },
        { marketplaceId: 'amazon-us', classId: 'standard', arrivals: [2, 3, 4], backlog: [0, 0, 0] },
        { marketplaceId: 'amazon-uk', classId: 'standard', arrivals: [9, 9, 9], backlog: [0, 0, 0] },
      ],
      marketplaces: [],
    };
    expect(arrivalsFromPlan(plan, 'amazon-us', from + HOUR_MS, 4)).toEqual([4, 5.5, 0, 0]);
    expect(arrivalsFromPlan(plan, 'amazon-us', from - HOUR_MS, 2)).toEqual([0, 2.5]);
  });
});
