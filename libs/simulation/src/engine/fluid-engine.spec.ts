import type { HourGrid, PlannedShift, PlannedWorkload } from '@app/domain';
import { hoursOn, marketplace, priorityClass, range, site } from '../__fixtures__/simulation-fixtures';
import { simulationInputFromPlan } from '../input/simulation-input-from-plan.util';
import { staffingFromSiteHours } from '../input/staffing.util';
import { simulate } from '../simulate';

const MONDAY: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 24, mode: 'dated' };

function shift(startHour: number, endHour: number, count: number): PlannedShift {
  const iso = (hour: number) => new Date(Date.parse(MONDAY.startUtc) + hour * 3_600_000).toISOString();
  return { siteId: 'sz', templateId: 'day', date: '2024-03-04', localStart: `${String(startHour).padStart(2, '0')}:00`, startUtc: iso(startHour), endUtc: iso(endHour), count };
}

/** The planner's balance for one queue served as soon as capacity allows: b[h] = max(0, b[h−1] + a[h] − c[h]). */
function greedyBacklog(arrivals: number[], capacity: number[]): number[] {
  let backlog = 0;
  return arrivals.map((arrived, h) => (backlog = Math.max(0, backlog + arrived - capacity[h])));
}

describe('fluid simulation of a plan', () => {
  // 10 messages an hour of 6 minutes (10 per agent-hour); nobody until 08:00, 2 agents 08–16, 1 agent 16–24
  const scenario = { marketplaces: [marketplace('amazon-us', [priorityClass('standard', 24, 6)])], sites: [site('sz')] };
  const arrivals = new Array<number>(24).fill(10);
  const plan: PlannedWorkload = {
    scenarioName: 'hand-made',
    grid: MONDAY,
    shifts: [shift(8, 16, 2), shift(16, 24, 1)],
    arrivals: [{ marketplaceId: 'amazon-us', classId: 'standard', values: arrivals }],
  };

  it('reproduces the hour-by-hour backlog of the planner’s balance', () => {
    const result = simulate(simulationInputFromPlan(scenario, plan));
    const capacity = range(0, 24).map((h) => (h < 8 ? 0 : h < 16 ? 20 : 10));
    const expected = greedyBacklog(arrivals, capacity);
    expect(expected.slice(0, 9)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 70]);
    const simulated = result.queues[0].backlogByHour.mean;
    simulated.forEach((value, h) => expect(value).toBeCloseTo(expected[h], 6));
    expect(result.slaAttainment.mean).toBe(1);
    expect(result.messages.mean).toBeCloseTo(240, 9);
  });

  it('gives the waits of first-in-first-out continuous flow', () => {
    // arrival at τ < 16 h is picked up at 8 + τ/2, later ones at once; every reply takes 0.1 h more
    // mean = (∫₀¹⁶ (8 − τ/2) dτ) / 24 + 0.1 = 64/24 + 0.1;  P(wait > w) = (16 − 2w)/24 → p90 = 6.8 + 0.1
    const result = simulate(simulationInputFromPlan(scenario, plan));
    expect(result.queues[0].averageWaitHours.mean).toBeCloseTo(64 / 24 + 0.1, 2);
    expect(result.queues[0].pooledWait.p90Hours).toBeGreaterThan(6.9 * 0.98);
    expect(result.queues[0].pooledWait.p90Hours).toBeLessThan(6.9 * 1.02);
    // agents busy: 160 + 80 messages × 6 minutes over 16 + 8 agent-hours → fully occupied
    expect(result.pools[0].occupancy.mean).toBeCloseTo(1, 6);
  });

  it('a plan that cannot keep the deadline shows the share that is late', () => {
    // a 4-hour deadline: arrivals up to 04:00 are picked up after 8 + τ/2 − τ > 4 ⇔ τ < 8 → a third are late (τ < 8 of 24 h)
    const tight = { ...scenario, marketplaces: [marketplace('amazon-us', [priorityClass('standard', 4, 6)])] };
    const result = simulate(simulationInputFromPlan(tight, plan));
    // replies come 0.1 h after pick-up, so the late window is τ < 8.2 h
    expect(result.slaAttainment.mean).toBeCloseTo(1 - 8.2 / 24, 2);
  });

  it('a cyclic week carries Sunday night’s backlog into Monday morning', () => {
    // 10 an hour, 3 agents 08–16 every day: 160 wait at 08:00 each day, none from 16:00
    const week: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };
    const onDuty = range(0, 7).flatMap((day) => range(day * 24 + 8, day * 24 + 16));
    const result = simulate({
      ...scenario,
      staffing: staffingFromSiteHours(week, { sz: hoursOn(168, onDuty, 3) }),
      arrivals: { kind: 'expected', queues: [{ marketplaceId: 'amazon-us', classId: 'standard', values: new Array(168).fill(10) }] },
    });
    const backlog = result.queues[0].backlogByHour.mean;
    // 80 left at Sunday midnight + 80 more by Monday 08:00: the week wraps around
    expect(backlog[6 * 24 + 23]).toBeCloseTo(80, 6);
    expect(backlog[7]).toBeCloseTo(160, 6);
    expect(backlog[15]).toBeCloseTo(0, 6);
    expect(result.warnings).toEqual([]);
    expect(result.slaAttainment.mean).toBe(1);
  });

  it('warns when the roster cannot keep up week after week', () => {
    const week: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };
    const result = simulate({
      ...scenario,
      staffing: staffingFromSiteHours(week, { sz: new Array(168).fill(0.5) }),
      arrivals: { kind: 'expected', queues: [{ marketplaceId: 'amazon-us', classId: 'standard', values: new Array(168).fill(10) }] },
    });
    expect(result.warnings.join(' ')).toMatch(/backlog still grows/);
    // half the messages are never answered
    expect(result.queues[0].unanswered.mean).toBeCloseTo(840, 0);
  });

  it('earliest deadline first splits a shared agent between two marketplaces by urgency', () => {
    // one agent (10 messages an hour of 6 minutes); both marketplaces send 10 an hour in hours 0–3; US is due in 4 h, DE in 24 h
    const two = {
      marketplaces: [
        marketplace('amazon-us', [priorityClass('standard', 4, 6)]),
        marketplace('amazon-de', [priorityClass('standard', 24, 6)], { languages: ['en'] }),
      ],
      sites: [site('sz')],
    };
    const queues = ['amazon-us', 'amazon-de'].map((marketplaceId) => ({ marketplaceId, classId: 'standard', values: hoursOn(24, [0, 1, 2, 3], 10) }));
    const result = simulate({ ...two, staffing: staffingFromSiteHours(MONDAY, { sz: new Array(24).fill(1) }), arrivals: { kind: 'expected', queues } });
    const us = result.queues.find((queue) => queue.marketplaceId === 'amazon-us')!;
    const de = result.queues.find((queue) => queue.marketplaceId === 'amazon-de')!;
    // the agent keeps up with the US flow (deadlines 4 h away beat 24 h), Germany waits until hour 4 and is cleared by hour 8
    us.backlogByHour.mean.forEach((value) => expect(value).toBeLessThan(0.2));
    expect(de.backlogByHour.mean[3]).toBeCloseTo(40, 0);
    expect(de.backlogByHour.mean[7]).toBeCloseTo(0, 6);
    expect(result.slaAttainment.mean).toBe(1);
  });
});
