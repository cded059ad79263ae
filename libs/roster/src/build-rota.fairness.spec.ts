import { publicHolidays } from '@app/domain';
import { buildRota, checkRota } from './index';
import type { HolidayDutyRecord, RotaInput, RotaResult } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const templates = [makeTemplate('t8', 'sz', 8)];

function run(input: RotaInput): RotaResult {
  const result = buildRota(input);
  expect(checkRota(input, result)).toEqual([]);
  return result;
}

describe('fair spread of nights and weekends', () => {
  it('spreads 7 nights and 4 weekend shifts over 4 agents as 2-2-2-1 and 1-1-1-1', () => {
    const agents = ['a', 'b', 'c', 'd'].map((id) => makeAgent(id));
    const dates = ['03', '04', '05', '06', '07', '08', '09'].map((day) => `2027-05-${day}`);
    const plan = makePlan(
      '2027-05-03',
      7,
      dates.flatMap((date) => [makeShift(sz, 't8', date, '09:00', 8), makeShift(sz, 't8', date, '22:00', 8)]),
    );
    const result = run({ scenario: makeScenario({ sites: [sz], agents, templates }), plan });
    expect(result.status).toBe('complete');
    const stats = result.fairness.agents;
    expect(stats.map((s) => s.nights).sort()).toEqual([1, 2, 2, 2]);
    expect(stats.map((s) => s.weekends)).toEqual([1, 1, 1, 1]);
    expect(result.fairness.sites[0].nights).toMatchObject({ min: 1, max: 2, spread: 1, total: 7 });
    expect(result.fairness.sites[0].weekends.spread).toBe(0);
  });

  it('gives a half-time agent half the nights of full-timers', () => {
    const agents = [makeAgent('a'), makeAgent('b'), makeAgent('h', 'sz', { contractHoursPerWeek: 20 })];
    const dates = ['03', '04', '05', '06', '07'].map((day) => `2027-05-${day}`);
    const plan = makePlan(
      '2027-05-03',
      7,
      dates.flatMap((date) => [makeShift(sz, 't8', date, '09:00', 8), makeShift(sz, 't8', date, '22:00', 8)]),
    );
    const result = run({ scenario: makeScenario({ sites: [sz], agents, templates }), plan });
    expect(result.fairness.agents.map((s) => [s.agentId, s.nights, s.fairShare.nights])).toEqual([
      ['a', 2, 2],
      ['b', 2, 2],
      ['h', 1, 1],
    ]);
  });
});

describe('holiday duty rotates across seasons', () => {
  const agents = ['a', 'b', 'c', 'd'].map((id) => makeAgent(id));
  const scenario = makeScenario({ sites: [sz], agents, templates });
  /** Chinese New Year's Eve (day 1 of "Spring Festival") of a year, from the holiday calendar. */
  const newYearsEve = (year: number) => publicHolidays('CN', year).find((h) => h.name === 'Spring Festival')!.date;
  const season = (year: number, history: HolidayDutyRecord[]) =>
    run({ scenario, plan: makePlan(newYearsEve(year), 1, [makeShift(sz, 't8', newYearsEve(year), '09:00', 8, 2)]), holidayDutyHistory: history });
  const crew = (result: RotaResult) => result.assignments.map((row) => row.agentId).sort();

  it("puts last season's Eve crew at the back of the line, and records who worked", () => {
    const first = season(2026, []);
    expect(first.newHolidayDuty).toHaveLength(2);
    expect(first.newHolidayDuty[0]).toMatchObject({ date: '2026-02-16', holiday: 'Spring Festival', dayOfHoliday: 1 });
    const firstCrew = crew(first);

    const second = season(2027, first.holidayDutyHistory);
    const secondCrew = crew(second);
    expect(secondCrew).toHaveLength(2);
    expect(secondCrew.filter((id) => firstCrew.includes(id))).toEqual([]);
    expect(second.holidayDutyHistory).toHaveLength(4);

    // two seasons back weighs half of last season: the 2026 crew is first in line in 2028
    const third = season(2028, second.holidayDutyHistory);
    expect(crew(third)).toEqual(firstCrew);
    expect(third.fairness.sites[0].holidaysWithHistory).toMatchObject({ min: 1, max: 1.5, spread: 0.5 });
  });

  it('replaces its own season on a re-run instead of counting it twice', () => {
    const first = season(2026, []);
    const again = season(2026, first.holidayDutyHistory);
    expect(crew(again)).toEqual(crew(first));
    expect(again.holidayDutyHistory).toEqual(first.holidayDutyHistory);
  });

  it('matches a holiday across years whatever year its name carries', () => {
    const history: HolidayDutyRecord[] = [
      { agentId: 'a', date: '2026-02-16', holiday: 'Spring Festival 2026' },
      { agentId: 'b', date: '2026-02-16', holiday: 'spring festival' },
    ];
    expect(crew(season(2027, history))).toEqual(['c', 'd']);
  });
});

describe('holiday rotas', () => {
  it('lists the crew of each statutory day with the 300% premium in site and reporting currency', () => {
    const agents = ['a', 'b', 'c'].map((id) => makeAgent(id));
    const events = [
      { id: 'cny', name: 'Chinese New Year', kind: 'holiday' as const, start: '2027-02-04', end: '2027-02-10', marketplaceIds: [], siteIds: ['sz'] },
    ];
    const plan = makePlan('2027-02-04', 3, [
      makeShift(sz, 't8', '2027-02-04', '09:00', 8, 2),
      makeShift(sz, 't8', '2027-02-06', '09:00', 8, 2),
    ]);
    const result = run({ scenario: makeScenario({ sites: [sz], agents, templates, events }), plan });
    const byDate = new Map(result.holidayRotas.map((day) => [day.date, day]));
    expect([...byDate.keys()]).toEqual(['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07']);
    const newYear = byDate.get('2027-02-06')!;
    expect(newYear).toMatchObject({
      statutory: true,
      publicHolidays: ['Spring Festival'],
      events: [{ id: 'cny', name: 'Chinese New Year', kind: 'holiday' }],
      multiplier: 3,
      paidHours: 16,
      plannedSeats: 2,
      unfilledSeats: 0,
      currency: 'CNY',
      baseCost: 480,
      extraCost: 960, // 16 h × 30 CNY × (3 − 1)
      reportingCurrency: 'USD',
      extraCostReporting: 134.4,
    });
    expect(newYear.crew).toHaveLength(2);
    // an event day that is not a statutory holiday: the crew, no premium
    expect(byDate.get('2027-02-04')).toMatchObject({ statutory: false, multiplier: 1, extraCost: 0, paidHours: 16 });
    expect(result.newHolidayDuty.map((r) => [r.date, r.holiday])).toEqual([
      ['2027-02-04', 'Chinese New Year'],
      ['2027-02-04', 'Chinese New Year'],
      ['2027-02-06', 'Spring Festival'],
      ['2027-02-06', 'Spring Festival'],
    ]);
  });
});
