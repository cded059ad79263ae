import { planScenario } from '@app/optimizer';
import { ROUTING_HOURS, routingScenario } from '@app/optimizer/__fixtures__/routing-scenario.fixture';
import { tinyGrid } from '@app/optimizer/__fixtures__/tiny-planning.fixture';
import type { HourGrid, Marketplace, QueueArrivals, ScenarioFile, ShiftTemplate, Site } from '@app/domain';
import { marketplace, priorityClass, site } from '../__fixtures__/simulation-fixtures';
import { simulationInputFromPlan } from '../input/simulation-input-from-plan.util';
import { simulate } from '../simulate';

/**
 * The planner promises a backlog and an SLA attainment; replaying its own plan as a continuous
 * flow with the floor's dispatch rule (earliest deadline first) must give the same figures.
 */

const GRID: HourGrid = { startUtc: '2025-01-06T00:00:00Z', hours: 24, mode: 'dated' };

function template(siteId: string, startTimes: string[], lengthHours: number): ShiftTemplate {
  return { id: `${siteId}-${lengthHours}h`, siteId, name: `${lengthHours} h`, lengthHours, paidHours: lengthHours, startTimes, days: [1] };
}

function scenarioOf(marketplaces: Marketplace[], sites: Site[], shiftTemplates: ShiftTemplate[]): ScenarioFile {
  return { schemaVersion: 2, name: 'cross-check', reportingCurrency: 'USD', marketplaces, sites, shiftTemplates, agents: [], events: [], currencyRates: [], history: [] };
}

/** A day shaped like buyers' days: quiet nights, a daytime plateau, an evening peak. */
function dayProfile(scale: number): number[] {
  return Array.from({ length: 24 }, (_, h) => scale * (h < 6 ? 0.3 : h < 18 ? 1 : h < 22 ? 1.6 : 0.6));
}

describe('cross-check: fluid replay of the planner’s own plan', () => {
  jest.setTimeout(60_000);

  it('one queue: the same backlog hour by hour and the same SLA attainment', async () => {
    const shop = marketplace('shop', [priorityClass('standard', 6, 6)], { country: 'GB' });
    const sz = site('sz', { shrinkage: 0.2, occupancy: 0.9, holidayCountry: 'GB' });
    const scenario = scenarioOf([shop], [sz], [template('sz', ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'], 4)]);
    const arrivals: QueueArrivals[] = [{ marketplaceId: 'shop', classId: 'standard', values: dayProfile(20) }];
    const plan = await planScenario(scenario, { arrivals, grid: GRID, solver: 'highs', mipGap: 0 });
    expect(['optimal', 'feasible']).toContain(plan.status);

    const result = simulate(simulationInputFromPlan(scenario, plan));
    const planned = plan.queues[0].backlog;
    const simulated = result.queues[0].backlogByHour.mean;
    expect(simulated).toHaveLength(24);
    simulated.forEach((value, h) => expect(value).toBeCloseTo(planned[h], 6));
    // the planner counts a message on time when answered by the end of its due hour, the simulation when the reply
    // (pick-up + 6 minutes) is sent by the deadline: equal up to messages picked up in their last 6 minutes
    expect(Math.abs(result.slaAttainment.mean - plan.slaAttainment)).toBeLessThan(0.02);
    expect(result.marketplaces[0].messages).toBeCloseTo(plan.marketplaces[0].messages, 6);
  });

  it('two marketplaces, two sites with different languages, urgent and standard classes', async () => {
    const us = marketplace('amazon-us', [priorityClass('urgent', 4, 8), priorityClass('standard', 24, 5)], { country: 'US' });
    const jp = marketplace('amazon-jp', [priorityClass('urgent', 4, 8), priorityClass('standard', 24, 6)], { country: 'JP', languages: ['ja'] });
    const shenzhen = site('shenzhen', { languages: ['en', 'ja'], shrinkage: 0.25, occupancy: 0.85, holidayCountry: 'GB' });
    const manila = site('manila', { languages: ['en'], shrinkage: 0.2, occupancy: 0.9, holidayCountry: 'GB' });
    const scenario = scenarioOf(
      [us, jp],
      [shenzhen, manila],
      [template('shenzhen', ['00:00', '08:00', '16:00'], 8), template('manila', ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'], 4)],
    );
    const arrivals: QueueArrivals[] = [
      { marketplaceId: 'amazon-us', classId: 'urgent', values: dayProfile(3) },
      { marketplaceId: 'amazon-us', classId: 'standard', values: dayProfile(30) },
      { marketplaceId: 'amazon-jp', classId: 'urgent', values: dayProfile(2).reverse() },
      { marketplaceId: 'amazon-jp', classId: 'standard', values: dayProfile(15).reverse() },
    ];
    const plan = await planScenario(scenario, { arrivals, grid: GRID, solver: 'highs', mipGap: 0.01 });
    expect(['optimal', 'feasible']).toContain(plan.status);

    const result = simulate(simulationInputFromPlan(scenario, plan), { discipline: 'edf' });
    const handleMinutes = (marketplaceId: string, classId: string) =>
      scenario.marketplaces.find((entry) => entry.id === marketplaceId)!.classes.find((cls) => cls.id === classId)!.handleMinutes;
    const simulatedQueue = (marketplaceId: string, classId: string) =>
      result.queues.find((entry) => entry.marketplaceId === marketplaceId && entry.classId === classId)!;
    // Both replays are work-conserving under the same site order, so the work waiting (messages × handle minutes)
    // agrees hour by hour; how it splits between queues can differ, because the planner's replay breaks ties
    // between messages due in the same hour by queue while the simulation sees deadlines to the minute.
    for (let h = 0; h < GRID.hours; h++) {
      const planned = plan.queues.reduce((sum, queue) => sum + handleMinutes(queue.marketplaceId, queue.classId) * queue.backlog[h], 0);
      const simulated = plan.queues.reduce(
        (sum, queue) => sum + handleMinutes(queue.marketplaceId, queue.classId) * simulatedQueue(queue.marketplaceId, queue.classId).backlogByHour.mean[h],
        0,
      );
      expect(simulated).toBeCloseTo(planned, 6);
    }
    expect(Math.abs(result.slaAttainment.mean - plan.slaAttainment)).toBeLessThan(0.02);
    for (const marketplaceService of plan.marketplaces) {
      expect(result.marketplaces.find((entry) => entry.marketplaceId === marketplaceService.marketplaceId)!.messages).toBeCloseTo(marketplaceService.messages, 6);
    }
  });
});

describe('cross-check: the simulation follows the plan’s published dispatch rule', () => {
  jest.setTimeout(120_000);

  // two sites, two marketplaces with an urgent class, at most 3 agents on duty in Manila, a 1 h average-wait target:
  // the routing matters, and the plan's figures are a replay of its rule
  const { scenario, arrivals } = routingScenario({ waitUs: 1, waitDe: 1, manilaCap: 3 });
  let plan: Awaited<ReturnType<typeof planScenario>>;

  beforeAll(async () => {
    plan = await planScenario(scenario, { arrivals, grid: tinyGrid(ROUTING_HOURS), timeLimitSeconds: 60, improveWithMip: false, promiseRounds: 4 });
  });

  it('expected volumes under the rule give the plan’s own figures: SLA within 0.5 pp, average wait within 10 %', () => {
    expect(plan.dispatch.length).toBeGreaterThan(0);
    const ruled = simulate(simulationInputFromPlan(scenario, plan));
    expect(ruled.discipline).toBe('dispatch');
    for (const service of plan.marketplaces) {
      const simulated = ruled.marketplaces.find((row) => row.marketplaceId === service.marketplaceId)!;
      expect(Math.abs(simulated.slaAttainment.mean - service.slaAttainment)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(simulated.averageWaitHours.mean - service.averageWaitHours)).toBeLessThanOrEqual(0.1 * Math.max(service.averageWaitHours, 0.1));
    }
  });

  it('the same staffing worked earliest deadline first gives other waits: the rule is what the figures are of', () => {
    const ruled = simulate(simulationInputFromPlan(scenario, plan));
    const edf = simulate(simulationInputFromPlan(scenario, plan), { discipline: 'edf' });
    const gap = Math.max(
      ...plan.marketplaces.map((service) => {
        const wait = (result: typeof ruled) => result.marketplaces.find((row) => row.marketplaceId === service.marketplaceId)!.averageWaitHours.mean;
        return Math.abs(wait(edf) - wait(ruled)) / Math.max(wait(ruled), 0.1);
      }),
    );
    expect(gap).toBeGreaterThan(0.1);
  });

  it('the stochastic band under the rule holds the plan’s figures', () => {
    const band = simulate(simulationInputFromPlan(scenario, plan), { mode: 'poisson', replications: 200, seed: 7 });
    expect(band.discipline).toBe('dispatch');
    for (const service of plan.marketplaces) {
      const simulated = band.marketplaces.find((row) => row.marketplaceId === service.marketplaceId)!;
      expect(service.averageWaitHours).toBeGreaterThanOrEqual(simulated.averageWaitHours.low * 0.9);
      expect(service.averageWaitHours).toBeLessThanOrEqual(simulated.averageWaitHours.high * 1.1);
    }
  });
});

describe('cross-check: a site with live chat and messages', () => {
  jest.setTimeout(60_000);

  // one site answers Shopify's live chat (Erlang staffing for 80 % within 30 s) and Amazon's messages (4 h and 24 h
  // deadlines) with 4-hour shifts; the plan's figures and the simulation of its rule count chats alike
  it('the plan’s figures for the messages agree with the simulation of its rule: SLA within 0.5 pp, average wait within 10 %', async () => {
    const chat = priorityClass('chat', null, 4, { realTime: { serviceLevel: 0.8, answerWithinSeconds: 30 } });
    const shopify = marketplace('shopify', [chat], { platform: 'shopify' });
    const amazon = marketplace('amazon-us', [priorityClass('urgent', 4, 6), priorityClass('standard', 24, 5)]);
    const manila = site('manila', { shrinkage: 0.2, occupancy: 0.85, holidayCountry: 'GB' });
    const scenario = scenarioOf([shopify, amazon], [manila], [template('manila', ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'], 4)]);
    const arrivals: QueueArrivals[] = [
      { marketplaceId: 'shopify', classId: 'chat', values: dayProfile(6) },
      { marketplaceId: 'amazon-us', classId: 'urgent', values: dayProfile(4) },
      { marketplaceId: 'amazon-us', classId: 'standard', values: dayProfile(25) },
    ];
    const plan = await planScenario(scenario, { arrivals, grid: GRID, solver: 'highs', mipGap: 0.01 });
    expect(['optimal', 'feasible']).toContain(plan.status);
    // the chats need agents on line the whole day: Erlang staffing, not only their handle time
    const chatQueue = plan.queues.find((queue) => queue.marketplaceId === 'shopify')!;
    expect(chatQueue.agentsNeeded!.reduce((total, agents) => total + agents, 0)).toBeGreaterThan(chatQueue.workloadMinutes.reduce((total, minutes) => total + minutes, 0) / 60);

    const ruled = simulate(simulationInputFromPlan(scenario, plan));
    const planned = plan.marketplaces.find((row) => row.marketplaceId === 'amazon-us')!;
    const simulated = ruled.marketplaces.find((row) => row.marketplaceId === 'amazon-us')!;
    expect(Math.abs(simulated.slaAttainment.mean - planned.slaAttainment)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(simulated.averageWaitHours.mean - planned.averageWaitHours)).toBeLessThanOrEqual(0.1 * Math.max(planned.averageWaitHours, 0.1));
  });
});
