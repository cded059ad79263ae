import { fixedRatePipeline } from './__fixtures__/fixed-rate-pipeline.fixture';
import { tinyScenario } from './__fixtures__/tiny-scenario.fixture';
import { liveWindowWeeks, refreshLiveScenarios } from './live-refresh';
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

  describe('the window it plans fits the forecast’s reach', () => {
    /** Hourly history of amazon-us (unclassified) for the four weeks up to the end of `lastDate`. */
    const withHistoryUntil = (lastDate: string, weeks: number) => {
      const end = Date.parse(`${lastDate}T00:00:00Z`) + 24 * 3_600_000;
      const start = new Date(end - 4 * 168 * 3_600_000).toISOString().replace('.000', '');
      return { ...tinyScenario(), horizon: { start: '2025-03-03', weeks, mode: 'dated' as const }, history: [{ marketplaceId: 'amazon-us', classId: null, start, counts: Array.from({ length: 4 * 168 }, () => 10) }] };
    };

    it('plans the horizon’s 13 weeks when the forecast reaches them, and 12 from tomorrow when the history ends today', () => {
      // history through 2025-03-01: a forecast reaches 13 weeks past 2025-03-02T00Z
      expect(liveWindowWeeks(withHistoryUntil('2025-03-01', 13), '2025-03-02')).toBe(13);
      expect(liveWindowWeeks(withHistoryUntil('2025-03-01', 13), '2025-03-03')).toBe(12);
      expect(liveWindowWeeks(withHistoryUntil('2025-03-01', 4), '2025-03-03')).toBe(4);
    });

    it('plans at least one week, a cyclic horizon its one week, and the whole horizon without history', () => {
      expect(liveWindowWeeks(withHistoryUntil('2024-10-01', 13), '2025-03-03')).toBe(1);
      expect(liveWindowWeeks({ ...tinyScenario(), horizon: { start: '2025-03-03', weeks: 1, mode: 'cyclic' } }, '2025-03-03')).toBeUndefined();
      expect(liveWindowWeeks({ ...tinyScenario(), horizon: { start: '2025-03-03', weeks: 6, mode: 'dated' } }, '2025-03-03')).toBe(6);
    });

    it('hands the pipeline a grid the forecast can reach (history up to the night it runs)', async () => {
      const calls: PlanRequest[] = [];
      await refreshLiveScenarios(withHistoryUntil('2025-03-01', 13), definitions, { pipeline: fixedRatePipeline(calls), now: new Date('2025-03-02T01:30:00Z'), previousRuns: [], replications: 0 });
      expect(calls.map((call) => [call.grid.startUtc, call.grid.hours])).toEqual([
        ['2025-03-03T00:00:00Z', 12 * 168],
        ['2025-03-03T00:00:00Z', 12 * 168],
      ]);
    });
  });
});
