import type { Marketplace, QueueArrivals, ScenarioFile } from '@app/domain';
import { tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from './__fixtures__/tiny-planning.fixture';
import { planScenario } from './plan-scenario';
import type { PlanResult } from './plan-result.types';
import { replayMessages } from './__fixtures__/message-replay.fixture';
import type { Message } from './__fixtures__/message-replay.fixture';

const HOURS = 48;
const classes = [
  { id: 'urgent', name: 'Urgent', share: 0.25, replyDeadlineHours: 4, handleMinutes: 6 },
  { id: 'standard', name: 'Standard', share: 0.75, replyDeadlineHours: 24, handleMinutes: 3 },
];

/**
 * Two sites, two marketplaces with an urgent class: Manila answers only US and may have at
 * most 3 agents on duty, Kraków answers both and costs more, so where US work goes is the
 * plan's choice. One agent-hour is 60 minutes of work (no shrinkage, full occupancy); handle
 * times are multiples of 3 minutes, so a message-by-message replay loses no minutes at hour ends.
 */
function routingScenario(): { scenario: ScenarioFile; arrivals: QueueArrivals[] } {
  const us: Marketplace = tinyMarketplace({ id: 'us', name: 'Amazon US', timeZone: 'America/New_York', country: 'US', classes });
  const de: Marketplace = tinyMarketplace({ id: 'de', name: 'Amazon DE', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], classes });
  const manila = tinySite({ id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', hourlyCost: 5, languages: ['en'], maxHeadcount: 3 });
  const krakow = tinySite({ id: 'krakow', name: 'Kraków', timeZone: 'Europe/Warsaw', hourlyCost: 9, languages: ['en', 'de'] });
  const starts = ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'];
  const scenario = tinyScenario({
    marketplaces: [us, de],
    sites: [manila, krakow],
    shiftTemplates: [tinyTemplate('manila', starts, 8, [1, 2, 3, 4, 5, 6, 7]), tinyTemplate('krakow', starts, 8, [1, 2, 3, 4, 5, 6, 7])],
  });
  // whole messages, peaking in each marketplace's daytime
  const wave = (peakUtc: number, volume: number) =>
    Array.from({ length: HOURS }, (_, h) => Math.round(volume * (0.3 + Math.exp(-(((h % 24) - peakUtc) ** 2) / 18))));
  const arrivals: QueueArrivals[] = [
    { marketplaceId: 'us', classId: 'urgent', values: wave(18, 6) },
    { marketplaceId: 'us', classId: 'standard', values: wave(18, 20) },
    { marketplaceId: 'de', classId: 'urgent', values: wave(10, 5) },
    { marketplaceId: 'de', classId: 'standard', values: wave(10, 15) },
  ];
  return { scenario, arrivals };
}

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
