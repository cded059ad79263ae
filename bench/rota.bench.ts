import { performance } from 'node:perf_hooks';
import { buildRota, checkRota, contractHoursSummary } from '@app/roster';
import type { AgentFairness, RotaInput, RotaPin, RotaResult } from '@app/roster';
import { generateRotaWorkload } from './rota-workload';

/**
 * `npm run bench -- rota`: 200 agents at 3 sites over 4 weeks from a W4-sized plan with a
 * Chinese New Year week (20 % cap at Shenzhen). Targets: ≤ 10 s, zero hard-rule violations
 * (independent checker), every seat filled (the plan comes from a witness rota, so all are
 * fillable), and night / holiday duty spread ≤ 1 among comparable agents (same site,
 * contract, languages, no leave: where the plan allows).
 */
export async function rotaBenchmark(): Promise<Record<string, unknown>> {
  const workload = generateRotaWorkload();
  const input: RotaInput = { scenario: workload.scenario, plan: workload.plan, holidayDutyHistory: workload.holidayDutyHistory };
  const seats = workload.plan.shifts.reduce((sum, shift) => sum + shift.count, 0);
  const witnessViolations = checkRota(input, workload.witness);
  console.log(
    `instance: ${workload.scenario.agents.length} agents, ${workload.scenario.sites.length} sites, ${workload.weeks} weeks from ${workload.horizonStart}, ` +
      `${workload.plan.shifts.length} planned shifts, ${seats} seats; witness rota violations: ${witnessViolations.length} (plan fillable by construction)`,
  );

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const rota = buildRota(input);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const violations = checkRota(input, rota);
  console.log(`rota: ${rota.status}, ${rota.summary.seatsFilled}/${rota.summary.seatsPlanned} seats filled in ${seconds.toFixed(2)} s (cpu ${cpuSeconds.toFixed(2)} s); hard-rule violations: ${violations.length}`);
  const contract = contractHoursSummary(input, rota);
  console.log(
    `hours against contract: ${contract.agentsNearContract} of ${contract.agents} agents within 4 h every week without leave ` +
      `(worst week ${contract.worstWeekShortfallHours} h short, ${contract.worstWeekExcessHours} h over)`,
  );
  for (const violation of violations.slice(0, 5)) console.log(`  ${violation.rule}: ${violation.message}`);

  // the witness as a rota (every seat pinned) for its soft-rule and fairness figures
  const witnessPins: RotaPin[] = workload.witness.assignments.map((row) => ({
    agentId: row.agentId,
    shift: { siteId: row.siteId, templateId: row.templateId, date: row.date, localStart: row.localStart },
  }));
  const witness = buildRota({ ...input, pins: witnessPins, options: { annealStepsPerSeat: 0, improvementPasses: 0 } });
  if (witness.pinIssues.length) throw new Error(`witness rota did not pin back: ${witness.pinIssues[0].message}`);

  const sites = workload.scenario.sites.map((site) => {
    const fairness = (result: RotaResult) => {
      const stats = result.fairness.sites.find((s) => s.siteId === site.id)!;
      const groups = comparableGroups(result.fairness.agents.filter((a) => a.siteId === site.id), input);
      const within = (value: (a: AgentFairness) => number) => Math.max(0, ...groups.map((group) => spread(group.map(value))));
      return {
        nights: { spread: stats.nights.spread, shareAdjustedSpread: stats.nights.shareAdjustedSpread, comparableSpread: within((a) => a.nights) },
        weekends: { spread: stats.weekends.spread, shareAdjustedSpread: stats.weekends.shareAdjustedSpread, comparableSpread: within((a) => a.weekends) },
        holidays: {
          total: stats.holidays.total,
          spread: stats.holidays.spread,
          withHistorySpread: stats.holidaysWithHistory.spread,
          comparableWithHistorySpread: round2(within((a) => a.holidays + a.pastHolidayLoad)),
        },
        hours: { spread: stats.hours.spread, comparableSpread: within((a) => a.hours) },
        comparableGroups: groups.map((group) => group.length),
      };
    };
    const softBreaches = (result: RotaResult) => countBy(result.softBreaches.filter((b) => b.siteId === site.id).map((b) => b.rule));
    return { siteId: site.id, agents: input.scenario.agents.filter((a) => a.siteId === site.id).length, rota: { ...fairness(rota), softBreaches: softBreaches(rota) }, witness: { ...fairness(witness), softBreaches: softBreaches(witness) } };
  });
  console.log('per site (rota | witness the plan was built from): spread max − min; "comparable" = same contract, languages, no leave');
  for (const site of sites) {
    const { rota: r, witness: w } = site;
    console.log(
      `  ${site.siteId.padEnd(9)} nights ${r.nights.spread} (share-adj ${r.nights.shareAdjustedSpread}, comparable ${r.nights.comparableSpread}) | ${w.nights.spread} (${w.nights.shareAdjustedSpread}, ${w.nights.comparableSpread})` +
        `   weekends ${r.weekends.spread} (${r.weekends.shareAdjustedSpread}, ${r.weekends.comparableSpread}) | ${w.weekends.spread} (${w.weekends.shareAdjustedSpread}, ${w.weekends.comparableSpread})` +
        `   holidays ${r.holidays.total} seats, spread ${r.holidays.spread}, with history comparable ${r.holidays.comparableWithHistorySpread} | ${w.holidays.comparableWithHistorySpread}` +
        `   soft ${JSON.stringify(r.softBreaches)} | ${JSON.stringify(w.softBreaches)}`,
    );
  }

  // holiday duty rotation: last season's Eve crew should not be on this year's Eve
  const eve = rota.holidayRotas.find((day) => day.siteId === 'shenzhen' && day.publicHolidays.includes('Spring Festival'))!;
  const lastEveCrew = new Set(workload.holidayDutyHistory.filter((record) => record.dayOfHoliday === 1).map((record) => record.agentId));
  const repeated = eve.crew.filter((member) => lastEveCrew.has(member.agentId)).length;
  const japaneseOnEve = eve.crew.filter((member) => input.scenario.agents.find((a) => a.id === member.agentId)!.languages.includes('ja')).length;
  const statutory = rota.holidayRotas.filter((day) => day.statutory);
  const holidayCost = {
    days: statutory.length,
    crewShifts: statutory.reduce((sum, day) => sum + day.crew.length, 0),
    extraCostCny: round2(statutory.filter((d) => d.currency === 'CNY').reduce((sum, day) => sum + day.extraCost, 0)),
    extraCostUsd: round2(statutory.reduce((sum, day) => sum + (day.extraCostReporting ?? 0), 0)),
  };
  console.log(
    `Chinese New Year's Eve ${eve.date} at Shenzhen: crew of ${eve.crew.length} (cap ${eve.availabilityCap?.agents}), ${repeated} of them on last year's Eve crew of ${lastEveCrew.size}; ` +
      `statutory holiday premium: ${holidayCost.crewShifts} shifts over ${holidayCost.days} days, +${holidayCost.extraCostCny} CNY (${holidayCost.extraCostUsd} USD)`,
  );

  const worstComparable = (key: 'nights' | 'holidays') =>
    Math.max(...sites.map((s) => (key === 'nights' ? s.rota.nights.comparableSpread : s.rota.holidays.comparableWithHistorySpread)));
  const targets = {
    secondsAtMost10: seconds <= 10,
    zeroHardViolations: violations.length === 0,
    everySeatFilled: rota.summary.seatsUnfilled === 0,
    nightSpreadComparableAtMost1: worstComparable('nights') <= 1,
    holidaySpreadWithHistoryComparableAtMost1: worstComparable('holidays') <= 1,
  };
  console.log(`targets: ${Object.entries(targets).map(([name, met]) => `${name} ${met ? 'met' : 'MISSED'}`).join(', ')}`);
  return {
    instance: { agents: workload.scenario.agents.length, sites: workload.scenario.sites.length, weeks: workload.weeks, plannedShifts: workload.plan.shifts.length, seats, witnessViolations: witnessViolations.length },
    seconds: round2(seconds),
    cpuSeconds: round2(cpuSeconds),
    status: rota.status,
    summary: rota.summary,
    hardViolations: violations.length,
    contractHours: contract,
    sites,
    chineseNewYearsEve: { date: eve.date, crew: eve.crew.length, cap: eve.availabilityCap?.agents ?? null, onLastYearsEveCrew: repeated, lastYearsEveCrew: lastEveCrew.size, japaneseSpeakers: japaneseOnEve },
    holidayCost,
    targets,
  };
}

/** Agents the plan treats alike: same contract hours and languages, no leave in the horizon. */
function comparableGroups(agents: AgentFairness[], input: RotaInput): AgentFairness[][] {
  const byId = new Map(input.scenario.agents.map((agent) => [agent.id, agent]));
  const groups = new Map<string, AgentFairness[]>();
  for (const stats of agents) {
    const agent = byId.get(stats.agentId)!;
    if (agent.timeOff.length) continue;
    const key = `${agent.contractHoursPerWeek}|${[...agent.languages].sort().join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), stats]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

const spread = (values: number[]) => (values.length ? Math.max(...values) - Math.min(...values) : 0);
const round2 = (value: number) => Math.round(value * 100) / 100;
const countBy = (keys: string[]) => keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});
