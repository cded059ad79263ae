import type { Agent, QueueArrivals, ScenarioFile, Site } from '@app/domain';
import { planScenario } from '@app/optimizer';
import { planWithOptimizer } from './adapters/planner.adapter';
import { compareScenarios } from './compare-scenarios';
import type { ScenarioDefinition } from './scenario-definition.types';

/**
 * Vendor hours as a way to close a staffing gap, end to end: the planner prices them at the
 * site's vendor rate and offers them as a ready `vendor` override, and a comparison of that
 * override with the team as it is shows the gap closed.
 *
 * One UTC site (10 USD an hour, vendor rate 12, no shrinkage, full occupancy: an agent-hour is
 * 60 minutes of work), 8-hour shifts at 00:00 / 08:00 / 16:00, one hourly agent on an 8-hour
 * contract, and one day of work: 60 one-minute messages in every hour of Monday 2027-03-01, each
 * due within its hour. One person works one shift a day: 8 of the 24 agent-hours, so the team is
 * 16 agent-hours short, one agent at a time.
 */
const site: Site = {
  id: 'hub',
  name: 'Hub',
  timeZone: 'UTC',
  currency: 'USD',
  hourlyCost: 10,
  vendorHourlyRate: 12,
  premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
  nightHours: { start: '22:00', end: '06:00' },
  holidayCountry: 'GB',
  languages: ['en'],
  minHeadcount: 0,
  maxHeadcount: 10,
  shrinkage: 0,
  occupancy: 1,
};
const agent: Agent = { id: 'a1', name: 'A1', siteId: 'hub', languages: ['en'], contractHoursPerWeek: 8, maxConsecutiveDays: 6, timeOff: [], payBasis: 'hourly' };
const scenario: ScenarioFile = {
  schemaVersion: 2,
  name: 'one agent',
  reportingCurrency: 'USD',
  horizon: { start: '2027-03-01', weeks: 1, mode: 'dated' },
  marketplaces: [
    {
      id: 'shop',
      name: 'Shop',
      platform: 'other',
      timeZone: 'UTC',
      country: 'GB',
      languages: ['en'],
      replyClock: { kind: 'calendar' },
      classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 1, handleMinutes: 1 }],
    },
  ],
  sites: [site],
  shiftTemplates: [{ id: 'hub-8h', siteId: 'hub', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['00:00', '08:00', '16:00'], days: [1, 2, 3, 4, 5, 6, 7] }],
  agents: [agent],
  events: [],
  currencyRates: [],
  history: [],
};
const arrivals: QueueArrivals[] = [{ marketplaceId: 'shop', classId: 'standard', values: Array.from({ length: 168 }, (_, h) => (h < 24 ? 60 : 0)) }];
const grid = { startUtc: '2027-03-01T00:00:00Z', hours: 168, mode: 'dated' as const };

describe('vendor cover for a staffing gap', () => {
  it('prices the vendor hours at the site’s vendor rate and offers them as the cheapest fix, which closes the gap when compared', async () => {
    const result = await planScenario(scenario, { arrivals, grid, solver: 'highs', mipGap: 0, timeLimitSeconds: 120 });
    expect(result.staffingGap).toHaveLength(1);
    const [gap] = result.staffingGap;
    expect(gap).toMatchObject({ siteId: 'hub', languages: ['en'], peakAgents: 1, agentHours: 16 });
    // 16 agent-hours × 12 = 192; overtime 16 × 10 × 1.5 = 240; a hire of agents on 8-hour contracts costs far more
    const vendor = gap.options.find((option) => option.kind === 'vendor')!;
    expect(vendor).toMatchObject({ cost: 192, vendorHours: 16 });
    expect(gap.options.find((option) => option.kind === 'overtime')!.cost).toBe(240);
    expect(gap.options[0].kind).toBe('vendor');
    // per message 12 × 1 min / 60 productive minutes = 0.2; one vendor agent at once: ⌈60 / 1⌉ messages an hour (+ rounding room)
    expect(gap.suggestedFix).toEqual(vendor.override);
    expect(gap.suggestedFix).toMatchObject({
      kind: 'vendor',
      vendor: { timeZone: 'UTC', country: 'GB', languages: ['en'], currency: 'USD', pricePerMessage: 0.2, capacityPerHour: 61, start: '2027-03-01', end: '2027-03-01' },
    });
    // the hire stays on offer as an override of its own
    expect(gap.suggestedOverride).toMatchObject({ kind: 'hire-agents', siteId: 'hub', likeAgentId: 'a1' });

    const fix: ScenarioDefinition = { id: 'vendor-cover', name: 'Vendor cover', overrides: [gap.suggestedFix as ScenarioDefinition['overrides'][number]] };
    const pipeline = { forecast: async () => arrivals, plan: (request: Parameters<typeof planWithOptimizer>[0]) => planWithOptimizer({ ...request, timeLimitSeconds: 120 }) };
    const comparison = await compareScenarios(scenario, [{ id: 'as-is', name: 'As is', overrides: [] }, fix], { pipeline, replications: 0 });
    const [asIs, covered] = comparison.scenarios;
    expect(asIs.staffingGap).toMatchObject({ agentHours: 16, gaps: 1 });
    expect(covered.staffingGap).toEqual({ agentHours: 0, gaps: 0, suggestedOverride: null });
    expect(covered.sla.planned).toBe(1);
    // the agent's shift (8 × 10) and the 16 vendor hours at 12, as the option said
    expect(covered.payroll).toMatchObject({ base: 80, vendor: 192, total: 272 });
  });

  it('without a vendor rate the site pays 1.5 × its hourly cost for vendor cover', async () => {
    const { vendorHourlyRate: _rate, ...plain } = site;
    const result = await planScenario({ ...scenario, sites: [plain] }, { arrivals, grid, solver: 'highs', mipGap: 0, timeLimitSeconds: 120 });
    expect(result.staffingGap[0].options.find((option) => option.kind === 'vendor')!.cost).toBe(16 * 15);
  });
});
