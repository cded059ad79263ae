import { fixedRatePipeline } from './__fixtures__/fixed-rate-pipeline.fixture';
import { tinyScenario } from './__fixtures__/tiny-scenario.fixture';
import { refreshLiveScenarios } from './live-refresh';
import type { PlanRequest } from './pipeline.types';
import type { ScenarioDefinition } from './scenario-definition.types';

describe('refreshing live scenarios', () => {
  const definitions: ScenarioDefinition[] = [
    { id: 'as-is', name: 'As is', live: true, overrides: [] },
    { id: 'draft', name: 'Draft', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.5 }] },
    { id: 'self-service', name: 'Self-service', live: true, overrides: [{ kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.5 }] },
  ];

  it('re-plans only live scenarios from the day after the (fake) clock and compares with the previous run', async () => {
    const calls: PlanRequest[] = [];
    const first = await refreshLiveScenarios(tinyScenario(), definitions, { pipeline: fixedRatePipeline(calls), now: new Date('2025-03-02T01:30:00Z'), previousRuns: [], replications: 0 });
    expect(first.map((change) => [change.scenarioId, change.current.horizonStart, change.current.column.cost.horizon, change.previous, change.costPerMonthChange])).toEqual([
      ['as-is', '2025-03-03', 1008, null, null],
      ['self-service', '2025-03-03', 840, null, null],
    ]);
    expect(calls.map((call) => call.grid.startUtc)).toEqual(['2025-03-03T00:00:00Z', '2025-03-03T00:00:00Z']);

    const cheaper = fixedRatePipeline();
    const plan = cheaper.plan;
    cheaper.plan = async (request) => {
      const outcome = await plan(request);
      return { ...outcome, totalCost: outcome.totalCost / 2 };
    };
    const second = await refreshLiveScenarios(tinyScenario(), definitions, {
      pipeline: cheaper,
      now: new Date('2025-03-03T01:30:00Z'),
      previousRuns: first.map((change) => change.current),
      replications: 0,
    });
    expect(second[0].current.horizonStart).toBe('2025-03-04');
    expect(second[0].previous?.ranAt).toBe('2025-03-02T01:30:00.000Z');
    // Half of 1008 over a week, as a monthly run rate: −504 × (365.25 / 12) / 7.
    expect(second[0].costPerMonthChange).toBeCloseTo((-504 * 365.25) / 12 / 7, 9);
    expect(second[0].slaChange).toBe(0);
  });
});
