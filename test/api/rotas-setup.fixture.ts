import type { Agent, ScenarioFile } from '@app/domain';
import type { RotaAssignment, RotaInput, RotaResult } from '@app/roster';
import { planningScenario } from './forecasts-setup.fixture';

// The planning setup of the plan tests (one Manila site, amazon-de and amazon-uk, one week from
// Monday 2 March 2026) with a team of agents who all speak German and English.

export const AGENT_COUNT = 9;
/** The agent on approved leave on Wednesday 4 March. */
export const ON_LEAVE = 'agent-03';
export const LEAVE_DATE = '2026-03-04';
/** A name a spreadsheet would run as a formula: every CSV export must neutralise it. */
export const FORMULA_NAMED = 'agent-01';
export const FORMULA_NAME = '=HYPERLINK("https://example.com/steal","Agent 1")';

export function rotaAgents(): Agent[] {
  return Array.from({ length: AGENT_COUNT }, (_, index) => {
    const id = `agent-${String(index + 1).padStart(2, '0')}`;
    return {
      id,
      name: id === FORMULA_NAMED ? FORMULA_NAME : `Agent ${index + 1}`,
      siteId: 'manila',
      languages: ['de', 'en'],
      contractHoursPerWeek: 40,
      maxConsecutiveDays: 6,
      timeOff: id === ON_LEAVE ? [{ start: LEAVE_DATE, end: LEAVE_DATE, reason: 'dentist' }] : [],
    };
  });
}

export function rotaScenario(): ScenarioFile {
  return { ...planningScenario(), agents: rotaAgents() };
}

/**
 * The roster library's result rebuilt from the rota API's grid (assignments from the cells,
 * unfilled shifts and pin issues as listed), so `checkRota` can judge what the API serves.
 */
export function resultFromGrid(rota: any): RotaResult {
  const assignments: RotaAssignment[] = rota.agents.flatMap((agent: any) =>
    agent.days.flatMap((day: any) =>
      day.shifts.map((shift: any) => ({
        agentId: agent.id,
        agentName: agent.name,
        siteId: agent.siteId,
        siteName: '',
        timeZone: '',
        templateId: shift.templateId,
        date: day.date,
        localStart: shift.localStart,
        endDate: shift.endDate,
        localEnd: shift.localEnd,
        startUtc: shift.startUtc,
        endUtc: shift.endUtc,
        paidHours: shift.paidHours,
        languages: shift.languages,
        marketplaceIds: shift.marketplaceIds,
        night: shift.night,
        weekend: shift.weekend,
        holiday: day.holiday,
        pinned: shift.pinned,
      })),
    ),
  );
  return { status: rota.status, assignments, unfilled: rota.unfilled, pinIssues: rota.pinIssues } as RotaResult;
}

/** What the rota was built from, as checkRota reads it. */
export function rotaInput(scenario: ScenarioFile, plan: { grid: any; shifts: any[] }, pins: RotaInput['pins'], options: RotaInput['options']): RotaInput {
  return { scenario, plan: { grid: plan.grid, shifts: plan.shifts }, pins, options };
}
