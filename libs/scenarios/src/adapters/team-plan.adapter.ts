import type { ScenarioFile } from '@app/domain';
import { defaultPlanOptions, planScenario, type PlanResult, type PlanScenarioOptions, type SeatCap } from '@app/optimizer';
import { buildRota, type RotaOptions, type RotaResult } from '@app/roster';

/** What building the named rota inside the plan showed. */
export interface RotaCheck {
  seatsPlanned: number;
  seatsFilled: number;
  /** Plans solved: 1 when the first plan's rota filled every seat. */
  rounds: number;
  /** Planned shifts the rota could not fill, capped for the next round (empty when complete). */
  cuts: SeatCap[];
  softBreaches: number;
}

export type TeamPlanResult = PlanResult & { rotaCheck: RotaCheck | null };

export interface TeamPlanOptions extends PlanScenarioOptions {
  /** Plans to try before the seats nobody can take are dropped (default 3). */
  maxRounds?: number;
  rotaOptions?: Partial<RotaOptions>;
}

const DEFAULT_ROUNDS = 3;

/**
 * A plan the named team can work: plan, build the rota from it, and where a planned shift
 * keeps seats nobody can take, cap that shift at the agents who could sit on it and plan
 * again, until the rota fills every seat. The planner's aggregate limits (per group and day,
 * rest, weeks) make this rare; when the rounds run out, the seats nobody could take are
 * dropped and the plan re-read for the rest, so no empty seat is ever handed on.
 */
export async function planForNamedTeam(scenario: ScenarioFile, options: TeamPlanOptions): Promise<{ plan: TeamPlanResult; rota: RotaResult | null }> {
  const rounds = options.maxRounds ?? DEFAULT_ROUNDS;
  const cuts = new Map<string, SeatCap>();
  let plan: PlanResult | null = null;
  let rota: RotaResult | null = null;
  for (let round = 1; round <= rounds; round++) {
    // every round gets the same effort (solver work, not time), so the rounds are as repeatable as one plan
    // a later round starts from the plan before the cut and re-plans only around the cut seats
    plan = await planScenario(scenario, { ...options, seatCaps: [...(options.seatCaps ?? []), ...cuts.values()], startShifts: plan?.shifts });
    if (plan.status !== 'optimal' && plan.status !== 'feasible') return { plan: { ...plan, rotaCheck: null }, rota: null };
    if (!scenario.agents.length || options.signal?.aborted) return { plan: { ...plan, rotaCheck: null }, rota: null };
    rota = buildRota({ scenario, plan, options: options.rotaOptions });
    const check: RotaCheck = {
      seatsPlanned: rota.summary.seatsPlanned,
      seatsFilled: rota.summary.seatsFilled,
      rounds: round,
      cuts: [...cuts.values()],
      softBreaches: rota.summary.softBreaches,
    };
    if (rota.summary.seatsUnfilled === 0) return { plan: withCheck(plan, check), rota };
    if (round === rounds) return repairToRota(scenario, options, plan, rota, check);
    for (const unfilled of rota.unfilled) {
      const shift = plan.shifts.find(
        (s) =>
          s.siteId === unfilled.shift.siteId &&
          s.templateId === unfilled.shift.templateId &&
          s.date === unfilled.shift.date &&
          s.localStart === unfilled.shift.localStart &&
          (s.languages ?? []).join('+') === unfilled.languages.join('+') &&
          s.group === unfilled.group,
      );
      if (!shift) continue;
      const cap: SeatCap = {
        siteId: shift.siteId,
        templateId: shift.templateId,
        startUtc: shift.startUtc,
        languages: shift.languages ?? [],
        ...(shift.group ? { group: shift.group } : {}),
        most: unfilled.planned - unfilled.missing,
      };
      const key = `${cap.siteId}|${cap.templateId}|${cap.startUtc}|${cap.group ?? cap.languages.join('+')}`;
      const previous = cuts.get(key);
      cuts.set(key, previous ? { ...cap, most: Math.min(previous.most, cap.most) } : cap);
    }
  }
  return { plan: { ...(plan as PlanResult), rotaCheck: null }, rota };
}

/**
 * The last resort when cuts did not settle it: the plan becomes exactly the seats the rota
 * filled (the empty ones dropped) and its message flows, service and payroll are planned again
 * for that staffing, so every figure is of the rota the team can work.
 */
async function repairToRota(
  scenario: ScenarioFile,
  options: TeamPlanOptions,
  plan: PlanResult,
  rota: RotaResult,
  check: RotaCheck,
): Promise<{ plan: TeamPlanResult; rota: RotaResult | null }> {
  const missing = new Map<string, number>();
  const keyOf = (s: { siteId: string; templateId: string; date: string; localStart: string; group?: string }) => `${s.siteId}|${s.templateId}|${s.date}|${s.localStart}|${s.group ?? ''}`;
  for (const unfilled of rota.unfilled) missing.set(keyOf({ ...unfilled.shift, group: unfilled.group }), unfilled.missing);
  const fixedShifts = plan.shifts.map((shift) => ({ ...shift, count: shift.count - (missing.get(keyOf(shift)) ?? 0) })).filter((shift) => shift.count > 0);
  const dropped = check.seatsPlanned - check.seatsFilled;
  const repaired = await planScenario(scenario, { ...options, fixedShifts, seatCaps: undefined });
  if (repaired.status !== 'optimal' && repaired.status !== 'feasible') return { plan: withCheck(plan, check), rota };
  const repairedRota = buildRota({ scenario, plan: repaired, options: options.rotaOptions });
  const repairedCheck: RotaCheck = {
    ...check,
    seatsPlanned: repairedRota.summary.seatsPlanned,
    seatsFilled: repairedRota.summary.seatsFilled,
    softBreaches: repairedRota.summary.softBreaches,
  };
  // the bound is the unrestricted plan's: no plan for this team can cost less than that
  const objective = repaired.objective ?? 0;
  const bound = plan.bound === null ? repaired.bound : Math.min(plan.bound, objective);
  // where the team is short is what the unrestricted plan found
  const result = withCheck(
    {
      ...repaired,
      status: 'feasible',
      message:
        `${repairedRota.summary.seatsPlanned} shift starts as rostered, costing ${Math.round(repaired.totalCost).toLocaleString('en-US')} ${repaired.reportingCurrency}; ` +
        `${(repaired.slaAttainment * 100).toFixed(2)} % of messages answered within their deadline (${dropped} seat${dropped === 1 ? '' : 's'} the team could not take dropped).`,
      lpBound: plan.lpBound,
      bound,
      gap: bound === null || objective <= 0 ? repaired.gap : (objective - bound) / objective,
      staffingGap: plan.staffingGap,
    },
    repairedCheck,
  );
  result.notes.push(`${dropped} planned seat${dropped === 1 ? '' : 's'} the named team could not take ${dropped === 1 ? 'was' : 'were'} dropped; service and payroll are of the plan as rostered.`);
  return { plan: result, rota: repairedRota };
}

function withCheck(plan: PlanResult, check: RotaCheck): TeamPlanResult {
  const notes = [...plan.notes];
  if (check.rounds > 1) notes.push(`The named rota could not fill ${check.cuts.length} planned shift${check.cuts.length === 1 ? '' : 's'} at first: the plan was solved again ${check.rounds - 1} time${check.rounds === 2 ? '' : 's'} with them capped.`);
  if (check.seatsFilled < check.seatsPlanned) notes.push(`The named rota fills ${check.seatsFilled} of ${check.seatsPlanned} planned seats.`);
  return { ...plan, notes, rotaCheck: check };
}
