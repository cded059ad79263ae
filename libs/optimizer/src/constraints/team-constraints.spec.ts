import type { Agent, QueueArrivals, ScenarioFile, ShiftTemplate } from '@app/domain';
import { planScenario } from '../plan-scenario';
import type { PlanResult } from '../plan-result.types';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';

/**
 * The named-team families on tiny instances with their optimum worked out by hand. Pay 10 per
 * agent-hour unless said; 60 one-minute messages fill one agent-hour; a staffing-gap hour is
 * priced at 20 × the pool's base rate (200 here), so every hand optimum below says how many
 * gap hours it needs. Agents are hourly with a 4 h contract (soft floor 0) unless said.
 */

const site = tinySite();
const oneHourDeadline = [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 1, handleMinutes: 1 }];
const en = tinyMarketplace({ classes: oneHourDeadline });
const ja = tinyMarketplace({ id: 'jp', name: 'JP', languages: ['ja'], classes: oneHourDeadline });

function agent(id: string, overrides: Partial<Agent> = {}): Agent {
  return { id, name: id, siteId: site.id, languages: ['en'], contractHoursPerWeek: 4, maxConsecutiveDays: 6, timeOff: [], payBasis: 'hourly', maxDaysPerWeek: 7, ...overrides };
}

async function plan(scenario: ScenarioFile, arrivals: QueueArrivals[], hours = 168): Promise<PlanResult> {
  const result = await planScenario(scenario, { arrivals, grid: tinyGrid(hours), solver: 'highs', mipGap: 0, timeLimitSeconds: 30 });
  expect(['optimal', 'feasible']).toContain(result.status);
  return result;
}

const gapHours = (result: PlanResult) => result.staffingGap.reduce((sum, gap) => sum + gap.agentHours, 0);

describe('language pools', () => {
  const scenario = (agents: Agent[]) =>
    tinyScenario({ marketplaces: [en, ja], agents: agents, shiftTemplates: [tinyTemplate(site.id, ['00:00'], 1, [1, 2, 3, 4, 5, 6, 7])] });
  const jaWork = (messages: number) => [arrivalsAt({ 0: 0 }, 168), arrivalsAt({ 0: messages }, 168, 'jp')];

  it('only speakers of Japanese answer Japanese: 120 minutes of it with one speaker is 1 agent (10) + 1 gap hour (200)', async () => {
    // the site as a whole has 3 agents (180 minutes); by language only j1 can serve Amazon JP
    const result = await plan(scenario([agent('a1'), agent('a2'), agent('j1', { languages: ['en', 'ja'] })]), jaWork(120));
    expect(result.objective).toBeCloseTo(210, 6);
    expect(result.staffingGap).toHaveLength(1);
    expect(result.staffingGap[0]).toMatchObject({ siteId: 'site', languages: ['en', 'ja'], peakAgents: 1 });
    expect(result.staffingGap[0].suggestedOverride).toEqual({ kind: 'hire-agents', siteId: 'site', count: 1, likeAgentId: 'j1', from: '2025-01-06' });
    expect(result.shifts).toEqual([expect.objectContaining({ date: '2025-01-06', localStart: '00:00', count: 1, languages: ['en', 'ja'] })]);
  });

  it('two speakers cover it with no gap (20)', async () => {
    const result = await plan(scenario([agent('a1'), agent('j1', { languages: ['en', 'ja'] }), agent('j2', { languages: ['en', 'ja'] })]), jaWork(120));
    expect(result.objective).toBeCloseTo(20, 6);
    expect(result.staffingGap).toEqual([]);
  });
});

describe('rest between shifts and working days', () => {
  // 8 h shifts Monday 16:00 (ends 00:00) and Tuesday 08:00: 8 h apart, less than the 11 h rest
  const templates = [{ id: 'site-8h', siteId: site.id, name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['08:00', '16:00'], days: [1, 2] as ShiftTemplate['days'] }];
  const work = [arrivalsAt({ 17: 60, [24 + 9]: 60 }, 168)];

  it('one agent cannot work both: 80 + 1 gap hour (200) = 280', async () => {
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [agent('a', { contractHoursPerWeek: 16 })], shiftTemplates: templates }), work);
    // + the unmet soft floor: 16 − 4 = 12 h, in whole 8 h shifts 16 h; 8 h worked leaves 8 h at half pay
    expect(result.objective).toBeCloseTo(280 + 0.5 * 10 * 8, 6);
    expect(gapHours(result)).toBeCloseTo(1, 6);
  });

  it('two agents can: 160, each 4 h beyond a 4 h contract at time and a half (+ 2 × 20), no gap', async () => {
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [agent('a'), agent('b')], shiftTemplates: templates }), work);
    expect(result.objective).toBeCloseTo(200, 6);
    expect(result.staffingGap).toEqual([]);
  });

  it('no more consecutive days than the contract allows: work on 3 days with a 2-day limit leaves 1 gap hour', async () => {
    const daily = [{ ...tinyTemplate(site.id, ['09:00'], 1, [1, 2, 3, 4, 5, 6, 7]) }];
    const threeDays = [arrivalsAt({ 9: 60, 33: 60, 57: 60 }, 168)];
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [agent('a', { maxConsecutiveDays: 2 })], shiftTemplates: daily }), threeDays);
    expect(result.objective).toBeCloseTo(20 + 200, 6);
    const limited = await plan(tinyScenario({ marketplaces: [en], agents: [agent('a', { maxDaysPerWeek: 2 })], shiftTemplates: daily }), threeDays);
    expect(limited.objective).toBeCloseTo(20 + 200, 6);
  });

  it('an agent on leave is not planned: the day needs another agent or is a gap', async () => {
    const daily = [tinyTemplate(site.id, ['09:00'], 1, [1, 2, 3, 4, 5, 6, 7])];
    const onLeave = agent('a', { timeOff: [{ start: '2025-01-07', end: '2025-01-07' }] });
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [onLeave], shiftTemplates: daily }), [arrivalsAt({ 9: 60, 33: 60 }, 168)]);
    expect(result.objective).toBeCloseTo(10 + 200, 6);
    expect(result.staffingGap[0]).toMatchObject({ fromUtc: '2025-01-07T09:00:00Z', peakAgents: 1 });
  });
});

describe('weekly hours, overtime and payroll', () => {
  const fourHours = [tinyTemplate(site.id, ['10:00'], 4, [1, 2, 3, 4, 5, 6, 7])];
  // one agent-hour of work in each of 10:00–14:00 on the first n days
  const days = (n: number) => [arrivalsAt(Object.fromEntries(Array.from({ length: n * 4 }, (_, k) => [Math.floor(k / 4) * 24 + 10 + (k % 4), 60])), 168)];
  const salaried = agent('s', { payBasis: 'salaried', contractHoursPerWeek: 8 });

  it('a salaried 8 h contract working 12 h: salary 80 + 4 h overtime at 1.5 × 10 = 140', async () => {
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [salaried], shiftTemplates: fourHours }), days(3));
    expect(result.objective).toBeCloseTo(140, 6);
    expect(result.payroll.sites[0]).toMatchObject({ base: 80, overtime: 60, premiums: 0, idleContracted: 0, total: 140 });
  });

  it('beyond contract + the overtime cap (4 h) the rest is a gap: 16 h of work → 140 + 4 gap hours (800)', async () => {
    const result = await plan(tinyScenario({ marketplaces: [en], agents: [salaried], shiftTemplates: fourHours }), days(4));
    expect(result.objective).toBeCloseTo(940, 6);
    expect(gapHours(result)).toBeCloseTo(4, 6);
  });

  it('payroll by hand: salaried (night and holiday premiums, idle hours) and hourly', async () => {
    // week from Monday 2025-12-22; Thursday 25 Dec is a GB statutory holiday (×2); 00:00–04:00 is night (×1.5)
    const paySite = tinySite({ premiums: { night: 1.5, weekend: 1, statutoryHoliday: 2 }, nightHours: { start: '00:00', end: '04:00' } });
    const templates = [tinyTemplate(paySite.id, ['00:00', '10:00'], 4, [1, 2, 3, 4, 5, 6, 7])];
    const s = agent('s', { payBasis: 'salaried', contractHoursPerWeek: 12, maxDaysPerWeek: 2 });
    const h = agent('h', { payBasis: 'hourly', hourlyRate: 20, contractHoursPerWeek: 4 });
    // an agent-hour of work in each hour of Mon 00:00–04:00 (night), Wed 10:00–14:00 and Thu 10:00–14:00 (Christmas)
    const hoursOfWork = [0, 1, 2, 3, 58, 59, 60, 61, 82, 83, 84, 85];
    const arrivals = [arrivalsAt(Object.fromEntries(hoursOfWork.map((h) => [h, 60])), 168)];
    const scenario = tinyScenario({ marketplaces: [en], sites: [paySite], agents: [s, h], shiftTemplates: templates });
    const result = await planScenario(scenario, { arrivals, grid: tinyGrid(168, 'dated', '2025-12-22'), solver: 'highs', mipGap: 0, timeLimitSeconds: 30 });
    // s takes the two premium shifts (premium only: 20 and 40; h would cost 120 and 160), h the plain one (4 × 20)
    // salary 12 × 10 = 120: 8 h worked (base 80) and 4 h idle (40); premiums 4 × 10 × 0.5 + 4 × 10 × 1 = 60; h: 80
    expect(result.payroll.sites[0]).toMatchObject({ base: 160, premiums: 60, overtime: 0, vendor: 0, idleContracted: 40, total: 260 });
    expect(result.totalCost).toBeCloseTo(260, 6);
    expect(result.payroll.sites[0].byMonth).toEqual([expect.objectContaining({ period: '2025-12', total: 260 })]);
    expect(result.payroll.sites[0].byWeek).toEqual([expect.objectContaining({ period: 'week 1', total: 260 })]);
  });
});
