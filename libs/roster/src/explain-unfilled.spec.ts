import { buildRota, checkRota } from './index';
import type { RotaInput, RotaPin } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const templates = [makeTemplate('t8', 'sz', 8), makeTemplate('t4', 'sz', 4)];
const week = ['01', '02', '03', '04', '05', '06', '07'].map((day) => `2027-02-${day}`);

describe('unfilled shifts are explained', () => {
  it('names the language, who speaks it and why each speaker is unavailable', () => {
    const leave = [{ start: '2027-02-07', end: '2027-02-07' }];
    const agents = [
      makeAgent('j1', 'sz', { languages: ['zh', 'ja'], timeOff: leave }),
      makeAgent('j2', 'sz', { languages: ['zh', 'ja'], timeOff: leave }),
      makeAgent('j3', 'sz', { languages: ['zh', 'ja'], maxDaysPerWeek: 7 }),
      makeAgent('c1'),
      makeAgent('c2'),
      makeAgent('c3'),
    ];
    // j3 is pinned to a short shift Monday to Saturday: Sunday would be a 7th day in a row
    const pins: RotaPin[] = week.slice(0, 6).map((date) => ({ agentId: 'j3', shift: { siteId: 'sz', templateId: 't4', date, localStart: '13:00' } }));
    const plan = makePlan('2027-02-01', 7, [
      ...week.slice(0, 6).map((date) => makeShift(sz, 't4', date, '13:00', 4)),
      makeShift(sz, 't8', '2027-02-07', '09:00', 8, 5, ['ja']),
    ]);
    const input: RotaInput = { scenario: makeScenario({ sites: [sz], agents, templates }), plan, pins };
    const result = buildRota(input);
    expect(checkRota(input, result)).toEqual([]);
    expect(result.status).toBe('partial');
    expect(result.summary).toMatchObject({ seatsPlanned: 11, seatsFilled: 6, seatsUnfilled: 5 });
    expect(result.unfilled).toHaveLength(1);
    expect(result.unfilled[0]).toMatchObject({
      shift: { siteId: 'sz', templateId: 't8', date: '2027-02-07', localStart: '09:00' },
      planned: 5,
      missing: 5,
      languages: ['ja'],
      blockers: { language: 3, 'time-off': 2, 'consecutive-days': 1 },
    });
    expect(result.unfilled[0].message).toBe(
      '5 of 5 shifts 09:00–17:00 on Sunday 2027-02-07 at Shenzhen unfilled: only 3 of 6 agents speak Japanese and they are on approved time off (2) / at their 6-day limit (1)',
    );
    expect(result.messages[0]).toBe('rota partial: 5 of 11 planned shifts unfilled, 0 pins not applied');
    expect(result.messages).toContain(result.unfilled[0].message);
  });

  it('says when nobody speaks the language at all', () => {
    const plan = makePlan('2027-02-01', 1, [makeShift(sz, 't8', '2027-02-01', '09:00', 8, 2, ['ko'])]);
    const result = buildRota({ scenario: makeScenario({ sites: [sz], agents: [makeAgent('a'), makeAgent('b')], templates }), plan });
    expect(result.unfilled[0].message).toBe('2 of 2 shifts 09:00–17:00 on Monday 2027-02-01 at Shenzhen unfilled: none of the 2 agents speaks Korean');
  });

  it('names a holiday availability cap that keeps the rest of the team at home', () => {
    const agents = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'k'].map((id) => makeAgent(id));
    const events = [
      { id: 'cny', name: 'Chinese New Year', kind: 'holiday' as const, start: '2027-02-05', end: '2027-02-11', marketplaceIds: [], siteIds: ['sz'], availabilityCap: 0.2 },
    ];
    const plan = makePlan('2027-02-05', 1, [makeShift(sz, 't8', '2027-02-05', '09:00', 8, 3)]);
    const input: RotaInput = { scenario: makeScenario({ sites: [sz], agents, templates, events }), plan };
    const result = buildRota(input);
    expect(checkRota(input, result)).toEqual([]);
    expect(result.assignments).toHaveLength(2);
    expect(result.unfilled[0].message).toBe(
      '1 of 3 shifts 09:00–17:00 on Friday 2027-02-05 at Shenzhen unfilled: all 10 agents are already on this shift (2) / held back by the Chinese New Year availability cap of 20% (2 of 10 agents on duty) (8)',
    );
  });

  it('keeps the only Japanese speaker rested for the Japanese shift', () => {
    // b on Monday night would leave Tuesday's 07:00 Japanese shift 1 h after b's shift ends
    const agents = [makeAgent('a'), makeAgent('b', 'sz', { languages: ['zh', 'ja'] })];
    const plan = makePlan('2027-02-01', 2, [
      makeShift(sz, 't8', '2027-02-01', '22:00', 8),
      makeShift(sz, 't8', '2027-02-02', '07:00', 8, 1, ['ja']),
      makeShift(sz, 't8', '2027-02-02', '22:00', 8),
    ]);
    const input: RotaInput = { scenario: makeScenario({ sites: [sz], agents, templates }), plan };
    const result = buildRota(input);
    expect(checkRota(input, result)).toEqual([]);
    expect(result.status).toBe('complete');
    expect(result.assignments.map((row) => [row.date, row.localStart, row.agentId])).toEqual([
      ['2027-02-01', '22:00', 'a'],
      ['2027-02-02', '07:00', 'b'],
      ['2027-02-02', '22:00', 'a'],
    ]);
  });
});
