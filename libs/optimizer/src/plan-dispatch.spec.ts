import type { ScenarioFile } from '@app/domain';
import { ROUTING_CLASSES, ROUTING_HOURS, routingScenario } from './__fixtures__/routing-scenario.fixture';
import { tinyGrid } from './__fixtures__/tiny-planning.fixture';
import { planScenario } from './plan-scenario';
import type { PlanResult } from './plan-result.types';
import { replayMessages } from './__fixtures__/message-replay.fixture';
import type { Message } from './__fixtures__/message-replay.fixture';

const HOURS = ROUTING_HOURS;
const classes = ROUTING_CLASSES;


describe('the published dispatch rule', () => {
  let plan: PlanResult;
  let messages: Message[];
  let scenario: ScenarioFile;

  beforeAll(async () => {
    const setup = routingScenario();
    scenario = setup.scenario;
    plan = await planScenario(scenario, { arrivals: setup.arrivals, grid: tinyGrid(HOURS), timeLimitSeconds: 20, improveWithMip: false });
    messages = replayMessages(plan, scenario);
  });

  it('lists, for every site and hour of the grid, the queues its agents can answer', () => {
    expect(['optimal', 'feasible']).toContain(plan.status);
    for (const siteId of ['manila', 'krakow']) {
      const runs = plan.dispatch.filter((run) => run.siteId === siteId);
      expect(runs[0].fromHour).toBe(0);
      expect(runs[runs.length - 1].toHour).toBe(HOURS);
      runs.slice(1).forEach((run, i) => expect(run.fromHour).toBe(runs[i].toHour));
      for (const run of runs) expect(run.queues.every((key) => siteId === 'krakow' || key.startsWith('us/'))).toBe(true);
    }
    // runs, not one entry per hour
    expect(plan.dispatch.length).toBeLessThan(2 * HOURS);
  });

  it('replayed message by message, gives the deadline share and average wait the plan reports', () => {
    for (const service of plan.marketplaces) {
      const own = messages.filter((m) => m.queue.startsWith(`${service.marketplaceId}/`));
      const deadline = (m: Message) => classes.find((c) => m.queue.endsWith(`/${c.id}`))!.replyDeadlineHours;
      // due by the end of hour k + D − 1; messages not yet due when the grid ends are not counted
      const counted = own.filter((m) => m.answeredHour !== null || m.arrivalHour + deadline(m) - 1 < HOURS);
      const onTime = counted.filter((m) => m.answeredHour !== null && m.answeredHour <= m.arrivalHour + deadline(m) - 1).length;
      const answered = own.filter((m) => m.answeredHour !== null);
      const averageWait = answered.reduce((total, m) => total + m.answeredHour! - m.arrivalHour, 0) / answered.length;
      expect(Math.abs(onTime / counted.length - service.slaAttainment)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(averageWait - service.averageWaitHours)).toBeLessThanOrEqual(0.1 * Math.max(service.averageWaitHours, 0.1));
    }
  });
});
