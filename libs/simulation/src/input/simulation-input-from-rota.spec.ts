import type { DispatchRun, HourGrid } from '@app/domain';
import { marketplace, priorityClass, site } from '../__fixtures__/simulation-fixtures';
import { simulate } from '../simulate';
import { SimulationError } from '../simulation-error';
import { simulationInputFromPlan } from './simulation-input-from-plan.util';
import { simulationInputFromRota } from './simulation-input-from-rota.util';

const grid: HourGrid = { startUtc: '2026-03-03T00:00:00Z', hours: 12, mode: 'dated' };
const scenario = { marketplaces: [marketplace('us', [priorityClass('standard', 24, 6)])], sites: [site('sz')] };
const dispatch: DispatchRun[] = [{ siteId: 'sz', fromHour: 0, toHour: 12, fromUtc: grid.startUtc, toUtc: '2026-03-03T12:00:00Z', queues: ['us/standard'] }];
const plan = {
  scenarioName: 'rota',
  grid,
  // the plan wanted three agents 02:00–06:00
  shifts: [{ siteId: 'sz', templateId: 'day', date: '2026-03-03', localStart: '02:00', startUtc: '2026-03-03T02:00:00Z', endUtc: '2026-03-03T06:00:00Z', count: 3 }],
  arrivals: [{ marketplaceId: 'us', classId: 'standard', values: Array.from({ length: 12 }, (_, h) => (h >= 2 && h < 6 ? 25 : 0)) }],
  dispatch,
};
const seat = (startUtc: string, endUtc: string) => ({ siteId: 'sz', startUtc, endUtc, languages: [] });

describe('simulationInputFromRota', () => {
  it('staffs each hour with the named agents the rota placed (an empty seat is nobody) and keeps the plan’s rule and arrivals', () => {
    const input = simulationInputFromRota(scenario, plan, [seat('2026-03-03T02:00:00Z', '2026-03-03T06:00:00Z'), seat('2026-03-03T03:00:00Z', '2026-03-03T05:30:00Z')]);
    expect(input.staffing.pools).toEqual([{ siteId: 'sz', agentsOnDuty: [0, 0, 1, 2, 2, 1.5, 0, 0, 0, 0, 0, 0] }]);
    expect(input.dispatch).toEqual(dispatch);
    expect(input.arrivals).toEqual({ kind: 'expected', queues: plan.arrivals, openingBacklog: undefined });
    // 6.5 agent-hours of 10 messages each against 100 messages: 35 still wait when the grid ends; as planned, none
    expect(simulate(input).queues[0].unanswered.mean).toBeCloseTo(35, 6);
    expect(simulate(simulationInputFromPlan(scenario, plan)).queues[0].unanswered.mean).toBeCloseTo(0, 6);
  });

  it('lets each named agent answer the languages they speak when the shift asked for none', () => {
    const team = { ...scenario, agents: [{ id: 'mei', name: 'Mei', siteId: 'sz', languages: ['ja', 'zh'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] }] };
    const input = simulationInputFromRota(team, plan, [
      { agentId: 'mei', ...seat('2026-03-03T02:00:00Z', '2026-03-03T06:00:00Z') },
      { agentId: 'someone-else', ...seat('2026-03-03T02:00:00Z', '2026-03-03T06:00:00Z') },
    ]);
    expect(input.staffing.pools.map((pool) => [pool.languages ?? null, pool.agentsOnDuty[2]])).toEqual([
      [['ja', 'zh'], 1],
      [null, 1],
    ]);
  });

  it('names a bad assignment by its place in the rota', () => {
    expect(() => simulationInputFromRota(scenario, plan, [seat('not a time', '2026-03-03T06:00:00Z')])).toThrow(SimulationError);
    expect(() => simulationInputFromRota(scenario, plan, [seat('not a time', '2026-03-03T06:00:00Z')])).toThrow(/rota\.assignments\[0\]\.startUtc/);
  });
});
