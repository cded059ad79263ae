import type { HourGrid, QueueArrivals, ScenarioFile } from '@app/domain';
import { createJsLpDriver } from '../drivers/jslp.driver';
import { loadHighsDriver } from '../drivers/highs.driver';
import type { SolveResult, SolverDriver } from '../model/linear-model.types';
import { solveModel } from '../model/solve-model';
import { buildPlanningModel } from '../planning/planning-model.build';
import { buildPlanningProblem } from '../planning/planning-problem.build';
import type { PlanningRequest } from '../planning/planning-problem.build';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';

/**
 * Each family of constraints on a tiny instance with its optimum worked out by hand
 * (comments give the arithmetic), for the LP relaxation and the integer plan, with both solvers.
 */

interface Case {
  scenario: ScenarioFile;
  arrivals: QueueArrivals[];
  grid?: HourGrid;
  request?: Partial<PlanningRequest>;
}

function solve(driver: SolverDriver, c: Case, relax: boolean): SolveResult {
  const problem = buildPlanningProblem(c.scenario, { arrivals: c.arrivals, grid: c.grid ?? tinyGrid(), ...c.request });
  return solveModel(driver, buildPlanningModel(problem).linear, { timeLimitSeconds: 30, relax, mipGap: 0 });
}

/** 1-hour shifts at 00:00 (night premium ×2: 20 per agent) and 02:00 (10 per agent), 60 one-minute messages at 00:00. */
function earlyOrLate(waitTarget: ScenarioFile['marketplaces'][number]['waitTarget']): Case {
  const site = tinySite({ premiums: { night: 2, weekend: 1, statutoryHoliday: 1 }, nightHours: { start: '00:00', end: '01:00' } });
  return {
    scenario: tinyScenario({ marketplaces: [tinyMarketplace({ waitTarget })], sites: [site], shiftTemplates: [tinyTemplate(site.id, ['00:00', '02:00'])] }),
    arrivals: [arrivalsAt({ 0: 60 })],
  };
}

describe.each<[string, () => Promise<SolverDriver>]>([
  ['highs', () => loadHighsDriver()],
  ['jslp', async () => createJsLpDriver()],
])('constraint families with %s', (_name, load) => {
  let driver: SolverDriver;
  beforeAll(async () => {
    driver = await load();
  });
  const expectCosts = (c: Case, lp: number, integer: number) => {
    const relaxed = solve(driver, c, true);
    const whole = solve(driver, c, false);
    expect(relaxed.status).toBe('optimal');
    expect(whole.status).toBe('optimal');
    expect(relaxed.objective).toBeCloseTo(lp, 6);
    expect(whole.objective).toBeCloseTo(integer, 6);
  };

  it('site capacity: 60 minutes of work on 2-hour shifts of 120 productive minutes (LP ½ agent = 10, integer 1 agent = 20)', () => {
    const site = tinySite();
    expectCosts(
      { scenario: tinyScenario({ shiftTemplates: [tinyTemplate(site.id, ['00:00'], 2)] }), arrivals: [arrivalsAt({ 0: 60 })] },
      10,
      20,
    );
  });

  it('reply deadline: 120 messages due within 1 h need 2 agents in hour 0 (40); within 2 h one agent for 2 h (20)', () => {
    const site = tinySite();
    const withDeadline = (hours: number): Case => ({
      scenario: tinyScenario({
        marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'S', share: 1, replyDeadlineHours: hours, handleMinutes: 1 }] })],
        shiftTemplates: [tinyTemplate(site.id, ['00:00'], 2)],
      }),
      arrivals: [arrivalsAt({ 0: 120 })],
    });
    expectCosts(withDeadline(1), 40, 40);
    expectCosts(withDeadline(2), 20, 20);
  });

  it('average wait: answering at 02:00 costs 10 but waits 2 h; a 1 h cap needs half the work at 00:00 (LP 15, integer 20)', () => {
    expectCosts(earlyOrLate(undefined), 10, 10);
    // Σ backlog = 2 · 60 · (1 − x) ≤ 1 h · 60 messages → x ≥ ½
    expectCosts(earlyOrLate({ averageHours: 1 }), 15, 20);
  });

  it('late share: at most half the messages later than 2 h (LP 15, integer 20); no cap when all may be late (10)', () => {
    expectCosts(earlyOrLate({ lateShare: { afterHours: 2, maxShare: 0.5 } }), 15, 20);
    expectCosts(earlyOrLate({ lateShare: { afterHours: 2, maxShare: 1 } }), 10, 10);
  });

  it('waiting cost: 0.1 per message-hour makes answering at once worth it (20 < 10 + 0.1 · 120)', () => {
    expectCosts(earlyOrLate({ costPerWaitingHour: 0.1 }), 20, 20);
    expectCosts(earlyOrLate({ costPerWaitingHour: 0.01 }), 11.2, 11.2);
  });

  it('real-time staffing: 200 chats/h of 3 min at 80 % in 20 s need 14 agents on line, 20 on duty at 30 % shrinkage', () => {
    const chat = tinyMarketplace({
      classes: [{ id: 'chat', name: 'Chat', share: 1, replyDeadlineHours: null, handleMinutes: 3, realTime: { serviceLevel: 0.8, answerWithinSeconds: 20 } }],
    });
    const scenario = (shrinkage: number) => tinyScenario({ marketplaces: [chat], sites: [tinySite({ shrinkage })] });
    const arrivals = [arrivalsAt({ 0: 200 }, 24, 'shop', 'chat')];
    expectCosts({ scenario: scenario(0), arrivals }, 140, 140);
    expectCosts({ scenario: scenario(0.3), arrivals }, 200, 200);
  });

  it('languages: Japanese messages go to the site that speaks Japanese (5 + 10 = 15)', () => {
    const cheap = tinySite({ id: 'cheap', hourlyCost: 5, languages: ['en'] });
    const bilingual = tinySite({ id: 'bilingual', hourlyCost: 10, languages: ['en', 'ja'] });
    const oneHour = (m: string) => ({ id: m, name: m, share: 1, replyDeadlineHours: 1, handleMinutes: 1 });
    const c: Case = {
      scenario: tinyScenario({
        marketplaces: [tinyMarketplace({ id: 'us', classes: [oneHour('standard')] }), tinyMarketplace({ id: 'jp', languages: ['ja'], classes: [oneHour('standard')] })],
        sites: [cheap, bilingual],
        shiftTemplates: [tinyTemplate('cheap', ['00:00']), tinyTemplate('bilingual', ['00:00'])],
      }),
      arrivals: [arrivalsAt({ 0: 60 }, 24, 'us'), arrivalsAt({ 0: 60 }, 24, 'jp')],
    };
    expectCosts(c, 15, 15);
  });

  it('hourly headcount and availability caps: the cheap site has 1 seat (5 + 10 = 15); closed by an event, 2 expensive agents (20)', () => {
    const cheap = tinySite({ id: 'cheap', hourlyCost: 5, maxHeadcount: 1 });
    const dear = tinySite({ id: 'dear', hourlyCost: 10, maxHeadcount: 5 });
    const base = tinyScenario({
      marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'S', share: 1, replyDeadlineHours: 1, handleMinutes: 1 }] })],
      sites: [cheap, dear],
      shiftTemplates: [tinyTemplate('cheap', ['00:00']), tinyTemplate('dear', ['00:00'])],
    });
    const arrivals = [arrivalsAt({ 0: 120 })];
    expectCosts({ scenario: base, arrivals }, 15, 15);
    const closed: ScenarioFile = {
      ...base,
      events: [{ id: 'closed', name: 'Closed', kind: 'holiday', start: '2025-01-06', end: '2025-01-06', marketplaceIds: [], siteIds: ['cheap'], availabilityCap: 0 }],
    };
    expectCosts({ scenario: closed, arrivals }, 20, 20);
  });

  it("weekly hours: one agent's 40 h a week is 40/7 h of a day: at most two 2-hour shifts (LP 40/7·5 + 12 h·10·(600 − 40/7·60)/720 = 71.43; integer: the 12-hour shift alone, 120)", () => {
    const scenario = tinyScenario({
      sites: [tinySite({ id: 'cheap', hourlyCost: 5, maxHeadcount: 1 }), tinySite({ id: 'dear', hourlyCost: 10 })],
      shiftTemplates: [tinyTemplate('cheap', ['00:00', '02:00', '04:00'], 2), tinyTemplate('dear', ['00:00'], 12)],
    });
    expectCosts({ scenario, arrivals: [arrivalsAt({ 0: 600 })] }, 5 * (40 / 7) + 120 * ((600 - (40 / 7) * 60) / 720), 120);
  });

  it('weekly minimum: a site that keeps one agent works 40/7 h of a day even without messages (LP 57.14, integer three 2-hour shifts, 60)', () => {
    const scenario = tinyScenario({ sites: [tinySite({ minHeadcount: 1 })], shiftTemplates: [tinyTemplate('site', ['00:00', '04:00', '08:00'], 2)] });
    expectCosts({ scenario, arrivals: [arrivalsAt({})] }, (10 * 40) / 7, 60);
  });

  it('cyclic week: a message arriving Sunday 23:00 with a 2 h deadline is answered by Monday 00:00–00:59 (10); dated, it is left for the next plan (0)', () => {
    const c: Case = {
      scenario: tinyScenario({
        marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'S', share: 1, replyDeadlineHours: 2, handleMinutes: 1 }] })],
      }),
      arrivals: [arrivalsAt({ 167: 30 }, 168)],
    };
    expectCosts({ ...c, grid: tinyGrid(168, 'cyclic') }, 5, 10);
    expectCosts({ ...c, grid: tinyGrid(168, 'dated') }, 0, 0);
  });

  it('closing backlog: 60 messages at 12:00 due in 48 h; a dated day may end with at most its average hourly backlog (LP 120/23, integer 10; without the rule 0)', () => {
    // answered y at 23:00: b = 60 for hours 12–22, 60 − y at 23; 24·(60 − y) ≤ 11·60 + 60 − y → y ≥ 720/23,
    // 720/23 one-minute messages = 12/23 agent-hours at 10; answering at 12:00 costs more of the rule per message (12 against 23)
    const c: Case = {
      scenario: tinyScenario({
        marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'S', share: 1, replyDeadlineHours: 48, handleMinutes: 1 }] })],
        shiftTemplates: [tinyTemplate('site', ['12:00', '23:00'])],
      }),
      arrivals: [arrivalsAt({ 12: 60 })],
    };
    expectCosts(c, 120 / 23, 10);
    // with only the 12:00 shift the whole backlog must go at noon: b = 60 − x for 12 hours, 60 − x ≤ (60 − x) / 2
    expectCosts({ ...c, scenario: { ...c.scenario, shiftTemplates: [tinyTemplate('site', ['12:00'])] } }, 10, 10);
  });

  it('opening backlog: 60 messages waiting at hour 0 with a 1 h deadline need an agent in hour 0 (10)', () => {
    const c: Case = {
      scenario: tinyScenario({
        marketplaces: [tinyMarketplace({ classes: [{ id: 'standard', name: 'S', share: 1, replyDeadlineHours: 1, handleMinutes: 1 }] })],
      }),
      arrivals: [arrivalsAt({})],
      request: { openingBacklog: [{ marketplaceId: 'shop', classId: 'standard', values: [60] }] },
    };
    expectCosts(c, 10, 10);
  });

  it('currency: a CNY site at 0.14 USD per yuan, 50 CNY/h, costs 7 USD for one agent-hour', () => {
    const scenario = tinyScenario({ sites: [tinySite({ currency: 'CNY', hourlyCost: 50 })], currencyRates: [{ currency: 'CNY', toReporting: 0.14 }] });
    expectCosts({ scenario, arrivals: [arrivalsAt({ 0: 60 })] }, 7, 7);
  });
});
