import { annealRota } from './anneal-rota';
import { applyPins } from './apply-pins';
import { constructRota } from './construct-rota';
import { explainUnfilled } from './explain-unfilled.util';
import { siteFairness } from './fairness-report.util';
import { fillEmptySeats } from './fill-empty-seats';
import { holidayDutyOf, mergeHolidayHistory } from './holiday-duty-history.util';
import { holidayRotas } from './holiday-rotas.util';
import { improveRota } from './improve-rota';
import { assignmentsOf } from './rota-assignments.util';
import { buildRotaContext } from './rota-context';
import { RotaInputError } from './rota-input.error';
import { RotaObjective } from './rota-objective';
import { resolveRotaOptions } from './rota-options';
import type { RotaInput, RotaResult } from './rota.types';
import { SelectionCost } from './selection-cost';
import { SiteRosterState } from './site-roster-state';
import { findSoftBreaches } from './soft-rule-breaches.util';
import { validateRotaInput } from './validate-rota-input.util';

/**
 * Named agents on the planned shifts: validate → lay out per site → pins → constructive
 * pass → fill by re-arranging → descent, annealing, descent for fairness and soft rules →
 * interpret.
 * Pure and deterministic: the same input gives the same rota. Throws `RotaInputError` on
 * unreadable input; everything the rota cannot do comes back in the result instead.
 */
export function buildRota(input: RotaInput): RotaResult {
  const issues = validateRotaInput(input);
  if (issues.length) throw new RotaInputError(issues);
  const options = resolveRotaOptions(input.options);
  const context = buildRotaContext(input, options);
  const states = new Map(context.sites.map((site) => [site.site.id, new SiteRosterState(site, options)]));
  const pinIssues = applyPins(input.pins ?? [], states);

  const result: Omit<RotaResult, 'status' | 'summary' | 'messages'> = {
    options,
    assignments: [],
    unfilled: [],
    softBreaches: [],
    pinIssues,
    fairness: { agents: [], sites: [] },
    holidayRotas: [],
    newHolidayDuty: [],
    holidayDutyHistory: [],
  };
  for (const state of states.values()) {
    const selection = new SelectionCost(state.site, state);
    constructRota(state, selection);
    fillEmptySeats(state, selection, options.fillSearchBudget);
    const objective = new RotaObjective(state.site, state);
    improveRota(state, objective, options.improvementPasses);
    annealRota(state, objective, {
      iterations: options.annealStepsPerSeat * state.site.seats.length,
      seed: options.seed,
      startTemperature: 2,
      endTemperature: 0.02,
    });
    improveRota(state, objective, options.improvementPasses);
    // the improvement pass can free an agent for a seat still empty
    fillEmptySeats(state, selection, options.fillSearchBudget);

    result.assignments.push(...assignmentsOf(state, input.scenario.marketplaces));
    result.unfilled.push(...explainUnfilled(state, options.restHours));
    result.softBreaches.push(...findSoftBreaches(state, options));
    const fairness = siteFairness(state, new RotaObjective(state.site, state));
    result.fairness.agents.push(...fairness.agents);
    result.fairness.sites.push(fairness.site);
    result.holidayRotas.push(...holidayRotas(state, input.scenario));
    result.newHolidayDuty.push(...holidayDutyOf(state));
  }
  result.holidayDutyHistory = mergeHolidayHistory(input.holidayDutyHistory ?? [], result.newHolidayDuty, context.sites);
  result.assignments.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.siteId.localeCompare(b.siteId) || a.agentId.localeCompare(b.agentId));

  const seatsPlanned = context.sites.reduce((sum, site) => sum + site.seats.length, 0);
  const seatsUnfilled = result.unfilled.reduce((sum, shift) => sum + shift.missing, 0);
  const status = seatsUnfilled === 0 && pinIssues.length === 0 ? 'complete' : 'partial';
  const messages = [
    status === 'complete'
      ? `rota complete: all ${seatsPlanned} planned shifts filled`
      : `rota partial: ${seatsUnfilled} of ${seatsPlanned} planned shifts unfilled, ${pinIssues.length} pin${pinIssues.length === 1 ? '' : 's'} not applied`,
    ...result.unfilled.map((shift) => shift.message),
    ...pinIssues.map((issue) => issue.message),
  ];
  return {
    status,
    summary: {
      seatsPlanned,
      seatsFilled: seatsPlanned - seatsUnfilled,
      seatsUnfilled,
      agents: input.scenario.agents.length,
      sites: context.sites.length,
      softBreaches: result.softBreaches.length,
      pinIssues: pinIssues.length,
    },
    messages,
    ...result,
  };
}
