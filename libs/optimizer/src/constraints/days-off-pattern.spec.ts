import type { Agent, ScenarioFile } from '@app/domain';
import { planScenario } from '../plan-scenario';
import type { PlanResult } from '../plan-result.types';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from '../__fixtures__/tiny-planning.fixture';

/**
 * Two days off together (days-off-pattern.constraint.ts) on one hourly agent, five days a week,
 * 1-hour shifts at 09:00 every day of the week from Monday 2025-01-06. Pay 10 an hour, 15 at the
 * weekend; an uncovered agent-hour (the staffing gap) costs 20 × that (200, 300 at the weekend);
 * a week with split days off costs 2 hours of base pay (20). One agent covers five of the seven
 * days, so two days stay short.
 */
const site = tinySite({ premiums: { night: 1, weekend: 1.5, statutoryHoliday: 1 } });
const oneHourDeadline = [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 1, handleMinutes: 1 }];
const agent: Agent = { id: 'a', name: 'a', siteId: site.id, languages: ['en'], contractHoursPerWeek: 5, maxConsecutiveDays: 6, timeOff: [], payBasis: 'hourly', maxDaysPerWeek: 5 };
const scenario: ScenarioFile = tinyScenario({
  marketplaces: [tinyMarketplace({ classes: oneHourDeadline })],
  sites: [site],
  agents: [agent],
  shiftTemplates: [tinyTemplate(site.id, ['09:00'], 1, [1, 2, 3, 4, 5, 6, 7])],
});
/** Messages at 09:00 on Monday … Sunday (60 fill an agent-hour). */
const week = (perDay: number[]) => [arrivalsAt(Object.fromEntries(perDay.map((n, d) => [d * 24 + 9, n])), 168)];

async function plan(perDay: number[], daysOffPatterns: boolean): Promise<PlanResult> {
  const result = await planScenario(scenario, { arrivals: week(perDay), grid: tinyGrid(168), solver: 'highs', mipGap: 0, timeLimitSeconds: 30, daysOffPatterns });
  expect(result.status).toBe('optimal');
  return result;
}

const daysWorked = (result: PlanResult) => result.shifts.filter((s) => s.count > 0).map((s) => s.date);

describe('two days off together', () => {
  // Tuesday and Thursday hold 57 messages (0.95 agent-hours), every other day 60
  const lighterTueThu = [60, 57, 60, 57, 60, 60, 60];

  it('without the rule the cheapest week leaves Tuesday and Thursday short: pay 3 × 10 + 2 × 15 + gap 1.9 × 200 = 440', async () => {
    const result = await plan(lighterTueThu, false);
    expect(result.objective).toBeCloseTo(440, 6);
    expect(daysWorked(result)).toEqual(['2025-01-06', '2025-01-08', '2025-01-10', '2025-01-11', '2025-01-12']);
  });

  it('with it two weekdays in a row are off: gap 1.95 × 200 + pay 60 = 450, less than the split week (440 + 20)', async () => {
    const result = await plan(lighterTueThu, true);
    expect(result.objective).toBeCloseTo(450, 6);
    const worked = daysWorked(result);
    expect(worked).toHaveLength(5);
    const off = ['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10', '2025-01-11', '2025-01-12'].map((date) => !worked.includes(date));
    expect(off.some((isOff, d) => isOff && off[d + 1])).toBe(true);
  });

  it('is soft: where split days off save more than the penalty the plan keeps them and pays it (60 + 2 × 0.5 × 200 + 20 = 280)', async () => {
    // Tuesday and Thursday hold 30 messages: consecutive days off would cost 60 + 1.5 × 200 = 360
    const result = await plan([60, 30, 60, 30, 60, 60, 60], true);
    expect(result.objective).toBeCloseTo(280, 6);
    expect(result.totalCost).toBeCloseTo(60, 6);
  });

  it('leaves six-day contracts alone: the same work with one day off costs pay 4 × 10 + 2 × 15 + gap 0.95 × 200 = 260 either way', async () => {
    const six = { ...scenario, agents: [{ ...agent, maxDaysPerWeek: 6, contractHoursPerWeek: 6 }] };
    for (const daysOffPatterns of [true, false]) {
      const result = await planScenario(six, { arrivals: week(lighterTueThu), grid: tinyGrid(168), solver: 'highs', mipGap: 0, timeLimitSeconds: 30, daysOffPatterns });
      expect(result.objective).toBeCloseTo(260, 6);
    }
  });
});
