import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';
import { buildPlanningProblem } from '../planning/planning-problem.build';
import type { DispatchRun } from '../plan-result.types';
import { deriveDispatchRule } from './dispatch-rule.util';

const HOURS = 6;
const classes = [
  { id: 'urgent', name: 'Urgent', share: 0.5, replyDeadlineHours: 3, handleMinutes: 1 },
  { id: 'standard', name: 'Standard', share: 0.5, replyDeadlineHours: 4, handleMinutes: 1 },
];

/** Two sites: "both" answers US and DE, "english" only US; queues us/urgent, us/standard, de/urgent, de/standard. */
function twoSiteProblem() {
  const scenario = tinyScenario({
    marketplaces: [tinyMarketplace({ id: 'us', classes }), tinyMarketplace({ id: 'de', languages: ['de'], classes })],
    sites: [tinySite({ id: 'both', languages: ['en', 'de'] }), tinySite({ id: 'english', languages: ['en'] })],
    shiftTemplates: [tinyTemplate('both', ['00:00']), tinyTemplate('english', ['00:00'])],
  });
  const arrivals = ['us/urgent', 'us/standard', 'de/urgent', 'de/standard'].map((key) => {
    const [marketplaceId, classId] = key.split('/');
    return arrivalsAt({ 0: 1 }, HOURS, marketplaceId, classId);
  });
  return buildPlanningProblem(scenario, { arrivals, grid: tinyGrid(HOURS) });
}

const zeros = () => new Array<number>(HOURS).fill(0);

describe('deriveDispatchRule', () => {
  const problem = twoSiteProblem();
  const keys = problem.queues.map((q) => q.key);
  const index = (key: string) => keys.indexOf(key);
  const both = problem.sites.findIndex((s) => s.id === 'both');
  const english = problem.sites.findIndex((s) => s.id === 'english');

  /** routed[q][slot][h] from a list of (queue, site, hour, messages). */
  function routing(entries: Array<[string, number, number, number]>) {
    const routed = problem.queues.map((queue) => queue.siteIndices.map(() => zeros()));
    for (const [key, s, h, messages] of entries) {
      const q = index(key);
      routed[q][problem.queues[q].siteIndices.indexOf(s)][h] = messages;
    }
    return routed;
  }

  const orderAt = (rule: DispatchRun[], siteId: string, hour: number) => rule.find((run) => run.siteId === siteId && run.fromHour <= hour && hour < run.toHour)!.queues;

  describe('at the bilingual site in hour 2, with US standard and DE urgent routed there', () => {
    const routed = routing([
      ['us/standard', both, 2, 1],
      ['de/urgent', both, 2, 1],
    ]);
    // the US standard message of hour 0 waits until hour 2 and is still there at its end
    const plannedBacklog = problem.queues.map(() => zeros());
    plannedBacklog[index('us/standard')].splice(0, 3, 1, 1, 1);
    const onDuty = [
      [1, 1, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ];

    it('orders the routed queues, then the rest, by when their oldest waiting message is due as planned', () => {
      const rule = deriveDispatchRule({ problem, routed, plannedBacklog, onDuty });
      // US standard's message of hour 0 is due by the end of hour 3, DE urgent's next one by hour 4
      expect(orderAt(rule, 'both', 2)).toEqual(['us/standard', 'de/urgent', 'us/urgent', 'de/standard']);
      // after the last staffed hour the order stays; a site without staff works by deadline and
      // lists only the queues it can answer
      expect(orderAt(rule, 'both', 5)).toEqual(orderAt(rule, 'both', 2));
      expect(rule.filter((run) => run.siteId === 'english')).toEqual([
        { siteId: 'english', fromHour: 0, toHour: HOURS, fromUtc: '2025-01-06T00:00:00Z', toUtc: '2025-01-06T06:00:00Z', queues: ['us/urgent', 'us/standard'] },
      ]);
    });

    it('publishes the order that replays best: here the queues the plan empties before those it works down', () => {
      const scores = [
        { late: 3, overTargetHours: 0, waitHours: 0 },
        { late: 0, overTargetHours: 0, waitHours: 9 },
      ];
      let call = 0;
      const rule = deriveDispatchRule({ problem, routed, plannedBacklog, onDuty }, () => scores[call++]);
      expect(call).toBe(2);
      expect(orderAt(rule, 'both', 2)).toEqual(['de/urgent', 'us/standard', 'us/urgent', 'de/standard']);
    });

    it('among rules as late, publishes the one that waits least over the average-wait targets, before the one that waits least in all', () => {
      const scores = [
        { late: 0, overTargetHours: 0, waitHours: 9 },
        { late: 0, overTargetHours: 2, waitHours: 5 },
      ];
      let call = 0;
      const rule = deriveDispatchRule({ problem, routed, plannedBacklog, onDuty }, () => scores[call++]);
      expect(call).toBe(2);
      // the first order tried (by the plan's expected heads), not the emptied-first one
      expect(orderAt(rule, 'both', 2)).not.toEqual(['de/urgent', 'us/standard', 'us/urgent', 'de/standard']);
    });

    it('with the staffing, also scores orders read off the floor working by them: the queues as they stand', () => {
      // the bilingual agent of hour 0 answers all four messages, so in hour 2 nothing waits and,
      // without the routing first, the order falls back to deadlines
      const floor = { onDutyByPool: problem.pools.map((pool) => (pool.siteIndex === both ? [1, 1, 1, 0, 0, 0] : zeros())), chatLoad: [zeros(), zeros()] };
      const tried: string[][] = [];
      const byFloor = ['de/urgent', 'us/urgent', 'de/standard', 'us/standard'];
      const rule = deriveDispatchRule({ problem, routed, plannedBacklog, onDuty, floor }, (candidate) => {
        tried.push(orderAt(candidate, 'both', 2));
        return { late: JSON.stringify(tried.at(-1)) === JSON.stringify(byFloor) ? 0 : 3, overTargetHours: 0, waitHours: 0 };
      });
      expect(tried).toContainEqual(byFloor);
      // each different rule is replayed once
      expect(new Set(tried.map((order) => JSON.stringify(order))).size).toBe(tried.length);
      expect(orderAt(rule, 'both', 2)).toEqual(['de/urgent', 'us/urgent', 'de/standard', 'us/standard']);
    });
  });

  it("tries the queues only some of a site's language pools answer first: those pools' agents go to them", () => {
    // at the bilingual site, English-only agents besides the bilingual ones: German is theirs alone
    const twoPools = { ...problem, pools: [{ siteIndex: both, languages: ['en'], groupIndices: [] }, { siteIndex: both, languages: ['en', 'de'], groupIndices: [] }, ...problem.pools.filter((p) => p.siteIndex !== both)] };
    const routed = routing([
      ['us/urgent', both, 0, 1],
      ['de/standard', both, 0, 1],
    ]);
    const input = { problem: twoPools, routed, plannedBacklog: problem.queues.map(() => zeros()), onDuty: [[1, 0, 0, 0, 0, 0], zeros()] };
    expect(orderAt(deriveDispatchRule(input), 'both', 0)).toEqual(['us/urgent', 'de/standard', 'de/urgent', 'us/standard']);
    const rule = deriveDispatchRule(input, (candidate) => ({ late: orderAt(candidate, 'both', 0)[0] === 'de/standard' ? 0 : 1, overTargetHours: 0, waitHours: 0 }));
    expect(orderAt(rule, 'both', 0)).toEqual(['de/standard', 'us/urgent', 'de/urgent', 'us/standard']);
  });

  it('keeps one run while the order stays the same and starts a new one where it changes', () => {
    const routed = routing([
      ['us/standard', english, 1, 4],
      ['us/standard', english, 2, 4],
      ['us/urgent', english, 4, 1],
    ]);
    const plannedBacklog = problem.queues.map(() => zeros());
    const onDuty = [zeros(), [0, 1, 1, 0, 1, 1]];
    const rule = deriveDispatchRule({ problem, routed, plannedBacklog, onDuty }).filter((run) => run.siteId === 'english');
    expect(rule.map(({ fromHour, toHour, queues }) => ({ fromHour, toHour, queues }))).toEqual([
      // hour 0 (nobody on duty) takes hour 1's order, hour 3 hour 2's
      { fromHour: 0, toHour: 4, queues: ['us/standard', 'us/urgent'] },
      { fromHour: 4, toHour: HOURS, queues: ['us/urgent', 'us/standard'] },
    ]);
    expect(rule[1]).toMatchObject({ fromUtc: '2025-01-06T04:00:00Z', toUtc: '2025-01-06T06:00:00Z' });
  });

  it('ignores routing that is solver noise', () => {
    const routed = routing([['us/standard', english, 0, 1e-9]]);
    const rule = deriveDispatchRule({ problem, routed, plannedBacklog: problem.queues.map(() => zeros()), onDuty: [zeros(), new Array(HOURS).fill(1)] });
    expect(rule.find((run) => run.siteId === 'english')!.queues).toEqual(['us/urgent', 'us/standard']);
  });
});
