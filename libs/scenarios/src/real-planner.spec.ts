import { HOUR_MS, toLocal, type QueueArrivals, type ScenarioFile } from '@app/domain';
import { planWithOptimizer } from './adapters/planner.adapter';
import { applyScenarioDefinition, baseEffectiveScenario } from './apply-definition';
import { compareScenarios } from './compare-scenarios';
import { costServiceFrontier } from './cost-service-frontier';
import type { ScenarioPipeline } from './pipeline.types';
import type { ScenarioDefinition, Vendor } from './scenario-definition.types';

/**
 * Small real solves (HiGHS) on one cyclic week: Amazon US in English with one 24-hour class of
 * 6-minute messages, answered from Manila (10 USD an hour, no shrinkage, full occupancy, 8-hour
 * shifts every 4 hours) and, in some tests, Shenzhen.
 */
function setup(messagesPerHour: number | ((hour: number) => number)): { scenario: ScenarioFile; pipeline: ScenarioPipeline } {
  const perHour = typeof messagesPerHour === 'number' ? () => messagesPerHour : messagesPerHour;
  const scenario: ScenarioFile = {
    schemaVersion: 2,
    name: 'one queue',
    reportingCurrency: 'USD',
    horizon: { start: '2025-03-03', weeks: 1, mode: 'cyclic' },
    marketplaces: [
      {
        id: 'amazon-us',
        name: 'Amazon US',
        platform: 'amazon',
        timeZone: 'America/New_York',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 6 }],
      },
    ],
    sites: [site('manila', 'Asia/Manila', 10)],
    shiftTemplates: [template('manila')],
    agents: [],
    events: [],
    currencyRates: [],
    history: [],
  };
  const arrivals: QueueArrivals[] = [{ marketplaceId: 'amazon-us', classId: 'standard', values: Array.from({ length: 168 }, (_, hour) => perHour(hour)) }];
  return { scenario, pipeline: { forecast: async () => arrivals, plan: (request) => planWithOptimizer({ ...request, timeLimitSeconds: 20 }) } };
}

function site(id: string, timeZone: string, hourlyCost: number, maxHeadcount = 20) {
  return {
    id, name: id, timeZone, currency: 'USD', hourlyCost, premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
    nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'PH', languages: ['en'], minHeadcount: 0, maxHeadcount, shrinkage: 0, occupancy: 1,
  };
}

function template(siteId: string) {
  return { id: `${siteId}-8h`, siteId, name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'], days: [1, 2, 3, 4, 5, 6, 7] as (1 | 2 | 3 | 4 | 5 | 6 | 7)[] };
}

const vendor = (pricePerMessage: number): Vendor => ({
  id: 'nightowl', name: 'NightOwl', timeZone: 'Asia/Manila', country: 'PH', languages: ['en'], currency: 'USD', pricePerMessage, capacityPerHour: 100,
  serviceHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '08:00' }],
});

describe('scenarios planned by the real planner', () => {
  it('deflection lowers that class’s planned workload by its share, and the cost with it', async () => {
    const { scenario, pipeline } = setup(10);
    const deflect: ScenarioDefinition = { id: 'deflect', name: '30 % self-service', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 }] };
    const comparison = await compareScenarios(scenario, [{ id: 'as-is', name: 'As is', overrides: [] }, deflect], { pipeline, replications: 0, includePlans: true });
    const [asIs, deflected] = comparison.scenarios;
    const workload = (plan: typeof asIs.plan) => plan!.arrivals[0].values.reduce((sum, value) => sum + value * 6, 0);
    expect(workload(deflected.plan)).toBeCloseTo(0.7 * workload(asIs.plan), 9);
    // 10 messages × 6 min = 1 agent an hour: 168 agent-hours = 21 shifts (1680 USD); 70 %: 117.6 h → 15 shifts.
    expect(asIs.cost.horizon).toBe(1680);
    expect(deflected.cost.horizon).toBeGreaterThanOrEqual(1200);
    expect(deflected.cost.horizon).toBeLessThanOrEqual(1280);
  });

  it('buys the vendor only when its messages are cheaper than the team’s', async () => {
    const { scenario, pipeline } = setup(10);
    const withVendor = (price: number): ScenarioDefinition => ({ id: `vendor-${price}`, name: `Vendor at ${price}`, overrides: [{ kind: 'vendor', vendor: vendor(price) }] });
    // An agent-hour answers 10 messages: at 0.5 a message the vendor costs 5 an hour, at 2 it costs 20; Manila costs 10.
    const comparison = await compareScenarios(scenario, [{ id: 'as-is', name: 'As is', overrides: [] }, withVendor(0.5), withVendor(2)], { pipeline, replications: 0, includePlans: true });
    const [asIs, cheap, dear] = comparison.scenarios;
    const vendorCost = (column: typeof asIs) => column.cost.bySite.find((entry) => entry.kind === 'vendor')?.cost ?? 0;
    expect(vendorCost(cheap)).toBeGreaterThan(0);
    expect(cheap.cost.horizon).toBeLessThan(asIs.cost.horizon);
    const vendorShifts = cheap.plan!.shifts.filter((shift) => shift.siteId === 'vendor-nightowl');
    for (const shift of vendorShifts) expect(toLocal(Date.parse(shift.startUtc), 'Asia/Manila').hour).toBeLessThan(8);
    expect(vendorCost(dear)).toBe(0);
    expect(dear.plan!.shifts.some((shift) => shift.siteId === 'vendor-nightowl')).toBe(false);
    expect(dear.cost.horizon).toBe(asIs.cost.horizon);
  });

  it('plans for the named team: two agents cannot answer everything in time, three more hired like them can', async () => {
    const { scenario, pipeline } = setup(10);
    const agent = (id: string) => ({ id, name: id, siteId: 'manila', languages: ['en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] });
    scenario.sites = [site('manila', 'Asia/Manila', 10, 2)];
    scenario.agents = [agent('mnl-1'), agent('mnl-2')];
    const hire: ScenarioDefinition = {
      id: 'hire',
      name: 'Three more like mnl-1 from Monday',
      overrides: [{ kind: 'hire-agents', siteId: 'manila', count: 3, likeAgentId: 'mnl-1', from: '2025-03-03' }],
    };
    const comparison = await compareScenarios(scenario, [{ id: 'as-is', name: 'As is', overrides: [] }, hire], { pipeline, replications: 0 });
    const [asIs, hired] = comparison.scenarios;
    // One agent round the clock is 168 agent-hours a week: two 40-hour agents fall short, five do not.
    expect(asIs.sla.planned).toBeLessThan(1);
    expect(hired.sla.planned).toBe(1);
    // Five salaried 40-hour contracts at 10 USD are paid whatever is worked and cover the 168 hours without overtime.
    expect(hired.cost.horizon).toBeCloseTo(5 * 40 * 10, 6);
  });

  it('never puts more of a capped site on duty than its availability cap allows', async () => {
    const { scenario, pipeline } = setup(30);
    // Shenzhen is cheaper, so without the cap it carries the 3 agents an hour alone; at 10 % of
    // 15 agents it may have 1.5 on duty on its local 5 and 6 March.
    scenario.sites = [site('shenzhen', 'Asia/Shanghai', 6, 15), site('manila', 'Asia/Manila', 10, 10)];
    scenario.shiftTemplates = [template('shenzhen'), template('manila')];
    const closure: ScenarioDefinition = {
      id: 'cny',
      name: 'Shenzhen at 10 %',
      overrides: [{ kind: 'site-availability', siteId: 'shenzhen', start: '2025-03-05', end: '2025-03-06', availabilityCap: 0.1 }],
    };
    const comparison = await compareScenarios(scenario, [{ id: 'as-is', name: 'As is', overrides: [] }, closure], { pipeline, replications: 0, includePlans: true });
    const [asIs, capped] = comparison.scenarios;
    expect(asIs.cost.horizon).toBe(3 * 168 * 6);
    const plan = capped.plan!;
    const start = Date.parse(plan.grid.startUtc);
    let cappedHours = 0;
    for (let hour = 0; hour < plan.grid.hours; hour++) {
      const middle = start + hour * HOUR_MS + HOUR_MS / 2;
      const date = toLocal(middle, 'Asia/Shanghai').date;
      if (date < '2025-03-05' || date > '2025-03-06') continue;
      cappedHours++;
      const onDuty = plan.shifts
        .filter((shift) => shift.siteId === 'shenzhen' && Date.parse(shift.startUtc) <= middle && middle < Date.parse(shift.endUtc))
        .reduce((sum, shift) => sum + shift.count, 0);
      expect(onDuty).toBeLessThanOrEqual(1.5);
    }
    expect(cappedHours).toBe(48);
    expect(capped.cost.horizon).toBeGreaterThan(asIs.cost.horizon);
  });

  it('gives a monotone cost–service frontier: more wait allowed never costs more', async () => {
    // 20 messages an hour for 12 UTC hours a day, none for the other 12: one agent round the
    // clock answers them all within the deadline but makes buyers wait about 6 hours on average.
    const { scenario, pipeline } = setup((hour) => (hour % 24 < 12 ? 20 : 0));
    const frontier = await costServiceFrontier(baseEffectiveScenario(scenario), { pipeline, waitTargets: [0.5, 1, 2, 4, 8] });
    const costs = frontier.points.map((point) => point.cost);
    expect(costs.every((cost) => cost !== null)).toBe(true);
    costs.forEach((cost, index) => index > 0 && expect(cost!).toBeLessThanOrEqual(costs[index - 1]!));
    // Half an hour of average wait needs agents in the busy hours only, more of them; 8 hours needs the bare 21 shifts.
    expect(costs[0]!).toBeGreaterThan(costs[4]!);
    expect(costs[4]).toBe(1680);
  });

  it('lets the SLA fall below 100 % where allowed, never costing more than keeping every deadline', async () => {
    // 30 messages an hour in two UTC hours a day (60 a day) with a 4-hour deadline: every one in
    // time needs two agents from 00:00 UTC (16 paid hours a day), 80 % of them only one (8 hours).
    const { scenario, pipeline } = setup((hour) => (hour % 24 < 2 ? 30 : 0));
    scenario.marketplaces[0].classes[0].replyDeadlineHours = 4;
    const frontier = await costServiceFrontier(baseEffectiveScenario(scenario), { pipeline, waitTargets: [8], slaTargets: [1, 0.8] });
    const [every, most] = frontier.points;
    expect([every.slaTarget, most.slaTarget]).toEqual([1, 0.8]);
    expect(every.cost).toBe(7 * 16 * 10);
    expect(most.cost).toBe(7 * 8 * 10);
    expect(most.slaAttainment!).toBeGreaterThanOrEqual(0.8 - 1e-6);
  });
});
