import { buildRota, checkRota } from './index';
import type { RotaInput, RotaResult } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const input: RotaInput = {
  scenario: makeScenario({
    sites: [sz],
    agents: [makeAgent('a'), makeAgent('b', 'sz', { timeOff: [{ start: '2027-05-04', end: '2027-05-04' }] })],
    templates: [makeTemplate('t8', 'sz', 8)],
  }),
  plan: makePlan('2027-05-03', 2, [makeShift(sz, 't8', '2027-05-03', '16:00', 8), makeShift(sz, 't8', '2027-05-04', '09:00', 8)]),
};
const good = buildRota(input);
const rowOn = (date: string) => good.assignments.find((row) => row.date === date)!;
const doctored = (change: (result: RotaResult) => void): RotaResult => {
  const copy: RotaResult = JSON.parse(JSON.stringify(good));
  change(copy);
  return copy;
};

describe('the independent rota checker', () => {
  it('passes the rota the solver built', () => {
    expect(good.status).toBe('complete');
    expect(checkRota(input, good)).toEqual([]);
  });

  it('catches an agent on time off, short rest, a seat too many and a wrong status', () => {
    const onLeave = doctored((r) => {
      r.assignments.find((row) => row.date === '2027-05-04')!.agentId = 'b';
      r.assignments.find((row) => row.date === '2027-05-03')!.agentId = 'a';
    });
    expect(checkRota(input, onLeave).map((v) => v.rule)).toEqual(['time-off']);

    const sameAgent = doctored((r) => r.assignments.forEach((row) => (row.agentId = rowOn('2027-05-03').agentId)));
    expect(checkRota(input, sameAgent).map((v) => v.rule)).toContain('rest');

    const extra = doctored((r) => r.assignments.push({ ...rowOn('2027-05-03'), agentId: 'b' }));
    expect(checkRota(input, extra).map((v) => v.rule)).toContain('overfilled-shift');

    const silent = doctored((r) => r.assignments.pop());
    expect(checkRota(input, silent).map((v) => v.rule)).toEqual(['seats-unaccounted']);

    const wrongStatus = doctored((r) => (r.status = 'partial'));
    expect(checkRota(input, wrongStatus).map((v) => v.rule)).toEqual(['status']);
  });
});
