import type { Marketplace, QueueArrivals, ScenarioFile } from '@app/domain';
import { arrivalsAt, tinyGrid, tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from './__fixtures__/tiny-planning.fixture';
import { InfeasibilityReason } from './diagnose/infeasibility.types';
import { createJsLpDriver } from './drivers/jslp.driver';
import { planScenario } from './plan-scenario';
import type { PlanProgressEvent } from './solve/plan-solve';

const oneClass = (deadline: number, handleMinutes = 1) => [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: deadline, handleMinutes }];

describe('planScenario', () => {
  it('explains a language no site speaks, naming the language and the marketplace', async () => {
    const scenario = tinyScenario({
      marketplaces: [tinyMarketplace(), tinyMarketplace({ id: 'jp', name: 'Amazon JP', languages: ['ja'] })],
    });
    const result = await planScenario(scenario, { arrivals: [arrivalsAt({ 0: 10 }), arrivalsAt({ 3: 5 }, 24, 'jp')], grid: tinyGrid() });
    expect(result.status).toBe('infeasible');
    expect(result.shifts).toEqual([]);
    expect(result.infeasibility?.method).toBe('pre-check');
    expect(result.infeasibility?.findings).toHaveLength(1);
    expect(result.infeasibility?.findings[0]).toMatchObject({ reason: InfeasibilityReason.NoLanguageCoverage, marketplaceId: 'jp' });
    expect(result.message).toBe(
      "No plan meets every rule. No site speaks Japanese, the language Amazon JP buyers write in: its 5 messages cannot be answered. Add Japanese to a site's languages or add a site that speaks it.",
    );
  });

  it('explains a deadline shorter than the gap in cover, on the UTC clock and the buyers\' clock', async () => {
    const tokyo = tinyMarketplace({ id: 'jp', name: 'Amazon JP', timeZone: 'Asia/Tokyo', languages: ['ja'], classes: [{ id: 'urgent', name: 'urgent', share: 1, replyDeadlineHours: 4, handleMinutes: 1 }] });
    const site = tinySite({ name: 'Shenzhen', languages: ['ja'] });
    const scenario = tinyScenario({ marketplaces: [tokyo], sites: [site], shiftTemplates: [tinyTemplate(site.id, ['00:00'], 8, [1, 2, 3, 4, 5, 6, 7])] });
    const arrivals: QueueArrivals = { marketplaceId: 'jp', classId: 'urgent', values: new Array(48).fill(2) };
    const result = await planScenario(scenario, { arrivals: [arrivals], grid: tinyGrid(48) });
    expect(result.status).toBe('infeasible');
    const [finding] = result.infeasibility!.findings;
    expect(finding.reason).toBe(InfeasibilityReason.DeadlineShorterThanCoverageGap);
    expect(finding.message).toBe(
      'Amazon JP urgent messages arriving every day 08:00–21:00 UTC (17:00–06:00 Tokyo time) cannot be answered within 4 h: ' +
        'nobody at Shenzhen (the sites that speak Japanese) can be on duty every day 08:00–00:00 UTC (17:00–09:00 Tokyo time) — the 4 h deadline is shorter than that gap in cover.',
    );
    expect(finding.spans[0]).toEqual({ fromUtc: '2025-01-06T08:00:00Z', toUtc: '2025-01-06T21:00:00Z', local: 'Mon 6 Jan 17:00–06:00 Tokyo time' });
  });

  it('finds a binding headcount cap by relaxing the rules', async () => {
    const site = tinySite({ name: 'Manila', maxHeadcount: 1 });
    const scenario = tinyScenario({ marketplaces: [tinyMarketplace({ classes: oneClass(1) })], sites: [site] });
    const result = await planScenario(scenario, { arrivals: [arrivalsAt({ 0: 120 })], grid: tinyGrid() });
    expect(result.status).toBe('infeasible');
    expect(result.infeasibility?.method).toBe('relaxation');
    expect(result.infeasibility?.findings.map((f) => f.reason)).toEqual([InfeasibilityReason.HeadcountCap]);
    expect(result.infeasibility?.findings[0].message).toBe(
      'Headcount cap at Manila: at most 1 agents on duty, but the work needs up to 2 Mon 6 Jan 00:00–01:00 UTC.',
    );
  });

  it('agrees across solvers and reports cost, bound, gap and the service it gives', async () => {
    const site = tinySite({ premiums: { night: 2, weekend: 1, statutoryHoliday: 1 }, nightHours: { start: '00:00', end: '01:00' } });
    const scenario = tinyScenario({
      marketplaces: [tinyMarketplace({ waitTarget: { averageHours: 1 } })],
      sites: [site],
      shiftTemplates: [tinyTemplate(site.id, ['00:00', '02:00'])],
    });
    for (const solver of ['highs', 'jslp'] as const) {
      const result = await planScenario(scenario, { arrivals: [arrivalsAt({ 0: 60 })], grid: tinyGrid(), solver, mipGap: 0 });
      expect(result.status).toBe('optimal');
      expect(result.solver).toBe(solver);
      expect(result.totalCost).toBeCloseTo(20, 6);
      expect(result.lpBound).toBeCloseTo(15, 6);
      expect(result.gap).toBeCloseTo(0, 6);
      expect(result.costPerMessage).toBeCloseTo(20 / 60, 6);
      expect(result.shifts).toEqual([
        { siteId: 'site', templateId: 'site-1h', date: '2025-01-06', localStart: '00:00', startUtc: '2025-01-06T00:00:00Z', endUtc: '2025-01-06T01:00:00Z', count: 1 },
      ]);
      expect(result.marketplaces[0]).toMatchObject({ messages: 60, slaAttainment: 1 });
      // the hour's messages come in one a minute and are answered as they come: a handle time (1 minute) to one
      // replay slice (5 minutes) each, never the hour
      const { averageWaitHours, p90WaitHours } = result.marketplaces[0];
      expect(averageWaitHours).toBeGreaterThanOrEqual(1 / 60);
      expect(averageWaitHours).toBeLessThanOrEqual(5 / 60);
      expect(p90WaitHours).toBeLessThanOrEqual(5 / 60);
      expect(result.sites[0].onDuty.slice(0, 3)).toEqual([1, 0, 0]);
    }
  });

  it('reports progress: start, LP bound, improving plans, done', async () => {
    const events: PlanProgressEvent[] = [];
    const scenario = tinyScenario({ shiftTemplates: [tinyTemplate('site', ['00:00'], 2)] });
    await planScenario(scenario, { arrivals: [arrivalsAt({ 0: 60 })], grid: tinyGrid(), onProgress: (e) => events.push(e) });
    expect(events[0].kind).toBe('start');
    expect(events[1]).toMatchObject({ kind: 'lp-bound', bound: 10 });
    const last = events[events.length - 1];
    expect(last).toMatchObject({ kind: 'done', status: 'optimal', cost: 20 });
    const incumbents = events.filter((e) => e.kind === 'incumbent').map((e) => (e as { cost: number }).cost);
    expect(incumbents.length).toBeGreaterThan(0);
    expect(incumbents[incumbents.length - 1]).toBe(20);
  });

  it('stops when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await planScenario(tinyScenario(), { arrivals: [arrivalsAt({ 0: 60 })], grid: tinyGrid(), solver: createJsLpDriver(), signal: controller.signal });
    expect(result.status).toBe('aborted');
    expect(result.shifts).toEqual([]);
  });

  it('reports when plain earliest-deadline-first would miss what the plan\'s routing keeps', async () => {
    // the bilingual site works 00:00–01:00, the English-only one 01:00–02:00: the plan sends the
    // bilingual hour to Japanese; earliest-deadline-first spends it on the (tied) English messages
    const english = tinySite({ id: 'english', name: 'English', languages: ['en'] });
    const bilingual = tinySite({ id: 'bilingual', name: 'Bilingual', hourlyCost: 11, languages: ['en', 'ja'] });
    const scenario = tinyScenario({
      marketplaces: [tinyMarketplace({ id: 'us', name: 'US', classes: oneClass(2) }), tinyMarketplace({ id: 'jp', name: 'JP', languages: ['ja'], classes: oneClass(2) })],
      sites: [english, bilingual],
      shiftTemplates: [tinyTemplate('english', ['01:00']), tinyTemplate('bilingual', ['00:00'])],
    });
    const result = await planScenario(scenario, { arrivals: [arrivalsAt({ 0: 60 }, 24, 'us'), arrivalsAt({ 0: 60 }, 24, 'jp')], grid: tinyGrid() });
    // one agent each (10 + 11) beats two bilingual agents (22)
    expect(result.totalCost).toBeCloseTo(21, 6);
    expect(result.slaAttainment).toBe(1);
    const jp = result.marketplaces.find((m) => m.marketplaceId === 'jp')!;
    expect(jp.earliestDeadlineFirst.slaAttainment).toBe(0);
    expect(result.notes).toContain(
      'Worked strictly earliest-deadline-first, 100.00 % of JP messages would miss their deadline: the plan relies on its dispatch rule to send them to the sites it assigns (100.00 % on time under that rule).',
    );
  });

  it('plans a two-day, two-site, four-queue setup whose every message is answered within its deadline hour by hour', async () => {
    const classes = [
      { id: 'urgent', name: 'Urgent', share: 0.2, replyDeadlineHours: 4, handleMinutes: 8 },
      { id: 'standard', name: 'Standard', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
    ];
    const us: Marketplace = tinyMarketplace({ id: 'us', timeZone: 'America/New_York', country: 'US', classes, waitTarget: { averageHours: 4 } });
    const de: Marketplace = tinyMarketplace({ id: 'de', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], classes, waitTarget: { averageHours: 6 } });
    const manila = tinySite({ id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', hourlyCost: 5, languages: ['en'], maxHeadcount: 6, shrinkage: 0.3, occupancy: 0.85 });
    const shenzhen = tinySite({ id: 'shenzhen', name: 'Shenzhen', timeZone: 'Asia/Shanghai', hourlyCost: 6, languages: ['en', 'de'], shrinkage: 0.25, occupancy: 0.85 });
    const starts = ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'];
    const scenario: ScenarioFile = tinyScenario({
      marketplaces: [us, de],
      sites: [manila, shenzhen],
      shiftTemplates: [tinyTemplate('manila', starts, 8, [1, 2, 3, 4, 5, 6, 7]), tinyTemplate('shenzhen', starts, 8, [1, 2, 3, 4, 5, 6, 7])],
    });
    const hours = 48;
    const wave = (peakUtc: number, volume: number) => Array.from({ length: hours }, (_, h) => Math.round(volume * (0.3 + Math.exp(-(((h % 24) - peakUtc) ** 2) / 18)) * 10) / 10);
    const arrivals: QueueArrivals[] = [
      { marketplaceId: 'us', classId: 'urgent', values: wave(18, 4) },
      { marketplaceId: 'us', classId: 'standard', values: wave(18, 16) },
      { marketplaceId: 'de', classId: 'urgent', values: wave(10, 3) },
      { marketplaceId: 'de', classId: 'standard', values: wave(10, 12) },
    ];
    const result = await planScenario(scenario, { arrivals, grid: tinyGrid(hours), timeLimitSeconds: 20, improveWithMip: false });
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.totalCost).toBeGreaterThanOrEqual(result.lpBound! - 1e-6);

    // FIFO replay of the planned answers, queue by queue: by the end of hour k + D − 1 everything
    // that arrived up to hour k has been answered
    for (const queue of result.queues) {
      const deadline = queue.deadlineHours as number;
      let arrived = 0;
      const answeredBy: number[] = [];
      queue.answered.reduce((total, a, h) => (answeredBy[h] = total + a), 0);
      queue.arrivals.forEach((a, k) => {
        arrived += a;
        const due = k + deadline - 1;
        if (due < hours) expect(answeredBy[due]).toBeGreaterThanOrEqual(arrived - 1e-6);
      });
    }
    // the floor's dispatch rule (earliest deadline first) keeps every deadline with these shifts too
    expect(result.slaAttainment).toBeCloseTo(1, 9);
    // and the capacity the shifts give covers the work the plan puts in every hour
    for (const site of result.sites) site.workloadMinutes.forEach((w, h) => expect(w).toBeLessThanOrEqual(site.productiveMinutes[h] + 1e-6));
    expect(result.sites.find((s) => s.siteId === 'manila')!.onDuty.every((n) => n <= 6 + 1e-9)).toBe(true);
    // German messages only ever go to Shenzhen
    expect(result.marketplaces.map((m) => m.marketplaceId)).toEqual(['us', 'de']);
  });
});
