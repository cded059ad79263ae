import type { PlannedShift, QueueArrivals, ScenarioFile } from '@app/domain';
import type { DispatchRun, PlanResult } from '@app/optimizer';
import { PlanEntity } from '../../apps/api/src/plans/plan.entity';
import { PlanRepository } from '../../apps/api/src/plans/plan.repository';

/** The four named agents of the Shenzhen team. */
export const SHENZHEN_AGENTS = ['chen', 'li', 'wang', 'zhao'];

/**
 * Four agents in Shenzhen (UTC+8, 30 CNY an hour, 300 % pay on statutory holidays) answering
 * Tmall in Chinese, one 09:00–17:00 day shift a day: a setup small enough that a plan can be
 * written by hand and a rota checked seat by seat.
 */
export function shenzhenTeam(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'Shenzhen team',
    reportingCurrency: 'USD',
    marketplaces: [
      {
        id: 'tmall',
        name: 'Tmall',
        platform: 'other',
        timeZone: 'Asia/Shanghai',
        country: 'CN',
        languages: ['zh'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 5 }],
      },
    ],
    sites: [
      {
        id: 'shenzhen',
        name: 'Shenzhen',
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        hourlyCost: 30,
        premiums: { night: 1.2, weekend: 1.5, statutoryHoliday: 3 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'CN',
        languages: ['zh', 'en'],
        minHeadcount: 0,
        maxHeadcount: 10,
        shrinkage: 0.2,
      },
    ],
    shiftTemplates: [{ id: 'sz-day', siteId: 'shenzhen', name: 'Day', lengthHours: 8, paidHours: 8, startTimes: ['09:00'], days: [1, 2, 3, 4, 5, 6, 7] }],
    agents: SHENZHEN_AGENTS.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1), siteId: 'shenzhen', languages: ['zh', 'en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] })),
    events: [],
    currencyRates: [{ currency: 'CNY', toReporting: 0.14 }],
    history: [],
  };
}

/** `count` agents on the 09:00–17:00 shift (01:00–09:00 UTC) of `date`. */
export function dayShift(date: string, count: number, languages?: string[]): PlannedShift {
  return { siteId: 'shenzhen', templateId: 'sz-day', date, localStart: '09:00', startUtc: `${date}T01:00:00Z`, endUtc: `${date}T09:00:00Z`, count, ...(languages ? { languages } : {}) };
}

/**
 * Stores a solved one-day plan of the Shenzhen team the way the plans module does: its shifts,
 * and optionally the arrivals it was planned for and its dispatch rule.
 */
export async function storeHandPlan(
  plans: PlanRepository,
  id: string,
  date: string,
  shifts: PlannedShift[],
  extra: { arrivals?: QueueArrivals[]; dispatch?: DispatchRun[] } = {},
): Promise<string> {
  const grid = { startUtc: `${date}T00:00:00Z`, hours: 24, mode: 'dated' as const };
  const setup = shenzhenTeam();
  // the rota reads the shift mix of the planner's result, the promises its arrivals and rule
  const result = { status: 'optimal', message: 'written by hand', scenarioName: setup.name, grid, shifts, arrivals: extra.arrivals ?? [], ...(extra.dispatch ? { dispatch: extra.dispatch } : {}) } as unknown as PlanResult;
  await plans.insert(handPlanEntity({ id, createdAt: `${date}T00:00:00.000Z`, scenario: setup, result }));
  return id;
}

/** A finished plan row as the plans module stores one, around a result written by hand (headline columns from it). */
export function handPlanEntity({ id, createdAt, scenario, result }: { id: string; createdAt: string; scenario: ScenarioFile; result: PlanResult }): PlanEntity {
  return Object.assign(new PlanEntity(), {
    id,
    jobId: null,
    status: 'optimal',
    message: 'written by hand for the test',
    error: null,
    createdAt,
    finishedAt: createdAt,
    forecastId: null,
    scenarioName: scenario.name,
    solver: 'highs',
    timeLimitSeconds: 30,
    mipGap: null,
    gridStartUtc: result.grid.startUtc,
    gridHours: result.grid.hours,
    gridMode: result.grid.mode,
    reportingCurrency: 'USD',
    totalCost: null,
    costPerMessage: null,
    slaAttainment: result.slaAttainment ?? null,
    lpBound: null,
    gap: null,
    solveSeconds: null,
    scenario,
    result,
  });
}
