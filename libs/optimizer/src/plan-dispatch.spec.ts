import type { ScenarioFile } from '@app/domain';
import { ROUTING_CLASSES, ROUTING_HOURS, routingScenario } from './__fixtures__/routing-scenario.fixture';
import { tinyGrid } from './__fixtures__/tiny-planning.fixture';
import { planScenario } from './plan-scenario';
import type { PlanResult } from './plan-result.types';
import { messageService, replayMessages } from './__fixtures__/message-replay.fixture';
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
    const deadline = (queue: string) => classes.find((c) => queue.endsWith(`/${c.id}`))!.replyDeadlineHours!;
    for (const service of plan.marketplaces) {
      const replayed = messageService(messages, service.marketplaceId, deadline, HOURS);
      expect(Math.abs(replayed.slaAttainment - service.slaAttainment)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(replayed.averageWaitHours - service.averageWaitHours)).toBeLessThanOrEqual(0.1 * Math.max(service.averageWaitHours, 0.1));
    }
  });
});
