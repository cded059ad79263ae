import { agentGroupKey } from '@app/domain';
import { buildRota, checkRota } from './index';
import type { RotaInput, RotaResult } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const berlin = makeSite({ id: 'ber', name: 'Berlin', timeZone: 'Europe/Berlin', currency: 'EUR', holidayCountry: 'DE' });

function run(input: RotaInput): RotaResult {
  const result = buildRota(input);
  expect(checkRota(input, result)).toEqual([]);
  return result;
}

const workedStarts = (result: RotaResult, agentId: string) =>
  result.assignments.filter((row) => row.agentId === agentId).map((row) => `${row.date} ${row.localStart}`);

describe('rest between shifts', () => {
  const scenario = makeScenario({ sites: [sz], agents: [makeAgent('a')], templates: [makeTemplate('t8', 'sz', 8)] });

  it('counts the rest across midnight: a shift ending at 00:00 and one at 09:00 are 9 h apart', () => {
    const plan = makePlan('2027-05-03', 3, [makeShift(sz, 't8', '2027-05-03', '16:00', 8), makeShift(sz, 't8', '2027-05-04', '09:00', 8)]);
    const result = run({ scenario, plan });
    expect(workedStarts(result, 'a')).toEqual(['2027-05-03 16:00']);
    expect(result.status).toBe('partial');
    expect(result.unfilled).toHaveLength(1);
    expect(result.unfilled[0].blockers).toEqual({ rest: 1 });
    expect(result.unfilled[0].message).toBe(
      '1 of 1 shift 09:00–17:00 on Tuesday 2027-05-04 at Shenzhen unfilled: the only agent is short of 11 h rest before or after (1)',
    );
  });

  it('allows exactly the minimum rest, and follows a configured minimum', () => {
    const plan = makePlan('2027-05-03', 3, [makeShift(sz, 't8', '2027-05-03', '16:00', 8), makeShift(sz, 't8', '2027-05-04', '11:00', 8)]);
    expect(workedStarts(run({ scenario, plan }), 'a')).toEqual(['2027-05-03 16:00', '2027-05-04 11:00']);
    const tight = makePlan('2027-05-03', 3, [makeShift(sz, 't8', '2027-05-03', '16:00', 8), makeShift(sz, 't8', '2027-05-04', '09:00', 8)]);
    expect(run({ scenario, plan: tight, options: { restHours: 9 } }).status).toBe('complete');
  });

  const berlinScenario = makeScenario({ sites: [berlin], agents: [makeAgent('b', 'ber')], templates: [makeTemplate('t8', 'ber', 8)] });

  it('measures rest in real time when clocks spring forward (Berlin, 28 March 2027)', () => {
    // 14:00–22:00 CET Saturday, then 09:00 CEST Sunday: 11 h on the wall clock, 10 h in real time
    const tooSoon = makePlan('2027-03-27', 2, [makeShift(berlin, 't8', '2027-03-27', '14:00', 8), makeShift(berlin, 't8', '2027-03-28', '09:00', 8)]);
    const result = run({ scenario: berlinScenario, plan: tooSoon });
    expect(workedStarts(result, 'b')).toEqual(['2027-03-27 14:00']);
    expect(result.unfilled[0].blockers).toEqual({ rest: 1 });
    const enough = makePlan('2027-03-27', 2, [makeShift(berlin, 't8', '2027-03-27', '14:00', 8), makeShift(berlin, 't8', '2027-03-28', '10:00', 8)]);
    expect(run({ scenario: berlinScenario, plan: enough }).status).toBe('complete');
  });

  it('measures rest in real time when clocks fall back (Berlin, 31 October 2027)', () => {
    // 14:00–22:00 CEST Saturday, then 08:00 CET Sunday: 10 h on the wall clock, 11 h in real time
    const plan = makePlan('2027-10-30', 2, [makeShift(berlin, 't8', '2027-10-30', '14:00', 8), makeShift(berlin, 't8', '2027-10-31', '08:00', 8)]);
    expect(run({ scenario: berlinScenario, plan }).status).toBe('complete');
  });
});

describe('consecutive working days', () => {
  const daily = (days: number) =>
    makePlan('2027-05-03', days, Array.from({ length: days }, (_, i) => makeShift(sz, 't4', `2027-05-${String(3 + i).padStart(2, '0')}`, '09:00', 4)));

  it("stops an agent at their own limit and resumes after a day off", () => {
    const scenario = makeScenario({ sites: [sz], agents: [makeAgent('a', 'sz', { maxConsecutiveDays: 3 })], templates: [makeTemplate('t4', 'sz', 4)] });
    const result = run({ scenario, plan: daily(5) });
    expect(workedStarts(result, 'a')).toEqual(['2027-05-03 09:00', '2027-05-04 09:00', '2027-05-05 09:00', '2027-05-07 09:00']);
    expect(result.unfilled.map((u) => [u.shift.date, u.blockers])).toEqual([['2027-05-06', { 'consecutive-days': 1 }]]);
    expect(result.unfilled[0].message).toContain('the only agent is at their 3-day limit (1)');
  });

  it('uses 6 days when the agent has no limit of their own', () => {
    const scenario = makeScenario({ sites: [sz], agents: [makeAgent('a', 'sz', { maxConsecutiveDays: 0, maxDaysPerWeek: 7 })], templates: [makeTemplate('t4', 'sz', 4)] });
    const result = run({ scenario, plan: daily(7) });
    expect(result.assignments).toHaveLength(6);
    expect(result.unfilled.map((u) => u.shift.date)).toEqual(['2027-05-09']);
  });
});

describe('approved time off', () => {
  const templates = [makeTemplate('t8', 'sz', 8)];

  it('gives the day to a colleague, and says so when nobody else is there', () => {
    const onLeave = makeAgent('a', 'sz', { timeOff: [{ start: '2027-05-04', end: '2027-05-04', reason: 'wedding' }] });
    const plan = makePlan('2027-05-03', 3, [makeShift(sz, 't8', '2027-05-03', '09:00', 8), makeShift(sz, 't8', '2027-05-04', '09:00', 8)]);
    const both = run({ scenario: makeScenario({ sites: [sz], agents: [onLeave, makeAgent('b')], templates }), plan });
    expect(both.assignments.find((row) => row.date === '2027-05-04')?.agentId).toBe('b');
    const alone = run({ scenario: makeScenario({ sites: [sz], agents: [onLeave], templates }), plan });
    expect(alone.unfilled[0].message).toBe('1 of 1 shift 09:00–17:00 on Tuesday 2027-05-04 at Shenzhen unfilled: the only agent is on approved time off (1)');
  });

  it('keeps a night shift that would run into the first day of leave off the agent', () => {
    const onLeave = makeAgent('a', 'sz', { timeOff: [{ start: '2027-05-05', end: '2027-05-06' }] });
    const plan = makePlan('2027-05-03', 3, [makeShift(sz, 't8', '2027-05-04', '22:00', 8)]);
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [onLeave], templates }), plan });
    expect(result.unfilled[0].blockers).toEqual({ 'time-off': 1 });
  });
});

describe('contract hours and languages', () => {
  it('never exceeds contract + tolerance in a rota week', () => {
    const partTimer = makeAgent('a', 'sz', { contractHoursPerWeek: 20 });
    const plan = makePlan(
      '2027-05-03',
      7,
      ['03', '04', '05', '06'].map((day) => makeShift(sz, 't8', `2027-05-${day}`, '09:00', 8)),
    );
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [partTimer], templates: [makeTemplate('t8', 'sz', 8)] }), plan });
    expect(result.assignments).toHaveLength(3); // 24 h = 20 h contract + 4 h tolerance
    expect(result.unfilled[0].blockers).toEqual({ 'weekly-hours': 1 });
  });

  it('puts only speakers of the required language on a shift', () => {
    const japanese = makeAgent('z', 'sz', { languages: ['zh', 'ja'] });
    const plan = makePlan('2027-05-03', 1, [makeShift(sz, 't8', '2027-05-03', '09:00', 8, 1, ['ja'])]);
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a'), japanese], templates: [makeTemplate('t8', 'sz', 8)] }), plan });
    expect(result.assignments.map((row) => [row.agentId, row.marketplaceIds])).toEqual([['z', ['amazon-jp']]]);
  });

  it('keeps agents at their own site', () => {
    const scenario = makeScenario({
      sites: [sz, berlin],
      agents: [makeAgent('a'), makeAgent('b', 'ber')],
      templates: [makeTemplate('t8', 'sz', 8), makeTemplate('b8', 'ber', 8)],
    });
    const plan = makePlan('2027-05-03', 1, [makeShift(sz, 't8', '2027-05-03', '09:00', 8, 2)]);
    const result = run({ scenario, plan });
    expect(result.assignments.map((row) => row.agentId)).toEqual(['a']);
    expect(result.unfilled[0].missing).toBe(1);
  });
});

describe('soft rule: two consecutive days off', () => {
  const templates = [makeTemplate('t8', 'sz', 8)];
  const week = ['03', '04', '05', '06', '07', '08', '09'].map((day) => `2027-05-${day}`);

  it('arranges two agents sharing one shift a day so each gets two days off together', () => {
    const plan = makePlan('2027-05-03', 7, week.map((date) => makeShift(sz, 't8', date, '09:00', 8)));
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a'), makeAgent('b')], templates }), plan });
    expect(result.status).toBe('complete');
    expect(result.softBreaches.filter((b) => b.rule === 'two-consecutive-days-off')).toEqual([]);
  });

  it('reports the agent and the week when the plan leaves no choice', () => {
    const plan = makePlan(
      '2027-05-03',
      7,
      [0, 2, 4, 6].map((i) => makeShift(sz, 't8', week[i], '09:00', 8)),
    );
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a')], templates }), plan });
    const breach = result.softBreaches.find((b) => b.rule === 'two-consecutive-days-off');
    expect(breach).toMatchObject({ agentId: 'a', weekStart: '2027-05-03', weekEnd: '2027-05-09' });
    expect(breach?.message).toContain('Agent a has no two consecutive days off in the week 2027-05-03 – 2027-05-09');
  });
});

describe('soft rule: contract hours floor', () => {
  const templates = [makeTemplate('t8', 'sz', 8)];
  const week = ['03', '04', '05', '06', '07', '08', '09'].map((day) => `2027-05-${day}`);
  const plan = makePlan('2027-05-03', 7, week.map((date) => makeShift(sz, 't8', date, '09:00', 8)));
  const agents = ['a', 'b', 'c', 'd', 'e'].map((id) => makeAgent(id));
  const underHours = (result: RotaResult) => result.softBreaches.filter((b) => b.rule === 'under-contract-hours').map((b) => b.agentId);

  it('reports each agent left below contract − tolerance', () => {
    const result = run({ scenario: makeScenario({ sites: [sz], agents, templates }), plan });
    expect(underHours(result)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.softBreaches.find((b) => b.agentId === 'a' && b.rule === 'under-contract-hours')?.message).toMatch(
      /^Agent a works (8|16) h in the week 2027-05-03 – 2027-05-09, below the floor of 36 h \(40 h contract − 4 h tolerance, scaled to the days available\)$/,
    );
  });

  it('scales the floor down for a week under an availability cap and for leave', () => {
    const cap = { id: 'cny', name: 'Chinese New Year', kind: 'holiday' as const, start: '2027-05-03', end: '2027-05-09', marketplaceIds: [], siteIds: ['sz'], availabilityCap: 0.2 };
    const capped = run({ scenario: makeScenario({ sites: [sz], agents, templates, events: [cap] }), plan });
    expect(capped.status).toBe('complete');
    expect(underHours(capped)).toEqual([]); // 36 h × 0.2 = 7.2 h: one shift each is enough
    const onLeave = agents.map((agent, i) => (i < 4 ? { ...agent, timeOff: [{ start: '2027-05-03', end: '2027-05-09' }] } : agent));
    const leave = run({ scenario: makeScenario({ sites: [sz], agents: onLeave, templates }), plan: makePlan('2027-05-03', 7, week.slice(0, 5).map((date) => makeShift(sz, 't8', date, '09:00', 8))) });
    expect(underHours(leave)).toEqual([]);
    expect(leave.assignments.map((row) => row.agentId)).toEqual(['e', 'e', 'e', 'e', 'e']);
  });
});

it('is deterministic: the same input gives the same rota', () => {
  const agents = ['a', 'b', 'c', 'd', 'e'].map((id) => makeAgent(id));
  const plan = makePlan(
    '2027-05-03',
    7,
    ['03', '04', '05', '06', '07', '08', '09'].flatMap((day) => [
      makeShift(sz, 't8', `2027-05-${day}`, '09:00', 8, 2),
      makeShift(sz, 't8', `2027-05-${day}`, '22:00', 8, 1),
    ]),
  );
  const input = { scenario: makeScenario({ sites: [sz], agents, templates: [makeTemplate('t8', 'sz', 8)] }), plan };
  expect(buildRota(input)).toEqual(buildRota(input));
});

describe('working days and shift kinds from the agent terms', () => {
  const templates = [makeTemplate('t8', 'sz', 8), makeTemplate('t4', 'sz', 4)];

  it('starts at most maxDaysPerWeek shifts in a rota week (default 5)', () => {
    const days = ['03', '04', '05', '06', '07', '08'];
    const plan = makePlan('2027-05-03', 7, days.map((day) => makeShift(sz, 't4', `2027-05-${day}`, '09:00', 4)));
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a')], templates }), plan });
    expect(result.assignments).toHaveLength(5);
    expect(result.unfilled[0].blockers).toEqual({ 'days-per-week': 1 });
    const three = run({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a', 'sz', { maxDaysPerWeek: 3 })], templates }), plan });
    expect(three.assignments).toHaveLength(3);
  });

  it('puts an agent only on the templates the agent works', () => {
    const plan = makePlan('2027-05-03', 1, [makeShift(sz, 't4', '2027-05-03', '09:00', 4), makeShift(sz, 't8', '2027-05-03', '09:00', 8)]);
    const fullTimer = makeAgent('f', 'sz', { shiftTemplateIds: ['t8'] });
    const result = run({ scenario: makeScenario({ sites: [sz], agents: [fullTimer], templates }), plan });
    expect(result.assignments.map((row) => row.templateId)).toEqual(['t8']);
    expect(result.unfilled.map((u) => [u.shift.templateId, u.blockers])).toEqual([['t4', { template: 1 }]]);
  });

  it('allows the site overtime cap above the contract, no more', () => {
    const overtimeSite = makeSite({ overtime: { multiplier: 1.5, maxHoursPerAgentPerWeek: 8 } });
    const plan = makePlan('2027-05-03', 7, ['03', '04', '05', '06'].map((day) => makeShift(overtimeSite, 't8', `2027-05-${day}`, '09:00', 8)));
    const partTimer = makeAgent('a', 'sz', { contractHoursPerWeek: 20 });
    const result = run({ scenario: makeScenario({ sites: [overtimeSite], agents: [partTimer], templates }), plan });
    expect(result.assignments).toHaveLength(3); // 24 h ≤ 20 h + 8 h < 32 h
  });

  it('seats only the members of the group a shift was planned for', () => {
    const fullTimer = makeAgent('f', 'sz', { shiftTemplateIds: ['t8'] });
    const partTimer = makeAgent('p', 'sz', { contractHoursPerWeek: 20, payBasis: 'hourly' });
    const scenario = makeScenario({ sites: [sz], agents: [fullTimer, partTimer], templates });
    const forFullTimers = { ...makeShift(sz, 't8', '2027-05-03', '09:00', 8), group: agentGroupKey(fullTimer, sz) };
    const forPartTimers = { ...makeShift(sz, 't8', '2027-05-04', '09:00', 8, 2), group: agentGroupKey(partTimer, sz) };
    const result = run({ scenario, plan: makePlan('2027-05-03', 2, [forFullTimers, forPartTimers]) });
    expect(result.assignments.map((row) => [row.date, row.agentId])).toEqual([
      ['2027-05-03', 'f'],
      ['2027-05-04', 'p'],
    ]);
    expect(result.unfilled.map((u) => [u.shift.date, u.blockers])).toEqual([['2027-05-04', { group: 1, 'same-shift': 1 }]]);
  });
});
