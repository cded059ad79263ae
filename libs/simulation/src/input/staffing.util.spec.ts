import type { HourGrid, PlannedShift, PlannedWorkload } from '@app/domain';
import { marketplace, priorityClass, site } from '../__fixtures__/simulation-fixtures';
import { simulate } from '../simulate';
import { SimulationError, SimulationErrorCode } from '../simulation-error';
import { simulationInputFromPlan } from './simulation-input-from-plan.util';
import { staffingFromIntervals, staffingFromShifts, staffingFromSiteHours } from './staffing.util';
import { validatePlannedWorkload } from './validate-simulation-input.util';

const DAY: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 24, mode: 'dated' };
const WEEK: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };

function shift(siteId: string, startUtc: string, endUtc: string, count: number, languages?: string[]): PlannedShift {
  return { siteId, templateId: 't', date: startUtc.slice(0, 10), localStart: startUtc.slice(11, 16), startUtc, endUtc, count, languages };
}

describe('staffingFromShifts', () => {
  it('counts agents per hour, part hours pro rata', () => {
    const staffing = staffingFromShifts({
      scenarioName: 'x',
      grid: DAY,
      shifts: [shift('sz', '2024-03-04T08:30:00Z', '2024-03-04T12:00:00Z', 2), shift('sz', '2024-03-04T10:00:00Z', '2024-03-04T11:00:00Z', 1)],
    });
    expect(staffing.pools).toHaveLength(1);
    expect(staffing.pools[0].agentsOnDuty.slice(7, 13)).toEqual([0, 1, 2, 3, 2, 0]);
  });

  it('keeps shifts planned for a language apart from the site’s general pool', () => {
    const staffing = staffingFromShifts({
      scenarioName: 'x',
      grid: DAY,
      shifts: [shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 3), shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 1, ['ja'])],
    });
    expect(staffing.pools.map((pool) => [pool.siteId, pool.languages ?? null, pool.agentsOnDuty[0]])).toEqual([
      ['sz', null, 3],
      ['sz', ['ja'], 1],
    ]);
  });

  it('gives a shift planned for an agent group the languages its members speak, not all of the site’s', () => {
    const group = (languages: string) => `sz|${languages}|40h|5d|6c|*|hourly`;
    const staffing = staffingFromShifts({
      scenarioName: 'x',
      grid: DAY,
      shifts: [
        { ...shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 3), group: group('en+zh') },
        { ...shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 1), group: group('en+ja+zh') },
        // planned for Japanese: the shift's languages decide, whoever's group it is
        { ...shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 2, ['ja']), group: group('en+ja+zh') },
      ],
    });
    expect(staffing.pools.map((pool) => [pool.languages ?? null, pool.agentsOnDuty[0]])).toEqual([
      [['en', 'zh'], 3],
      [['en', 'ja', 'zh'], 1],
      [['ja'], 2],
    ]);
  });

  it('wraps a Sunday night shift into Monday morning on a cyclic week, and drops it on a dated grid', () => {
    const sundayNight = shift('sz', '2024-03-10T22:00:00Z', '2024-03-11T06:00:00Z', 1);
    const cyclic = staffingFromShifts({ scenarioName: 'x', grid: WEEK, shifts: [sundayNight] });
    expect(cyclic.pools[0].agentsOnDuty.slice(0, 7)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(cyclic.pools[0].agentsOnDuty.slice(166)).toEqual([1, 1]);
    const dated = staffingFromShifts({ scenarioName: 'x', grid: { ...WEEK, mode: 'dated' }, shifts: [sundayNight] });
    expect(dated.pools[0].agentsOnDuty.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(dated.pools[0].agentsOnDuty.slice(166)).toEqual([1, 1]);
  });

  it('accepts a rota’s named agents (one each) with instants in milliseconds', () => {
    const staffing = staffingFromIntervals(DAY, [
      { siteId: 'manila', startUtc: Date.parse('2024-03-04T01:00:00Z'), endUtc: Date.parse('2024-03-04T03:00:00Z') },
      { siteId: 'manila', startUtc: '2024-03-04T02:00:00Z', endUtc: '2024-03-04T03:00:00Z' },
    ]);
    expect(staffing.pools[0].agentsOnDuty.slice(0, 4)).toEqual([0, 1, 2, 0]);
  });

  it('rejects negative counts by path', () => {
    expect(() => staffingFromShifts({ scenarioName: 'x', grid: DAY, shifts: [shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T01:00:00Z', -2)] })).toThrow(
      'plan.shifts[0].count: negative staffing (-2 agents)',
    );
  });
});

describe('bad input is rejected with a clear message', () => {
  const scenario = { marketplaces: [marketplace('amazon-us', [priorityClass('standard', 24, 5)])], sites: [site('sz')] };
  const plan = (shifts: PlannedShift[]): PlannedWorkload => ({
    scenarioName: 'x',
    grid: DAY,
    shifts,
    arrivals: [{ marketplaceId: 'amazon-us', classId: 'standard', values: new Array(24).fill(1) }],
  });

  it('a plan for an unknown site', () => {
    const issues = validatePlannedWorkload(plan([shift('shenzen', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 2)]), scenario.marketplaces, scenario.sites);
    expect(issues).toEqual([{ code: SimulationErrorCode.UnknownSite, path: 'plan.shifts[0].siteId', message: 'unknown site "shenzen" (the scenario has "sz")' }]);
    expect(() => simulationInputFromPlan(scenario, plan([shift('shenzen', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', 2)]))).toThrow(SimulationError);
  });

  it('negative staffing in a plan and in hourly staffing', () => {
    const issues = validatePlannedWorkload(plan([shift('sz', '2024-03-04T00:00:00Z', '2024-03-04T08:00:00Z', -1)]), scenario.marketplaces, scenario.sites);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([[SimulationErrorCode.NegativeStaffing, 'plan.shifts[0].count']]);

    const hours = new Array(24).fill(1);
    hours[5] = -3;
    let error: unknown;
    try {
      simulate({ ...scenario, staffing: staffingFromSiteHours(DAY, { sz: hours }), arrivals: { kind: 'expected', queues: plan([]).arrivals } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).code).toBe(SimulationErrorCode.NegativeStaffing);
    expect((error as SimulationError).message).toBe(
      'staffing.pools[0].agentsOnDuty[5]: negative staffing (-3 agents) at site "sz" in the hour from 2024-03-04T05:00:00Z',
    );
  });

  it('arrivals for an unknown marketplace or class, of the wrong length', () => {
    const bad: PlannedWorkload = {
      ...plan([]),
      arrivals: [
        { marketplaceId: 'ebay-de', classId: 'standard', values: new Array(24).fill(1) },
        { marketplaceId: 'amazon-us', classId: 'vip', values: new Array(24).fill(1) },
      ],
    };
    expect(validatePlannedWorkload(bad, scenario.marketplaces, scenario.sites).map((issue) => issue.message)).toEqual([
      'unknown marketplace "ebay-de" (the scenario has "amazon-us")',
      'marketplace "amazon-us" has no class "vip" (it has "standard")',
    ]);
    const short = { ...plan([]), arrivals: [{ marketplaceId: 'amazon-us', classId: 'standard', values: [1, 2] }] };
    expect(validatePlannedWorkload(short, scenario.marketplaces, scenario.sites)[0]).toMatchObject({ path: 'plan.arrivals[0].values', message: 'needs one value per grid hour (24), has 2' });
  });

  it('replayed messages outside the grid and options out of range', () => {
    const input = {
      ...scenario,
      staffing: staffingFromSiteHours(DAY, { sz: new Array(24).fill(1) }),
      arrivals: { kind: 'replay' as const, messages: [{ marketplaceId: 'amazon-us', classId: 'standard', receivedUtcMs: Date.parse('2024-03-05T01:00:00Z') }] },
    };
    expect(() => simulate(input)).toThrow('arrivals.messages[0].receivedUtcMs: 2024-03-05T01:00:00Z is outside the grid 2024-03-04T00:00:00Z – 2024-03-05T00:00:00Z');
    expect(() => simulate({ ...input, arrivals: { kind: 'replay', messages: [] } }, { replications: 0, handleTime: 'exponential' })).toThrow(/options.replications/);
    expect(() => simulate({ ...input, arrivals: { kind: 'replay', messages: [] } }, { mode: 'poisson' })).toThrow(/options.mode/);
  });
});
