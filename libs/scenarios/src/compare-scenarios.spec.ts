import { parse } from 'csv-parse/sync';
import { fixedRatePipeline } from './__fixtures__/fixed-rate-pipeline.fixture';
import { deepFreeze, tinyScenario, tinyTeamScenario } from './__fixtures__/tiny-scenario.fixture';
import { compareScenarios } from './compare-scenarios';
import { comparisonToCsv } from './comparison-export';
import type { PlanRequest, ScenarioProgress } from './pipeline.types';
import { ScenarioErrorCode } from './scenario-error';
import type { ScenarioDefinition } from './scenario-definition.types';

const asIs: ScenarioDefinition = { id: 'as-is', name: 'As is', overrides: [] };
const selfService: ScenarioDefinition = {
  id: 'self-service',
  name: 'Self-service DE',
  overrides: [{ kind: 'deflection', marketplaceId: 'amazon-de', classId: 'standard', rate: 0.5 }],
};
const autoReply: ScenarioDefinition = {
  id: 'auto-reply',
  name: 'Auto-reply US nights',
  overrides: [{ kind: 'auto-reply', marketplaceId: 'amazon-us', windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '06:00' }] }],
};

describe('comparing scenarios', () => {
  const base = deepFreeze(tinyScenario());

  it('lays out cost, messages, headcount and service with hand-checked figures', async () => {
    const calls: PlanRequest[] = [];
    const progress: ScenarioProgress[] = [];
    const comparison = await compareScenarios(base, [asIs, selfService, autoReply], {
      pipeline: fixedRatePipeline(calls),
      replications: 5,
      onProgress: (event) => progress.push(event),
    });
    expect(comparison.grid).toEqual({ startUtc: '2025-03-03T00:00:00Z', hours: 168, mode: 'dated' });
    const [first, second, third] = comparison.scenarios;

    // As is: urgent + standard on Amazon US and standard on Amazon DE need replies: 3 × 168 messages at 2 USD.
    expect(first.messages).toEqual({ arriving: 672, deflected: 0, needingReply: 504, acknowledgedShare: 0 });
    expect(first.cost.horizon).toBe(1008);
    expect(first.cost.perMonth).toBeCloseTo((1008 * 365.25) / 12 / 7, 9);
    expect(first.cost.perMessageAnswered).toBe(2);
    expect(first.cost.bySite).toEqual([{ id: 'shenzhen', name: 'Shenzhen', kind: 'site', cost: 1008 }]);
    // One 8-paid-hour shift a day at Shenzhen: 56 paid hours, 1.4 FTE of 40 h, one agent at most.
    expect(first.headcount).toEqual([
      { siteId: 'shenzhen', name: 'Shenzhen', paidHours: 56, fte: 1.4, peakOnDuty: 1 },
      { siteId: 'manila', name: 'Manila', paidHours: 0, fte: 0, peakOnDuty: 0 },
    ]);
    // the plan's 100 % lies above the simulated band of the same rule (95–99 %, and more than half a point): flagged, in words
    expect(first.sla).toEqual({ planned: 1, simulated: { mean: 0.97, low: 0.95, high: 0.99 }, outsideBand: true });
    expect(first.serviceNotes[0]).toBe(
      "All marketplaces: the plan's share within deadline (100.0 %) lies outside the simulated 90 % band (95.0 %–99.0 %) of the same rule: with arrivals as random as the simulation's, expect the band.",
    );
    // the waits (2 h in 2–3 h, 4 h in 4–6 h) lie inside their bands: only the shares are flagged
    expect(first.marketplaces.map((m) => [m.marketplaceId, m.outsideBand])).toEqual([
      ['amazon-us', ['slaAttainment']],
      ['amazon-de', ['slaAttainment']],
    ]);
    expect(first.serviceNotes.slice(1).map((note) => note.split(':')[0])).toEqual(['Amazon US', 'Amazon DE']);
    expect(first.longestWaits.map((wait) => `${wait.marketplaceId} ${wait.weekday} ${wait.hour}`)).toEqual([
      'amazon-us Sunday 23:00',
      'amazon-de Sunday 23:00',
      'amazon-us Sunday 22:00',
      'amazon-de Sunday 22:00',
      'amazon-us Sunday 21:00',
    ]);

    // Half of Amazon DE deflected: 84 fewer messages, 168 USD less.
    expect(second.messages).toEqual({ arriving: 672, deflected: 84, needingReply: 420, acknowledgedShare: 0 });
    expect(second.cost.horizon).toBe(840);

    // Payroll at 1.7 base + 0.3 premiums a message (no named team, so no gap): the first column is the baseline.
    expect(first.payroll).toEqual({ base: 856.8, premiums: 151.2, overtime: 0, vendor: 0, idleContracted: 0, total: 1008 });
    expect(first.payrollVsBaseline).toEqual({ base: 0, premiums: 0, overtime: 0, vendor: 0, idleContracted: 0, total: 0 });
    expect(first.staffingGap).toEqual({ agentHours: 0, gaps: 0, suggestedOverride: null });
    // 84 messages fewer: 84 × 1.7 base and 84 × 0.3 premiums less
    expect(second.payroll).toEqual({ base: 714, premiums: 126, overtime: 0, vendor: 0, idleContracted: 0, total: 840 });
    expect(second.payrollVsBaseline).toEqual({ base: -142.8, premiums: -25.2, overtime: 0, vendor: 0, idleContracted: 0, total: -168 });
    // every column's payroll adds up to its cost
    for (const column of comparison.scenarios) {
      const { base, premiums, overtime, vendor, idleContracted, total } = column.payroll!;
      expect(base + premiums + overtime + vendor + idleContracted).toBeCloseTo(total, 9);
      expect(total).toBe(column.cost.horizon);
    }

    // New York 00:00–06:00 is 6 UTC hours a night, 5 on the spring-forward Sunday: 41 hours × 2 classes.
    expect(third.messages.acknowledgedShare).toBeCloseTo(82 / 504, 12);
    const us = third.marketplaces.find((row) => row.marketplaceId === 'amazon-us')!;
    expect(us.messages).toBe(336);
    expect(us.planned).toEqual({ slaAttainment: (254 * 1 + 82 * 0.5) / 336, averageWaitHours: 2, p90WaitHours: 4 });
    expect(us.acknowledged).toEqual({ messages: 82, plannedAverageWaitHours: 10, plannedP90WaitHours: 20, simulatedAverageWaitHours: { mean: 2.5, low: 2, high: 3 } });
    expect(third.longestWaits.every((wait) => !wait.marketplaceId.includes('acknowledged'))).toBe(true);

    expect(calls.map((call) => call.scenario.marketplaces.length)).toEqual([2, 2, 3]);
    expect(progress[progress.length - 1]).toMatchObject({ stage: 'done', fraction: 1 });
    expect(progress.every((event, index) => index === 0 || event.fraction >= progress[index - 1].fraction)).toBe(true);
  });

  it('exports a CSV with one row per figure and one column per scenario', async () => {
    const comparison = await compareScenarios(base, [asIs, selfService], { pipeline: fixedRatePipeline(), replications: 2 });
    const rows: string[][] = parse(comparisonToCsv(comparison));
    expect(rows[0]).toEqual(['section', 'figure', 'scope', 'unit', 'As is', 'Self-service DE']);
    const find = (figure: string, scope = 'all') => rows.find((row) => row[1] === figure && row[2] === scope)!.slice(3);
    expect(find('total over the horizon')).toEqual(['USD', '1008', '840']);
    expect(find('site', 'Shenzhen')).toEqual(['USD', '1008', '840']);
    expect(find('full-time equivalents', 'Shenzhen')).toEqual(['FTE', '1.4', '1.4']);
    expect(find('SLA attainment, simulated (5th percentile)')).toEqual(['share', '0.95', '0.95']);
    expect(find('SLA attainment outside the simulated band')).toEqual(['', 'yes', 'yes']);
    expect(find('#1', 'buyer-local hour of the week')).toEqual(['', 'amazon-us Sunday 23:00: 16.7 h', 'amazon-us Sunday 23:00: 16.7 h']);
    const payroll = (figure: string) => rows.find((row) => row[0] === 'payroll' && row[1] === figure)!.slice(2);
    expect(payroll('base')).toEqual(['all', 'USD', '856.8', '714']);
    expect(payroll('premiums')).toEqual(['all', 'USD', '151.2', '126']);
    expect(payroll('idle contracted hours')).toEqual(['all', 'USD', '0', '0']);
    expect(payroll('total')).toEqual(['all', 'USD', '1008', '840']);
    const difference = (figure: string) => rows.find((row) => row[0] === 'payroll vs baseline' && row[1] === figure)!.slice(2);
    expect(difference('base')).toEqual(['difference from As is', 'USD', '0', '-142.8']);
    expect(difference('total')).toEqual(['difference from As is', 'USD', '0', '-168']);
    expect(find('agent-hours short')).toEqual(['agent-hours', '0', '0']);
    expect(find('suggested fix', 'first gap')).toEqual(['', 'none', 'none']);
  });

  it('writes a scenario name that would start a formula so a spreadsheet never runs it; negative differences stay numbers', async () => {
    const hostile = { ...selfService, name: '@SUM(1+1)*cmd|"/c calc"!A1' };
    const comparison = await compareScenarios(base, [asIs, hostile], { pipeline: fixedRatePipeline(), replications: 2 });
    const rows: string[][] = parse(comparisonToCsv(comparison));
    expect(rows[0].slice(4)).toEqual(['As is', `'${hostile.name}`]);
    expect(rows.find((row) => row[0] === 'payroll vs baseline' && row[1] === 'total')!.slice(4)).toEqual(['0', '-168']);
  });

  it('accepts 2 to 6 scenarios with distinct ids, and stops when cancelled', async () => {
    const pipeline = fixedRatePipeline();
    await expect(compareScenarios(base, [asIs], { pipeline })).rejects.toMatchObject({ code: ScenarioErrorCode.TooFewScenarios });
    const seven = Array.from({ length: 7 }, (_, index) => ({ ...asIs, id: `s${index}` }));
    await expect(compareScenarios(base, seven, { pipeline })).rejects.toMatchObject({ code: ScenarioErrorCode.TooManyScenarios });
    await expect(compareScenarios(base, [asIs, asIs], { pipeline })).rejects.toMatchObject({ code: ScenarioErrorCode.DuplicateId });
    const controller = new AbortController();
    controller.abort();
    await expect(compareScenarios(base, [asIs, selfService], { pipeline, signal: controller.signal })).rejects.toMatchObject({ code: ScenarioErrorCode.Aborted });
  });

  it('keeps a column for a scenario without a plan, with its reason', async () => {
    const pipeline = fixedRatePipeline();
    const plan = pipeline.plan;
    pipeline.plan = async (request) =>
      request.scenario.events.length
        ? { status: 'infeasible', message: 'Shenzhen is closed and nobody else speaks German', totalCost: 0, costBySite: {}, slaAttainment: 0, marketplaces: [] }
        : plan(request);
    const closed: ScenarioDefinition = { id: 'closed', name: 'Closed', overrides: [{ kind: 'site-availability', siteId: 'shenzhen', start: '2025-03-03', end: '2025-03-09', availabilityCap: 0 }] };
    const comparison = await compareScenarios(base, [asIs, closed], { pipeline, replications: 3 });
    expect(comparison.scenarios[1]).toMatchObject({
      status: 'infeasible',
      message: 'Shenzhen is closed and nobody else speaks German',
      headcount: [],
      marketplaces: [],
      sla: { simulated: null },
      payroll: null,
      payrollVsBaseline: null,
      staffingGap: null,
    });
    const rows: string[][] = parse(comparisonToCsv(comparison));
    expect(rows.find((row) => row[1] === 'total over the horizon')!.slice(4)).toEqual(['1008', '']);
    expect(rows.find((row) => row[0] === 'payroll vs baseline' && row[1] === 'total')!.slice(4)).toEqual(['0', '']);
    expect(rows.find((row) => row[1] === 'agent-hours short')!.slice(4)).toEqual(['0', '']);

    // a baseline without a plan leaves nothing to measure against
    const closedFirst = await compareScenarios(base, [closed, asIs], { pipeline, replications: 0 });
    expect(closedFirst.scenarios.map((column) => column.payrollVsBaseline)).toEqual([null, null]);
    expect(closedFirst.scenarios[1].payroll).toMatchObject({ total: 1008 });
  });

  it('reads the CSV of a comparison stored before payroll and staffing gaps were reported: empty cells', async () => {
    const comparison = await compareScenarios(base, [asIs, selfService], { pipeline: fixedRatePipeline(), replications: 0 });
    const old = { ...comparison, scenarios: comparison.scenarios.map(({ payroll: _p, payrollVsBaseline: _d, staffingGap: _g, ...column }) => column) } as unknown as typeof comparison;
    const rows: string[][] = parse(comparisonToCsv(old));
    expect(rows.find((row) => row[0] === 'payroll' && row[1] === 'total')!.slice(4)).toEqual(['', '']);
    expect(rows.find((row) => row[1] === 'suggested fix')!.slice(4)).toEqual(['', '']);
    expect(rows.find((row) => row[1] === 'total over the horizon')!.slice(4)).toEqual(['1008', '840']);
  });

  it('compares the team as it is with three hires in Manila: the planner gets the hires and the raised headcount', async () => {
    const team = deepFreeze(tinyTeamScenario());
    const calls: PlanRequest[] = [];
    const hire: ScenarioDefinition = {
      id: 'hire-manila',
      name: 'Three more in Manila from 5 March',
      overrides: [{ kind: 'hire-agents', siteId: 'manila', count: 3, likeAgentId: 'mnl-01', from: '2025-03-05' }],
    };
    const comparison = await compareScenarios(team, [asIs, hire], { pipeline: fixedRatePipeline(calls), replications: 2 });
    expect(comparison.scenarios.map((column) => [column.id, column.status, column.cost.horizon])).toEqual([
      ['as-is', 'optimal', 1008],
      ['hire-manila', 'optimal', 1008],
    ]);
    // four agents are one short of the fixture's five: 8 agent-hours a day for 7 days, covered by overtime (0.2 a message of 504)
    const [asIsColumn, hireColumn] = comparison.scenarios;
    expect(asIsColumn.staffingGap).toEqual({ agentHours: 56, gaps: 1, suggestedOverride: { kind: 'hire-agents', siteId: 'shenzhen', count: 1, likeAgentId: 'sz-01', from: '2025-03-03' } });
    expect(asIsColumn.payroll).toEqual({ base: 756, premiums: 151.2, overtime: 100.8, vendor: 0, idleContracted: 0, total: 1008 });
    // with three hires nobody is short: the overtime goes back into base pay, the total stays
    expect(hireColumn.staffingGap).toEqual({ agentHours: 0, gaps: 0, suggestedOverride: null });
    expect(hireColumn.payroll).toEqual({ base: 856.8, premiums: 151.2, overtime: 0, vendor: 0, idleContracted: 0, total: 1008 });
    expect(hireColumn.payrollVsBaseline).toEqual({ base: 100.8, premiums: 0, overtime: -100.8, vendor: 0, idleContracted: 0, total: 0 });
    const rows: string[][] = parse(comparisonToCsv(comparison));
    expect(rows.find((row) => row[1] === 'suggested fix')!.slice(4)).toEqual(['hire 1 like sz-01 at shenzhen from 2025-03-03', 'none']);
    expect(rows.find((row) => row[1] === 'gaps')!.slice(3)).toEqual(['gaps', '1', '0']);
    expect(rows.find((row) => row[0] === 'payroll vs baseline' && row[1] === 'overtime')!.slice(4)).toEqual(['0', '-100.8']);
    // Shenzhen's contracts average (40 + 20 + 40) / 3 hours: its 56 paid hours are 1.68 FTE in both columns.
    expect(comparison.scenarios.map((column) => column.headcount[0].fte)).toEqual([1.68, 1.68]);
    const [asIsCall, hireCall] = calls;
    expect(asIsCall.scenario.agents.map((agent) => agent.id)).toEqual(['sz-01', 'sz-02', 'sz-10', 'mnl-01']);
    expect(asIsCall.scenario.sites.map((site) => site.maxHeadcount)).toEqual([30, 20]);
    expect(hireCall.scenario.agents.filter((agent) => agent.siteId === 'manila').map((agent) => [agent.id, agent.hourlyRate, agent.shiftTemplateIds, agent.timeOff])).toEqual([
      ['mnl-01', 260, ['mnl-night'], []],
      ...[1, 2, 3].map((n) => [`hire-manila-${n}`, 260, ['mnl-night'], [{ start: '1970-01-01', end: '2025-03-04', reason: 'not yet hired' }]]),
    ]);
    expect(hireCall.scenario.sites.map((site) => site.maxHeadcount)).toEqual([30, 23]);
  });

  it('runs scenarios side by side when asked, keeping the columns in the order given', async () => {
    const fixed = fixedRatePipeline();
    let inFlight = 0;
    let mostInFlight = 0;
    const finished: number[] = [];
    // plans start in the scenarios' order; later ones finish first, so the columns' order cannot come from finishing order
    // far apart, so that a loaded machine cannot swap them
    const delays = [600, 30, 5];
    let started = 0;
    const pipeline = {
      ...fixed,
      plan: async (request: PlanRequest) => {
        const call = started++;
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, delays[call]));
        finished.push(call);
        inFlight--;
        return fixed.plan(request);
      },
    };
    const sequential = await compareScenarios(base, [asIs, selfService, autoReply], { pipeline: fixedRatePipeline(), replications: 0 });
    const progress: number[] = [];
    const sideBySide = await compareScenarios(base, [asIs, selfService, autoReply], {
      pipeline,
      replications: 0,
      concurrency: 2,
      onProgress: (event) => progress.push(event.fraction),
    });
    expect(mostInFlight).toBe(2);
    expect(finished).toEqual([1, 2, 0]);
    expect(sideBySide.scenarios.map((column) => column.id)).toEqual(['as-is', 'self-service', 'auto-reply']);
    expect(sideBySide.scenarios.map((column) => column.cost.horizon)).toEqual(sequential.scenarios.map((column) => column.cost.horizon));
    // the bar never goes back while scenarios overlap, and ends full
    expect(progress.every((fraction, i) => i === 0 || fraction >= progress[i - 1])).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
  });
});
