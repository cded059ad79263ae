import { ROUTING_CLASSES, ROUTING_HOURS, routingScenario } from './__fixtures__/routing-scenario.fixture';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinyTemplate } from './__fixtures__/tiny-planning.fixture';
import { messageService, replayMessages } from './__fixtures__/message-replay.fixture';
import { planScenario } from './plan-scenario';
import type { PlanResult } from './plan-result.types';
import type { PlanningModel } from './planning/planning-model.build';
import { buildPlanningProblem } from './planning/planning-problem.build';
import type { DeferredQueue, PlanningProblem } from './planning/planning-problem.types';
import type { PlanSolution } from './solve/plan-solve';
import { planTruthfully } from './truthful-plan';

const HOURS = ROUTING_HOURS;
const classes = ROUTING_CLASSES;


// four promise rounds, as the thorough effort gives (the standard effort reports what its rule misses without re-solving)
const options = { grid: tinyGrid(HOURS), timeLimitSeconds: 60, improveWithMip: false, promiseRounds: 4 } as const;
const deadlineOf = (queue: string) => classes.find((c) => queue.endsWith(`/${c.id}`))!.replyDeadlineHours;

describe('the planner only promises what its dispatch rule delivers', () => {
  // a 1 h average-wait target on both marketplaces, at most 3 agents on duty in Manila
  const { scenario, arrivals } = routingScenario({ waitUs: 1, waitDe: 1, manilaCap: 3 });
  let once: PlanResult;
  let truthful: PlanResult;

  beforeAll(async () => {
    once = await planScenario(scenario, { ...options, arrivals, promiseRounds: 1 });
    truthful = await planScenario(scenario, { ...options, arrivals });
  });

  it("round 1's rule, replayed, breaks the US wait target the model kept; planned once, the plan says so with the replayed figure", () => {
    const us = once.marketplaces.find((m) => m.marketplaceId === 'us')!;
    expect(us.plannedAverageWaitHours).toBeLessThanOrEqual(1 + 1e-6);
    expect(us.averageWaitHours).toBeGreaterThan(1.1);
    expect(once.promiseRounds).toBe(1);
    expect(once.missedTargets).toEqual([{ marketplaceId: 'us', target: 'average-wait', promised: 1, replayed: us.averageWaitHours }]);
    expect(once.notes).toContain(`Amazon US: buyers wait ${us.averageWaitHours.toFixed(2)} h on average under the dispatch rule, over the 1 h target — this target is missed.`);
  });

  it('re-solved where the replay missed, the final plan keeps every target under its rule and says how many rounds it took', () => {
    expect(['optimal', 'feasible']).toContain(truthful.status);
    expect(truthful.promiseRounds).toBeGreaterThan(1);
    expect(truthful.missedTargets).toEqual([]);
    expect(truthful.notes.some((note) => note.startsWith(`The plan was solved ${truthful.promiseRounds} times`))).toBe(true);
    for (const service of truthful.marketplaces) {
      expect(service.slaAttainment).toBeGreaterThanOrEqual(1 - 0.005);
      expect(service.averageWaitHours).toBeLessThanOrEqual(1 * 1.1);
    }
    // keeping the promise costs more than promising it
    expect(truthful.totalCost).toBeGreaterThan(once.totalCost);
  });

  it('an independent message-by-message replay of the final rule meets what the plan reports (SLA within 0.5 pp, average wait within 10 %)', () => {
    const messages = replayMessages(truthful, scenario);
    for (const service of truthful.marketplaces) {
      const replayed = messageService(messages, service.marketplaceId, deadlineOf, HOURS);
      expect(Math.abs(replayed.slaAttainment - service.slaAttainment)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(replayed.averageWaitHours - service.averageWaitHours)).toBeLessThanOrEqual(0.1 * Math.max(service.averageWaitHours, 0.1));
      expect(replayed.slaAttainment).toBeGreaterThanOrEqual(1 - 0.005);
      expect(replayed.averageWaitHours).toBeLessThanOrEqual(1 * 1.1);
    }
  });

  it('every round is deterministic: the same request gives the same plan in the same number of rounds', async () => {
    const again = await planScenario(scenario, { ...options, arrivals });
    expect(again.promiseRounds).toBe(truthful.promiseRounds);
    expect(again.totalCost).toBe(truthful.totalCost);
    expect(again.shifts).toEqual(truthful.shifts);
  });

  it('a target the rule still misses when the round limit is reached is reported as missed, with the replayed figure', () => {
    // this instance needs more than one round: with a limit of one, the first plan's rule misses, and it is the last
    expect(truthful.promiseRounds).toBeGreaterThan(1);
    expect(once.promiseRounds).toBe(1);
    expect(once.missedTargets.length).toBeGreaterThan(0);
    for (const missed of once.missedTargets) {
      const service = once.marketplaces.find((m) => m.marketplaceId === missed.marketplaceId)!;
      expect(missed).toEqual({ marketplaceId: service.marketplaceId, target: 'average-wait', promised: 1, replayed: service.averageWaitHours });
      expect(service.averageWaitHours).toBeGreaterThan(1.05);
    }
  });
});

describe('planTruthfully, round by round', () => {
  // one queue, 24 h deadline, 60 messages at 00:00: a replay that misses the deadline makes the next round plan to 21 h
  const scenario = tinyScenario({ marketplaces: [tinyMarketplace({ waitTarget: { averageHours: 4 } })], shiftTemplates: [tinyTemplate('site', ['00:00', '12:00'], 1)] });
  const problem = buildPlanningProblem(scenario, { arrivals: [arrivalsAt({ 0: 60 })], grid: tinyGrid() });
  const fakeSolution = (model: PlanningModel): PlanSolution => ({
    status: 'feasible',
    values: new Array<number>(model.linear.variables.length).fill(0),
    objective: 0,
    lpBound: 0,
    bound: 0,
    gap: 0,
    source: 'rounding',
    solver: 'highs',
    seconds: { lp: 0, rounding: 0, mip: 0, total: 0 },
    effort: 'quick',
    clockLimitReached: false,
  });
  /** A replay that answers the 60 messages at hour `answered` (late after hour 23) with the given average wait, against an LP average of 2 h. */
  const replayed = (answered: number, averageWaitHours: number): PlanResult =>
    ({
      status: 'feasible',
      shifts: [{ count: 1 }],
      staffingGap: [],
      notes: [],
      marketplaces: [{ marketplaceId: 'shop', slaAttainment: answered <= 23 ? 1 : 0, averageWaitHours, plannedAverageWaitHours: 2 }],
      queues: [{ backlog: Array.from({ length: 24 }, (_, h) => (h < answered ? 60 : 0)) }],
    }) as unknown as PlanResult;

  it('tightens the late queue by an eighth of its deadline and the marketplace cap by what the rule added, replays against the targets as asked, and stops when they are kept', () => {
    const models: PlanningModel[] = [];
    const replays = [replayed(30, 5), replayed(10, 3)];
    const interpreted: PlanningProblem[] = [];
    const { result } = planTruthfully({
      scenario,
      problem,
      maxRounds: 4,
      solve: (model) => (models.push(model), fakeSolution(model)),
      interpret: (model) => (interpreted.push(model.problem), replays[interpreted.length - 1]),
    });
    expect(models).toHaveLength(2);
    const [queue] = models[1].problem.queues as DeferredQueue[];
    // due by the end of hour 23 as asked, hour 20 as planned in round 2
    expect((problem.queues[0] as DeferredQueue).dueHour[0]).toBe(23);
    expect(queue.dueHour[0]).toBe(20);
    // the LP's 2 h less the 1 h the rule added over the 4 h target
    expect(models[1].problem.waitCaps.map((cap) => cap.maxAverageHours)).toEqual([1]);
    // every replay is of the problem as asked
    expect(interpreted).toEqual([problem, problem]);
    expect(result.promiseRounds).toBe(2);
    expect(result.missedTargets).toEqual([]);
  });

  it('keeps the last plan and says so when the tighter model has none; plans once with a fixed roster', () => {
    const replays = [replayed(30, 3)];
    let round = 0;
    const { result } = planTruthfully({
      scenario,
      problem,
      maxRounds: 4,
      solve: (model) => (++round === 1 ? fakeSolution(model) : { ...fakeSolution(model), status: 'infeasible', values: null }),
      interpret: () => replays[0],
    });
    expect(round).toBe(2);
    expect(result.promiseRounds).toBe(1);
    expect(result.missedTargets).toEqual([{ marketplaceId: 'shop', target: 'deadline', promised: 1, replayed: 0 }]);
    expect(result.notes[0]).toMatch(/^Round 2 asked the model for more than the rule had delivered, and no plan keeps that \(infeasible\): the plan of round 1 stands\./);

    let solves = 0;
    planTruthfully({ scenario, problem: { ...problem, fixedCounts: problem.shifts.map(() => 1) }, maxRounds: 4, solve: (model) => (solves++, fakeSolution(model)), interpret: () => replayed(30, 3) });
    expect(solves).toBe(1);
  });
});
