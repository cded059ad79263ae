import { buildRota, checkRota } from './index';
import type { RotaInput, RotaPin } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const sz = makeSite();
const scenario = makeScenario({
  sites: [sz],
  agents: [makeAgent('a'), makeAgent('b', 'sz', { timeOff: [{ start: '2027-05-05', end: '2027-05-05' }] })],
  templates: [makeTemplate('t8', 'sz', 8)],
});
const plan = makePlan('2027-05-03', 3, [
  makeShift(sz, 't8', '2027-05-03', '09:00', 8),
  makeShift(sz, 't8', '2027-05-04', '09:00', 8),
  makeShift(sz, 't8', '2027-05-05', '09:00', 8),
]);
const seatOn = (date: string) => ({ siteId: 'sz', templateId: 't8', date, localStart: '09:00' });

function rotaWith(pins: RotaPin[]) {
  const input: RotaInput = { scenario, plan, pins };
  const result = buildRota(input);
  expect(checkRota(input, result)).toEqual([]);
  return result;
}
const holderOn = (result: ReturnType<typeof rotaWith>, date: string) => result.assignments.find((row) => row.date === date)?.agentId;

describe('pins', () => {
  it('puts a pinned agent on the shift and marks it pinned; a re-run keeps it', () => {
    const unpinned = rotaWith([]);
    const other = holderOn(unpinned, '2027-05-03') === 'a' ? 'b' : 'a';
    const pinned = rotaWith([{ agentId: other, shift: seatOn('2027-05-03') }]);
    expect(holderOn(pinned, '2027-05-03')).toBe(other);
    expect(pinned.assignments.find((row) => row.date === '2027-05-03')?.pinned).toBe(true);
    expect(rotaWith([{ agentId: other, shift: seatOn('2027-05-03') }])).toEqual(pinned);
  });

  it('keeps an agent pinned off a day off it', () => {
    for (const agentId of ['a', 'b']) {
      const result = rotaWith([{ agentId, date: '2027-05-04', off: true }]);
      expect(holderOn(result, '2027-05-04')).toBe(agentId === 'a' ? 'b' : 'a');
    }
  });

  it('reports a pin that breaks a hard rule instead of dropping it silently', () => {
    const result = rotaWith([{ agentId: 'b', shift: seatOn('2027-05-05') }]);
    expect(result.status).toBe('partial');
    expect(result.pinIssues).toHaveLength(1);
    expect(result.pinIssues[0].problem).toBe('time-off');
    expect(result.pinIssues[0].message).toBe(
      'pin of Agent b (b) onto 09:00–17:00 on Wednesday 2027-05-05 at Shenzhen not applied: Agent b is on approved time off',
    );
    expect(holderOn(result, '2027-05-05')).toBe('a');
    expect(result.messages).toContain(result.pinIssues[0].message);
  });

  it('reports pins on shifts the plan lacks, on full shifts, and against a day-off pin', () => {
    const result = rotaWith([
      { agentId: 'a', shift: { ...seatOn('2027-05-03'), localStart: '10:00' } },
      { agentId: 'a', shift: seatOn('2027-05-04') },
      { agentId: 'b', shift: seatOn('2027-05-04') },
      { agentId: 'b', date: '2027-05-03', off: true },
      { agentId: 'b', shift: seatOn('2027-05-03') },
    ]);
    expect(result.pinIssues.map((issue) => issue.problem)).toEqual(['unknown-shift', 'shift-full', 'pinned-off']);
    expect(holderOn(result, '2027-05-04')).toBe('a');
  });

  it('does not move a pinned seat to improve fairness', () => {
    // pinning a to every shift it may legally take: the improvement pass must leave them all
    const result = rotaWith(['2027-05-03', '2027-05-04', '2027-05-05'].map((date) => ({ agentId: 'a', shift: seatOn(date) })));
    expect(result.assignments.map((row) => [row.date, row.agentId, row.pinned])).toEqual([
      ['2027-05-03', 'a', true],
      ['2027-05-04', 'a', true],
      ['2027-05-05', 'a', true],
    ]);
  });
});
