import { baseEffectiveScenario } from './apply-definition';
import { fixedRatePipeline } from './__fixtures__/fixed-rate-pipeline.fixture';
import { TINY_GRID, tinyScenario, tinyTeamScenario } from './__fixtures__/tiny-scenario.fixture';
import { capRoster, peakWhatIf } from './peak-what-if';
import type { PlanRequest, SimulateRequest } from './pipeline.types';

describe('peak and holiday what-ifs', () => {
  it('reports the extra cost, and replays the unchanged roster under the peak volume', async () => {
    const simulated: SimulateRequest[] = [];
    const pipeline = fixedRatePipeline();
    const simulate = pipeline.simulate!;
    pipeline.simulate = async (request) => {
      simulated.push(request);
      return simulate(request);
    };
    const result = await peakWhatIf(
      baseEffectiveScenario(tinyScenario()),
      { name: 'Prime Day', overrides: [{ kind: 'volume-multiplier', start: '2025-03-04', end: '2025-03-04', marketplaceIds: ['amazon-de'], multiplier: 3 }] },
      { pipeline, replications: 4 },
    );
    // Berlin's 4 March has 24 hours: 24 × 2 extra messages at 2 USD.
    expect(result.base.cost).toBe(1008);
    expect(result.staffed.cost).toBe(1104);
    expect(result.extraCost).toBe(96);
    // The fixed-rate planner keeps one shift a day in both plans, so no extra shifts.
    expect(result.extraShifts).toEqual([]);
    expect(simulated).toHaveLength(2); // the staffed plan, then the base roster under the peak
    const nobodyAdded = simulated[1];
    const deVolume = nobodyAdded.plan.arrivals.find((q) => q.marketplaceId === 'amazon-de')!.values.reduce((a, b) => a + b, 0);
    expect(deVolume).toBe(168 + 48);
    expect(nobodyAdded.plan.shifts).toHaveLength(7);
    expect(result.nobodyAdded?.slaAttainment).toEqual({ mean: 0.97, low: 0.95, high: 0.99 });
  });

  it('an event may send agents on leave or hire temps: only the staffed plan sees them', async () => {
    const calls: PlanRequest[] = [];
    const result = await peakWhatIf(
      baseEffectiveScenario(tinyTeamScenario()),
      {
        name: 'Prime Day with two off and one temp',
        overrides: [
          { kind: 'volume-multiplier', start: '2025-03-04', end: '2025-03-04', marketplaceIds: ['amazon-de'], multiplier: 3 },
          { kind: 'agent-leave', agentIds: ['sz-01', 'sz-10'], start: '2025-03-04', end: '2025-03-04' },
          { kind: 'hire-agents', siteId: 'shenzhen', count: 1, likeAgentId: 'sz-10', from: '2025-03-04', namePrefix: 'Temp' },
        ],
      },
      { pipeline: fixedRatePipeline(calls), replications: 0 },
    );
    expect([result.base.cost, result.staffed.cost, result.extraCost]).toEqual([1008, 1104, 96]);
    const [baseCall, eventCall] = calls;
    expect(baseCall.scenario.agents).toHaveLength(4);
    expect(eventCall.scenario.agents.map((agent) => [agent.name, agent.timeOff.map((off) => `${off.start}..${off.end} ${off.reason}`)])).toEqual([
      ['Wang Wei', ['2025-03-04..2025-03-04 dentist', '2025-03-04..2025-03-04 leave']],
      ['Li Na', []],
      ['Zhang Min', ['2025-03-04..2025-03-04 leave']],
      ['Maria Santos', []],
      ['Temp 1', ['1970-01-01..2025-03-03 not yet hired']],
    ]);
  });

  it('a capped site keeps at most cap × max headcount on duty, earliest shifts first, on its own dates', () => {
    // Shenzhen (UTC+8, max headcount 30) capped at 20 % = 6 agents on 5 March local.
    const shift = (startUtc: string, hours: number, count: number, siteId = 'shenzhen') => ({
      siteId, templateId: 't', date: '', localStart: '', startUtc, endUtc: new Date(Date.parse(startUtc) + hours * 3_600_000).toISOString(), count,
    });
    const event = { id: 'cny', name: 'CNY', kind: 'holiday' as const, start: '2025-03-05', end: '2025-03-05', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 };
    const shifts = [
      shift('2025-03-04T01:00:00Z', 8, 10), // 4 March 09:00–17:00 local: not capped
      shift('2025-03-04T12:00:00Z', 8, 5), // 4 March 20:00 – 5 March 04:00 local: 5 ≤ 6
      shift('2025-03-04T14:00:00Z', 8, 5), // overlaps the previous one from 5 March 00:00 local: only 1 more fits
      shift('2025-03-05T01:00:00Z', 8, 9, 'manila'), // another site: untouched
      shift('2025-03-05T08:00:00Z', 8, 7), // 5 March 16:00 – 24:00 local: 6
    ];
    const plan = { scenarioName: 't', grid: TINY_GRID, shifts, arrivals: [] };
    expect(capRoster(plan, tinyScenario().sites, [event]).map((s) => [s.siteId, s.startUtc.slice(0, 13), s.count])).toEqual([
      ['shenzhen', '2025-03-04T01', 10],
      ['shenzhen', '2025-03-04T12', 5],
      ['shenzhen', '2025-03-04T14', 1],
      ['manila', '2025-03-05T01', 9],
      ['shenzhen', '2025-03-05T08', 6],
    ]);
  });
});
