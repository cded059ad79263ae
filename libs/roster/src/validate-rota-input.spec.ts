import { buildRota, RotaInputError, validateRotaInput } from './index';
import type { RotaInput } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const valid = (): RotaInput => ({
  scenario: makeScenario({ sites: [sz], agents: [makeAgent('a')], templates: [makeTemplate('t8', 'sz', 8)] }),
  plan: makePlan('2027-05-03', 1, [makeShift(sz, 't8', '2027-05-03', '09:00', 8)]),
});

describe('rota input validation', () => {
  it('accepts a consistent input', () => {
    expect(validateRotaInput(valid())).toEqual([]);
  });

  it('names the plan row with an unknown site, a foreign template or a start that is not its local time', () => {
    const input = valid();
    input.plan.shifts.push({ ...input.plan.shifts[0], siteId: 'tokyo' });
    input.plan.shifts.push({ ...input.plan.shifts[0], startUtc: '2027-05-03T09:00:00Z', endUtc: '2027-05-03T17:00:00Z' });
    expect(validateRotaInput(input)).toEqual([
      { path: 'plan.shifts[1].siteId', message: 'unknown site "tokyo" (not in the scenario)' },
      { path: 'plan.shifts[2].startUtc', message: '2027-05-03T09:00:00Z is not 2027-05-03 09:00 in Asia/Shanghai' },
    ]);
  });

  it('names bad pins and history records', () => {
    const input = valid();
    input.pins = [
      { agentId: 'zz', date: '2027-05-03', off: true },
      { agentId: 'a', shift: { siteId: 'sz', templateId: 't8', date: '3 May', localStart: '9' } },
    ];
    input.holidayDutyHistory = [{ agentId: 'a', date: '2026-02-30', holiday: 'Spring Festival' }];
    expect(validateRotaInput(input)).toEqual([
      { path: 'pins[0].agentId', message: 'unknown agent "zz"' },
      { path: 'pins[1].shift.date', message: 'must be a date YYYY-MM-DD' },
      { path: 'pins[1].shift.localStart', message: 'must be a time HH:mm' },
      { path: 'holidayDutyHistory[0].date', message: 'must be a date YYYY-MM-DD' },
    ]);
  });

  it('makes buildRota throw a typed error listing the issues', () => {
    const input = valid();
    input.scenario.agents[0].siteId = 'nowhere';
    expect(() => buildRota(input)).toThrow(RotaInputError);
    try {
      buildRota(input);
    } catch (error) {
      expect((error as RotaInputError).code).toBe('ROTA_INVALID_INPUT');
      expect((error as RotaInputError).issues).toEqual([{ path: 'scenario.agents[0].siteId', message: 'unknown site "nowhere"' }]);
    }
  });
});
