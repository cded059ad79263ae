import { generateActuals, type GeneratedActuals } from '@app/actuals';
import type { Marketplace, ScenarioFile } from '@app/domain';
import type { PlanResult } from '@app/optimizer';
import { PlanEntity } from '../../apps/api/src/plans/plan.entity';
import { SHENZHEN_AGENTS, dayShift, handPlanEntity, shenzhenTeam } from './shenzhen-team.fixture';

// The Shenzhen team (Tmall, Asia/Shanghai, UTC+8, one class with a 24-hour deadline on a
// calendar clock) and Amazon DE beside it for the eDesk layout; a plan written by hand for the
// week from Monday 2 March 2026 00:00 UTC (10 Tmall messages forecast every hour) and the
// generated actuals of that week. The API's and the CLI's actuals tests share them.

export const WEEK_START = Date.UTC(2026, 2, 2);
export const HOUR = 3_600_000;
export const WEEK_HOURS = 7 * 24;
export const PLAN_ID = 'week-plan';

const amazonDe: Marketplace = {
  id: 'amazon-de',
  name: 'Amazon DE',
  platform: 'amazon',
  timeZone: 'Europe/Berlin',
  country: 'DE',
  languages: ['en'],
  replyClock: { kind: 'calendar' },
  classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 5 }],
};

/** The Shenzhen team with Amazon DE beside it. */
export function actualsSetup(): ScenarioFile {
  const team = shenzhenTeam();
  return { ...team, marketplaces: [...team.marketplaces, amazonDe] };
}

/** The planned backlog at the end of grid hour h: made up, so the report's copy of it can be checked. */
export const plannedBacklog = (h: number) => h % 24;

/** A week's plan of the Shenzhen team as the plans module stores one: four agents 09:00–17:00 every day, 10 messages an hour forecast. */
export function weekPlan(): PlanEntity {
  const team = shenzhenTeam();
  const grid = { startUtc: '2026-03-02T00:00:00Z', hours: WEEK_HOURS, mode: 'dated' as const };
  const dates = Array.from({ length: 7 }, (_, day) => new Date(WEEK_START + day * 24 * HOUR).toISOString().slice(0, 10));
  const values = new Array<number>(WEEK_HOURS).fill(10);
  const result = {
    status: 'optimal',
    message: 'written by hand',
    scenarioName: team.name,
    grid,
    shifts: dates.map((date) => dayShift(date, 4)),
    arrivals: [{ marketplaceId: 'tmall', classId: 'standard', values }],
    dispatch: [{ siteId: 'shenzhen', fromHour: 0, toHour: WEEK_HOURS, fromUtc: grid.startUtc, toUtc: '2026-03-09T00:00:00Z', queues: ['tmall/standard'] }],
    queues: [
      {
        marketplaceId: 'tmall',
        classId: 'standard',
        kind: 'deferred',
        deadlineHours: 24,
        handleMinutes: 5,
        messages: 1680,
        arrivals: values,
        answered: values,
        backlog: values.map((_, h) => plannedBacklog(h)),
        plannedBacklog: values.map((_, h) => plannedBacklog(h)),
        workloadMinutes: values.map((v) => v * 5),
      },
    ],
    slaAttainment: 0.98,
    marketplaces: [{ marketplaceId: 'tmall', timeZone: 'Asia/Shanghai', messages: 1680, slaAttainment: 0.98, averageWaitHours: 2.5, p90WaitHours: 6 }],
  } as unknown as PlanResult;
  return handPlanEntity({ id: PLAN_ID, createdAt: '2026-02-27T00:00:00.000Z', scenario: team, result });
}

/**
 * The generated week: 10 Tmall messages every UTC hour (1680), half answered after exactly 1
 * hour, 45 % after 3 hours and 5 % after 30 hours (6 hours past the 24-hour deadline), signed
 * round-robin by the four agents.
 */
export function generatedWeek(): GeneratedActuals {
  return generateActuals({
    seed: 7,
    fromUtcMs: WEEK_START,
    toUtcMs: WEEK_START + WEEK_HOURS * HOUR,
    marketplaces: [
      {
        marketplaceId: 'tmall',
        ratePerHour: 10,
        classes: [{ classId: 'standard', share: 1 }],
        replyBands: [
          { share: 0.5, minHours: 1, maxHours: 1 },
          { share: 0.45, minHours: 3, maxHours: 3 },
          { share: 0.05, minHours: 30, maxHours: 30 },
        ],
      },
    ],
    agents: SHENZHEN_AGENTS.map((agent) => ({ agent, siteId: 'shenzhen' })),
  });
}

