import { applyScenarioDefinition, baseEffectiveScenario } from './apply-definition';
import { fixedRatePipeline } from './__fixtures__/fixed-rate-pipeline.fixture';
import { tinyScenario, tinyTeamScenario } from './__fixtures__/tiny-scenario.fixture';
import { costServiceFrontier } from './cost-service-frontier';
import type { PlanRequest, ScenarioPipeline } from './pipeline.types';

/** A planner whose cost per wait target is given (a MIP answer within a gap need not be monotone). */
function pipelineWithCosts(costs: Record<string, number | 'infeasible'>, calls: PlanRequest[]): ScenarioPipeline {
  const pipeline = fixedRatePipeline();
  const plan = pipeline.plan;
  pipeline.plan = async (request) => {
    calls.push(request);
    const wait = request.scenario.marketplaces[0].waitTarget!.averageHours!;
    const key = `${wait}@${request.minSlaAttainment ?? 1}`;
    const cost = costs[key];
    if (cost === 'infeasible') return { status: 'infeasible', message: 'too strict', totalCost: 0, costBySite: {}, slaAttainment: 0, marketplaces: [] };
    const outcome = await plan(request);
    return { ...outcome, totalCost: cost, marketplaces: outcome.marketplaces.map((row) => ({ ...row, averageWaitHours: wait * 0.9 })) };
  };
  return pipeline;
}

describe('cost–service frontier', () => {
  const effective = baseEffectiveScenario(tinyScenario());

  it('plans every target with the wait target set on every marketplace and the waiting-cost weight dropped', async () => {
    const calls: PlanRequest[] = [];
    const scenario = tinyScenario();
    scenario.marketplaces[1].waitTarget = { averageHours: 8, costPerWaitingHour: 3, lateShare: { afterHours: 12, maxShare: 0.1 } };
    await costServiceFrontier(baseEffectiveScenario(scenario), { pipeline: pipelineWithCosts({ '2@1': 10, '4@1': 8 }, calls), waitTargets: [4, 2] });
    expect(calls.map((call) => call.scenario.marketplaces.map((m) => m.waitTarget))).toEqual([
      [{ averageHours: 2 }, { averageHours: 2, lateShare: { afterHours: 12, maxShare: 0.1 } }],
      [{ averageHours: 4 }, { averageHours: 4, lateShare: { afterHours: 12, maxShare: 0.1 } }],
    ]);
  });

  it('plans a scenario with hires, leave and a move like any other: every target sees the changed team', async () => {
    const calls: PlanRequest[] = [];
    const effective = applyScenarioDefinition(tinyTeamScenario(), {
      id: 'team-changes',
      name: 'Two hires, a holiday and a night shift',
      overrides: [
        { kind: 'hire-agents', siteId: 'shenzhen', count: 2, from: '2025-03-06' },
        { kind: 'agent-leave', agentIds: ['sz-10'], start: '2025-03-03', end: '2025-03-09', reason: 'annual leave' },
        { kind: 'move-agents', fromSiteId: 'shenzhen', count: 1, shiftTemplateIds: ['sz-night'] },
      ],
    });
    const frontier = await costServiceFrontier(effective, { pipeline: pipelineWithCosts({ '2@1': 10, '4@1': 8 }, calls), waitTargets: [2, 4] });
    expect(frontier.points.map((point) => [point.waitTargetHours, point.cost])).toEqual([
      [2, 10],
      [4, 8],
    ]);
    // the first Shenzhen agent by id is now "hire-shenzhen-1" ("h" < "s"): the hire goes on nights
    for (const call of calls) {
      expect(call.scenario.agents.map((agent) => [agent.id, agent.shiftTemplateIds ?? 'any', agent.timeOff.map((off) => off.reason)])).toEqual([
        ['sz-01', 'any', ['dentist']],
        ['sz-02', ['sz-day'], []],
        ['sz-10', 'any', ['annual leave']],
        ['mnl-01', ['mnl-night'], []],
        ['hire-shenzhen-1', ['sz-night'], ['not yet hired']],
        ['hire-shenzhen-2', 'any', ['not yet hired']],
      ]);
      expect(call.scenario.sites[0].maxHeadcount).toBe(32);
    }
  });

  it('is monotone: a looser target that came out dearer shows the stricter target’s plan, and says so', async () => {
    const calls: PlanRequest[] = [];
    const frontier = await costServiceFrontier(effective, {
      pipeline: pipelineWithCosts({ '1@1': 'infeasible', '2@1': 100, '4@1': 90, '8@1': 95, '16@1': 70 }, calls),
      waitTargets: [16, 1, 8, 2, 4],
    });
    expect(frontier.points.map((point) => [point.waitTargetHours, point.cost, point.solvedCost, point.takenFrom?.waitTargetHours])).toEqual([
      [1, null, null, undefined],
      [2, 100, 100, undefined],
      [4, 90, 90, undefined],
      [8, 90, 95, 4],
      [16, 70, 70, undefined],
    ]);
    expect(frontier.points[3].averageWaitHours).toBeCloseTo(3.6, 12); // the 4-hour plan's own wait
    expect(frontier.violations).toEqual([{ waitTargetHours: 8, slaTarget: 1, solvedCost: 95, stricter: { waitTargetHours: 4, slaTarget: 1, cost: 90 } }]);
    const costs = frontier.points.filter((point) => point.cost !== null).map((point) => point.cost!);
    costs.forEach((cost, index) => index > 0 && expect(cost).toBeLessThanOrEqual(costs[index - 1]));
  });

  it('sweeps SLA targets below 100 % too: a lower target never costs more than a higher one at the same wait', async () => {
    const calls: PlanRequest[] = [];
    const frontier = await costServiceFrontier(effective, {
      pipeline: pipelineWithCosts({ '2@1': 100, '4@1': 80, '2@0.95': 105, '4@0.95': 75 }, calls),
      waitTargets: [2, 4],
      slaTargets: [0.95, 1],
    });
    expect(calls.map((call) => call.minSlaAttainment)).toEqual([undefined, undefined, 0.95, 0.95]);
    expect(frontier.points.map((point) => [point.slaTarget, point.waitTargetHours, point.cost])).toEqual([
      [1, 2, 100],
      [1, 4, 80],
      [0.95, 2, 100],
      [0.95, 4, 75],
    ]);
    expect(frontier.violations).toHaveLength(1);
  });
});
