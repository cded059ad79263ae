import { buildRota, contractHoursSummary } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

describe('contractHoursSummary', () => {
  const sz = makeSite();
  const templates = [makeTemplate('t8', 'sz', 8)];

  it('counts agents within 4 h of their contract each week, leave weeks excused', () => {
    // 8 seats for a and b on 40 h contracts: the rota gives each 4 × 8 h = 32 h (8 h short); c is on leave all week
    const days = ['03', '04', '05', '06', '07'];
    const plan = makePlan('2027-05-03', 7, [
      ...days.map((day) => makeShift(sz, 't8', `2027-05-${day}`, '09:00', 8)),
      ...days.slice(0, 3).map((day) => makeShift(sz, 't8', `2027-05-${day}`, '18:00', 8)),
    ]);
    const agents = [makeAgent('a'), makeAgent('b'), makeAgent('c', 'sz', { timeOff: [{ start: '2027-05-03', end: '2027-05-09' }] })];
    const scenario = makeScenario({ sites: [sz], agents, templates });
    const rota = buildRota({ scenario, plan });
    expect(rota.summary.seatsUnfilled).toBe(0);
    const summary = contractHoursSummary({ scenario, plan }, rota);
    expect(summary).toEqual({ agentsNearContract: 1, agents: 3, worstWeekShortfallHours: 8, worstWeekExcessHours: 0 });
    // two more seats: 40 h each, everybody within 4 h
    const full = makePlan('2027-05-03', 7, [...plan.shifts, ...days.slice(3).map((day) => makeShift(sz, 't8', `2027-05-${day}`, '18:00', 8))]);
    const fullRota = buildRota({ scenario, plan: full });
    expect(contractHoursSummary({ scenario, plan: full }, fullRota)).toEqual({ agentsNearContract: 3, agents: 3, worstWeekShortfallHours: 0, worstWeekExcessHours: 0 });
  });

  it('excuses a week in which the site may staff only a share of its team, not a week an event at another site or outside the plan touches', () => {
    const days = ['03', '04', '05', '06', '07'];
    const plan = makePlan('2027-05-03', 7, days.slice(0, 2).map((day) => makeShift(sz, 't8', `2027-05-${day}`, '09:00', 8)));
    const scenario = makeScenario({ sites: [sz], agents: [makeAgent('a')], templates });
    const rota = buildRota({ scenario, plan });
    const cap = (siteIds: string[], start: string, end: string) => ({ id: 'cny', name: 'Chinese New Year', kind: 'holiday' as const, start, end, marketplaceIds: [], siteIds, availabilityCap: 0.2 });
    // 16 h of a 40 h contract: 24 h short, unless the week is capped at the agent's own site
    const summaryWith = (events: ReturnType<typeof cap>[]) => contractHoursSummary({ scenario: { ...scenario, events }, plan }, rota);
    expect(summaryWith([]).worstWeekShortfallHours).toBe(24);
    expect(summaryWith([cap(['sz'], '2027-05-06', '2027-05-12')])).toEqual({ agentsNearContract: 1, agents: 1, worstWeekShortfallHours: 0, worstWeekExcessHours: 0 });
    expect(summaryWith([cap(['elsewhere'], '2027-05-06', '2027-05-12')]).worstWeekShortfallHours).toBe(24);
    expect(summaryWith([cap(['sz'], '2027-04-20', '2027-04-25')]).worstWeekShortfallHours).toBe(24);
  });
});
