import type { Agent, ShiftTemplate } from '@app/domain';
import type { RotaAssignment } from '@app/roster';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite } from '../../../optimizer/src/__fixtures__/tiny-planning.fixture';
import { replanFromNow } from './replan-from-now';
import type { ReplanInput } from './replan.types';

/**
 * One UTC site, 1-minute messages with a 4-hour deadline: an agent-hour answers 60. Monday
 * 2025-01-06, now 10:00. Ana (salaried, 40 h, 10 an hour) works 08–12; Carl (hourly, 12 an hour)
 * 18–22; Bea (hourly, 12) is free. 120 messages are expected at 12:00, due by 16:00–17:00.
 */
const H = 3_600_000;
const MONDAY = Date.parse('2025-01-06T00:00:00Z');
const at = (hour: number) => new Date(MONDAY + hour * H).toISOString().replace('.000', '');

const site = tinySite({ name: 'Site' });
const template: ShiftTemplate = { id: 'four', siteId: site.id, name: '4 h', lengthHours: 4, paidHours: 4, startTimes: ['08:00', '12:00', '14:00', '18:00'], days: [1] };
const agent = (id: string, name: string, extra: Partial<Agent> = {}): Agent => ({
  id,
  name,
  siteId: site.id,
  languages: ['en'],
  contractHoursPerWeek: 40,
  maxConsecutiveDays: 6,
  timeOff: [],
  ...extra,
});
const ana = agent('ana', 'Ana');
const bea = agent('bea', 'Bea', { payBasis: 'hourly', hourlyRate: 12 });
const carl = agent('carl', 'Carl', { payBasis: 'hourly', hourlyRate: 12 });

function shift(who: Agent, fromHour: number, toHour: number): RotaAssignment {
  const pad = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;
  return {
    agentId: who.id,
    agentName: who.name,
    siteId: site.id,
    siteName: site.name,
    timeZone: 'UTC',
    templateId: 'four',
    date: '2025-01-06',
    localStart: pad(fromHour),
    endDate: '2025-01-06',
    localEnd: pad(toHour),
    startUtc: at(fromHour),
    endUtc: at(toHour),
    paidHours: toHour - fromHour,
    languages: [],
    marketplaceIds: ['shop'],
    night: false,
    weekend: false,
    holiday: null,
    pinned: false,
  };
}

function input(overrides: Partial<ReplanInput> = {}): ReplanInput {
  const scenario = tinyScenario({
    marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 4, handleMinutes: 1 }] })],
    sites: [site],
    shiftTemplates: [template],
    agents: [ana, bea, carl],
  });
  return {
    scenario,
    rotaGrid: tinyGrid(24),
    assignments: [shift(ana, 8, 12), shift(carl, 18, 22)],
    asOfUtcMs: MONDAY + 10 * H + 20 * 60_000,
    windowEndUtcMs: MONDAY + 24 * H,
    arrivalsStartUtcMs: MONDAY,
    arrivals: [arrivalsAt({ 12: 120 })],
    openMessages: [],
    targets: [{ marketplaceId: 'shop', slaAttainment: 1 }],
    restHours: 11,
    ...overrides,
  };
}

describe('replanFromNow', () => {
  it('extends the salaried agent’s shift (free within her contract) rather than calling in an hourly one', () => {
    const result = replanFromNow(input());
    expect(result.asOfUtc).toBe('2025-01-06T10:00:00Z');
    expect(result.before[0].late).toBeCloseTo(120, 6);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({
      kind: 'extend',
      agentId: 'ana',
      before: { startUtc: at(8), endUtc: at(12) },
      after: { startUtc: at(8), endUtc: at(14) },
      cost: 0,
      lateAvoided: 120,
    });
    expect(result.changes[0].sentence).toBe("Extend Ana's shift to 14:00 (Mon 6 Jan, Site); cost +$0");
    expect(result.after[0].late).toBeCloseTo(0, 6);
    // the shifts already started and the others stay as they were
    expect(result.assignments.map((row) => [row.agentId, row.startUtc, row.endUtc])).toEqual([
      ['ana', at(8), at(14)],
      ['carl', at(18), at(22)],
    ]);
    expect(result.assignments[0]).toMatchObject({ localEnd: '14:00', paidHours: 6 });
  });

  it('extends a shift by at most the rule’s hours in all, however many rounds it takes', () => {
    const result = replanFromNow(input({ arrivals: [arrivalsAt({ 12: 60, 13: 60, 14: 60, 15: 60 })], rules: { maxExtensionHours: 3 }, assignments: [shift(ana, 8, 12)], scenario: { ...input().scenario, agents: [ana] } }));
    const extended = result.assignments.find((row) => row.agentId === 'ana')!;
    // the messages of 15:00 would need a fourth hour: nobody may give it
    expect(extended.endUtc).toBe(at(15));
    expect(result.after[0].late).toBeCloseTo(60, 6);
    expect(result.changes.filter((change) => change.kind === 'extend').every((change) => Date.parse(change.after!.endUtc) <= MONDAY + 15 * H)).toBe(true);
  });

  it('calls in a free agent when extending would break the rest rule, at her hourly pay', () => {
    // Ana starts again at 01:00 the next day: 11 h of rest allow her to work until 14:00 at most
    const tomorrow = { ...shift(ana, 25, 29), date: '2025-01-07', endDate: '2025-01-07' };
    const result = replanFromNow(
      input({ rotaGrid: tinyGrid(48), windowEndUtcMs: MONDAY + 24 * H, assignments: [shift(ana, 8, 12), tomorrow], restHours: 13, arrivals: [arrivalsAt({ 12: 240 }, 48)] }),
    );
    const kinds = result.changes.map((change) => `${change.kind}:${change.agentId}`);
    expect(kinds).not.toContain('extend:ana');
    expect(kinds[0]).toBe('call-in:bea');
    expect(result.changes[0]).toMatchObject({ after: { startUtc: at(12), endUtc: at(16) }, cost: 48 });
    expect(result.changes[0].sentence).toBe('Call in Bea (Site) 12:00–16:00 Mon 6 Jan; cost +$48');
    expect(result.assignments.find((row) => row.agentId === 'bea')).toMatchObject({ date: '2025-01-06', localStart: '12:00', localEnd: '16:00', paidHours: 4 });
  });

  it('never calls in an agent on leave, and says when nothing the rules allow helps', () => {
    const onLeave = agent('bea', 'Bea', { payBasis: 'hourly', hourlyRate: 12, timeOff: [{ start: '2025-01-06', end: '2025-01-06' }] });
    const scenario = { ...input().scenario, agents: [ana, onLeave, carl] };
    const result = replanFromNow(input({ scenario, rules: { maxExtensionHours: 0 } }));
    expect(result.changes.filter((change) => change.agentId === 'bea')).toEqual([]);
    // Carl works 18–22 and cannot be called in a second time the same day; Ana cannot be extended
    expect(result.changes).toEqual([]);
    expect(result.notes[0]).toBe('No change the rules allow helps: the rota as it stands is the best the team can do from now.');
    expect(result.after[0].late).toBeCloseTo(120, 6);
  });

  it('cancels an hourly shift nobody needs when it is far enough ahead, and keeps it when it is not', () => {
    const later = input({ rules: { cancelNoticeHours: 6 } });
    const cancelled = replanFromNow(later);
    expect(cancelled.changes.map((change) => `${change.kind}:${change.agentId}:${change.cost}`)).toEqual(['extend:ana:0', 'cancel:carl:-48']);
    expect(cancelled.cost).toBe(-48);
    expect(cancelled.assignments.map((row) => row.agentId)).toEqual(['ana']);
    // the default notice (24 h) is more than the 8 h before Carl's shift
    expect(replanFromNow(input()).changes.map((change) => change.kind)).toEqual(['extend']);
  });

  it('cancels two shifts one after the other, each the one its change names', () => {
    const dan = agent('dan', 'Dan', { payBasis: 'hourly', hourlyRate: 12 });
    const scenario = { ...input().scenario, agents: [ana, bea, carl, dan] };
    const result = replanFromNow(input({ scenario, assignments: [shift(ana, 8, 12), shift(carl, 18, 22), shift(dan, 19, 23)], rules: { cancelNoticeHours: 6 } }));
    const cancelled = result.changes.filter((change) => change.kind === 'cancel');
    expect(cancelled.map((change) => [change.agentId, change.before])).toEqual([
      ['carl', { startUtc: at(18), endUtc: at(22) }],
      ['dan', { startUtc: at(19), endUtc: at(23) }],
    ]);
    expect(result.assignments.map((row) => row.agentId)).toEqual(['ana']);
  });

  it('counts the messages already waiting from their own arrival, not from now', () => {
    // 60 messages arrived at 07:00 and are still open at 10:00: due at 11:00; Ana answers them in her hour to 11:00
    const open = Array.from({ length: 60 }, (_, i) => ({
      marketplaceId: 'shop',
      classId: 'standard',
      receivedUtcMs: MONDAY + 7 * H + i * 1000,
      firstReplyUtcMs: null,
      agent: null,
      siteId: null,
    }));
    const result = replanFromNow(input({ arrivals: [arrivalsAt({})], openMessages: open, assignments: [shift(ana, 8, 12)] }));
    expect(result.before[0].messages).toBeCloseTo(60, 6);
    expect(result.before[0].late).toBeCloseTo(0, 6);
    // with nobody on duty they would all miss 11:00
    const alone = replanFromNow(input({ arrivals: [arrivalsAt({})], openMessages: open, assignments: [], rules: { maxChanges: 0 } }));
    expect(alone.before[0].late).toBeCloseTo(60, 6);
  });
});
