import { DraftParser } from '../../../lib/draft-parser';
import type { CostServiceFrontier, Override, ScenarioColumn, ScenarioComparison } from '../api/scenario.types';
import { costBars, serviceBars } from './comparison-bars';
import { bestCell, comparisonRows } from './comparison-table';
import { describeOverride } from './describe-override';
import { fixScenarioPlan } from './fix-scenario';
import { frontierGaps, frontierSeries } from './frontier-points';
import { emptyOverrideDraft, overrideToDraft, parseOverrideDraft, type OverrideDraft } from './override-drafts';
import { emptyScenarioDraft, parseScenarioDraft, withName } from './scenario-draft';

const context = { marketplaces: [{ id: 'amazon-us', classes: [{ id: 'urgent' }, { id: 'standard' }] }], siteIds: ['manila', 'shenzhen'], firstDate: '2026-11-23' };

function parse(draft: OverrideDraft) {
  const parser = new DraftParser();
  const override = parseOverrideDraft(draft, parser, 'o.');
  return { override, errors: Object.fromEntries(parser.errors) };
}

describe('override drafts', () => {
  const examples: Override[] = [
    { kind: 'volume-multiplier', name: 'Black Friday', start: '2026-11-27', end: '2026-11-30', marketplaceIds: ['amazon-us'], multiplier: 2.5 },
    { kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 },
    { kind: 'site-availability', name: 'Spring Festival', siteId: 'shenzhen', start: '2026-02-16', end: '2026-02-22', availabilityCap: 0.2 },
    { kind: 'cost-change', siteId: 'manila', wageRisePercent: 5, premiums: { night: 1.25 }, nightHours: { start: '22:00', end: '06:00' } },
    { kind: 'cost-change', siteId: 'manila', hourlyCost: 300 },
    {
      kind: 'add-site',
      site: { id: 'bogota', name: 'Bogotá', timeZone: 'America/Bogota', currency: 'COP', hourlyCost: 22000, premiums: { night: 1, weekend: 1, statutoryHoliday: 1 }, nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'CO', languages: ['en', 'es'], minHeadcount: 0, maxHeadcount: 6, shrinkage: 0.3 },
      shiftTemplates: [{ id: 'bogota-8h', siteId: 'bogota', name: '8-hour shift', lengthHours: 8, paidHours: 8, startTimes: ['08:00', '14:00'], days: [1, 2, 3, 4, 5, 6, 7] }],
      currencyRate: { currency: 'COP', toReporting: 0.00025 },
    },
    {
      kind: 'vendor',
      vendor: { id: 'nightdesk', name: 'NightDesk', timeZone: 'Asia/Manila', country: 'PH', serviceHours: [{ days: [1, 2, 3, 4, 5], start: '00:00', end: '08:00' }, { days: [6, 7], start: '00:00', end: '12:00' }], languages: ['en'], currency: 'USD', pricePerMessage: 0.9, capacityPerHour: 40 },
    },
    { kind: 'auto-reply', marketplaceId: 'amazon-us', windows: [{ days: [6, 7], start: '00:00', end: '00:00' }] },
    { kind: 'hire-agents', siteId: 'manila', count: 3, likeAgentId: 'mnl-01', from: '2026-12-01' },
    {
      kind: 'hire-agents', siteId: 'shenzhen', count: 2, languages: ['de', 'en'], contractHoursPerWeek: 30, payBasis: 'hourly', hourlyRate: 48.5,
      shiftTemplateIds: ['sz-night'], from: '2026-12-07', namePrefix: 'German speaker',
    },
    { kind: 'agent-leave', agentIds: ['sz-03', 'mnl-02'], start: '2026-12-24', end: '2026-12-27', reason: 'Christmas' },
    { kind: 'agent-leave', agentIds: ['sz-03'], start: '2026-12-24', end: '2026-12-24' },
    { kind: 'move-agents', fromSiteId: 'shenzhen', count: 5, shiftTemplateIds: ['sz-night'] },
    { kind: 'move-agents', fromSiteId: 'shenzhen', agentIds: ['sz-07', 'sz-08'], toSiteId: 'manila' },
  ];

  it.each(examples.map((override) => [override.kind, override] as const))('%s survives a round trip through its form', (_kind, override) => {
    const { override: parsed, errors } = parse(overrideToDraft(override));
    expect(errors).toEqual({});
    expect(parsed).toEqual(override);
  });

  it('starts hiring, leave and moves with drafts that say what is missing', () => {
    expect(parse(emptyOverrideDraft('hire-agents', context))).toEqual({ override: { kind: 'hire-agents', siteId: 'manila', count: 1, from: '2026-11-23' }, errors: {} });
    expect(parse(emptyOverrideDraft('agent-leave', context))).toEqual({
      override: { kind: 'agent-leave', agentIds: [], start: '2026-11-23', end: '2026-11-23' },
      errors: { 'o.agentIds': ['Choose at least one agent.'] },
    });
    expect(parse(emptyOverrideDraft('move-agents', context))).toEqual({
      override: { kind: 'move-agents', fromSiteId: 'manila', count: 1 },
      errors: { 'o.shiftTemplateIds': ['Choose the shifts they move to, another site, or both.'] },
    });
  });

  it('names each bad field of a hire or a move', () => {
    const hire = { ...(emptyOverrideDraft('hire-agents', context) as Extract<OverrideDraft, { kind: 'hire-agents' }>), count: '2.5', from: '1 Dec', contractHoursPerWeek: '200', hourlyRate: 'lots' };
    expect(parse(hire).errors).toEqual({
      'o.count': ['Agents to hire must be a whole number.'],
      'o.from': ['First working day must be a date YYYY-MM-DD.'],
      'o.contractHoursPerWeek': ['Contract hours must be at most 168.'],
      'o.hourlyRate': ['Hourly rate must be a number (got "lots").'],
    });
    expect(parse({ ...hire, count: '0', from: '2026-12-01', contractHoursPerWeek: '', hourlyRate: '' }).errors).toEqual({ 'o.count': ['Agents to hire must be at least 1.'] });
    const move = { ...(emptyOverrideDraft('move-agents', context) as Extract<OverrideDraft, { kind: 'move-agents' }>), who: 'agents' as const, toSiteId: 'manila' };
    expect(parse(move).errors).toEqual({
      'o.agentIds': ['Choose at least one agent.'],
      'o.toSiteId': ['They are at this site already; choose another site, or “stay” to change their shifts only.'],
    });
    const leave = { ...(emptyOverrideDraft('agent-leave', context) as Extract<OverrideDraft, { kind: 'agent-leave' }>), agentIds: ['sz-03'], start: '2026-12-27', end: '2026-12-24' };
    expect(parse(leave).errors).toEqual({ 'o.end': ['Last date must not be before the first date.'] });
  });

  it('starts every kind with a parseable draft except where the user must type (names, ids, money)', () => {
    expect(parse(emptyOverrideDraft('deflection', context))).toEqual({ override: { kind: 'deflection', marketplaceId: 'amazon-us', classId: 'urgent', rate: 0.3 }, errors: {} });
    expect(parse(emptyOverrideDraft('auto-reply', context)).override).toEqual({ kind: 'auto-reply', marketplaceId: 'amazon-us', windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '08:00' }] });
    expect(parse(emptyOverrideDraft('site-availability', context)).override).toMatchObject({ siteId: 'manila', availabilityCap: 0, start: '2026-11-23' });
    expect(Object.keys(parse(emptyOverrideDraft('vendor', context)).errors).sort()).toEqual(['o.capacityPerHour', 'o.country', 'o.currency', 'o.id', 'o.name', 'o.pricePerMessage', 'o.timeZone']);
  });

  it('names each bad field', () => {
    const volume = { ...(emptyOverrideDraft('volume-multiplier', context) as Extract<OverrideDraft, { kind: 'volume-multiplier' }>), start: '2026-11-30', end: '2026-11-27', multiplier: 'x' };
    expect(parse(volume).errors).toEqual({ 'o.end': ['Last date must not be before the first date.'], 'o.multiplier': ['Multiplier must be a number (got "x").'] });
    const deflection = { ...(emptyOverrideDraft('deflection', context) as Extract<OverrideDraft, { kind: 'deflection' }>), rate: '130' };
    expect(parse(deflection).errors).toEqual({ 'o.rate': ['Share deflected must be at most 100.'] });
    const reply = { ...(emptyOverrideDraft('auto-reply', context) as Extract<OverrideDraft, { kind: 'auto-reply' }>), days: [], start: '25:00' };
    expect(parse(reply).errors).toEqual({ 'o.days': ['Choose at least one day.'], 'o.start': ['From must be a time HH:mm.'] });
    const cost = { ...(emptyOverrideDraft('cost-change', context) as Extract<OverrideDraft, { kind: 'cost-change' }>), nightStart: '23:00' };
    expect(parse(cost).errors).toEqual({ 'o.nightEnd': ['Give both ends of the night window, or neither.'] });
  });
});

describe('scenario draft', () => {
  it('derives the id from the name and numbers override fields by position', () => {
    const draft = withName(emptyScenarioDraft(), 'Deflect 30 % of standard');
    expect(draft.id).toBe('deflect-30-of-standard');
    const bad = { ...draft, overrides: [emptyOverrideDraft('deflection', context), { ...(emptyOverrideDraft('deflection', context) as Extract<OverrideDraft, { kind: 'deflection' }>), rate: '' }] };
    const result = parseScenarioDraft(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([...result.errors.keys()]).toEqual(['overrides.1.rate']);
    const good = parseScenarioDraft({ ...draft, description: '  ', overrides: [emptyOverrideDraft('deflection', context)] });
    expect(good).toEqual({ ok: true, value: { id: 'deflect-30-of-standard', name: 'Deflect 30 % of standard', overrides: [{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'urgent', rate: 0.3 }] } });
  });
});

describe('describeOverride', () => {
  const names = { marketplace: (id: string) => (id === 'amazon-us' ? 'Amazon US' : id), site: (id: string) => (id === 'shenzhen' ? 'Shenzhen' : id) };
  it('says what an override does', () => {
    expect(describeOverride({ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 }, names)).toBe('30 % of Amazon US “standard” messages deflected to self-service');
    expect(describeOverride({ kind: 'site-availability', siteId: 'shenzhen', start: '2026-02-16', end: '2026-02-22', availabilityCap: 0 }, names)).toBe('Shenzhen closed 2026-02-16 to 2026-02-22');
    expect(describeOverride({ kind: 'volume-multiplier', start: '2026-07-14', end: '2026-07-14', multiplier: 3 }, names)).toBe('volume ×3 on 2026-07-14 (buyers’ dates) for every marketplace');
    expect(describeOverride({ kind: 'auto-reply', marketplaceId: 'amazon-us', windows: [{ days: [6, 7], start: '00:00', end: '00:00' }] }, names)).toBe('Auto-reply on Amazon US: Sat, Sun 00:00–00:00 (buyers’ time)');
  });

  it('says who is hired, on leave or moved, by name where it knows them', () => {
    const team = { ...names, agent: (id: string) => (id === 'sz-03' ? 'Zhang Min' : id), shiftTemplate: (id: string) => (id === 'sz-night' ? 'Night (Shenzhen)' : id) };
    expect(describeOverride({ kind: 'hire-agents', siteId: 'shenzhen', count: 3, likeAgentId: 'sz-03', from: '2026-12-01' }, team)).toBe('Hire 3 agents at Shenzhen from 2026-12-01, like Zhang Min');
    expect(describeOverride({ kind: 'hire-agents', siteId: 'shenzhen', count: 1, from: '2026-12-01', contractHoursPerWeek: 20, payBasis: 'hourly', shiftTemplateIds: ['sz-night'] }, names)).toBe(
      'Hire 1 agent at Shenzhen from 2026-12-01, 20 h a week, hourly, on sz-night',
    );
    expect(describeOverride({ kind: 'agent-leave', agentIds: ['sz-03', 'sz-04'], start: '2026-12-24', end: '2026-12-27' }, team)).toBe('Zhang Min, sz-04 on leave 2026-12-24 to 2026-12-27');
    expect(describeOverride({ kind: 'move-agents', fromSiteId: 'shenzhen', count: 5, shiftTemplateIds: ['sz-night'] }, team)).toBe('Move the first 5 agents of Shenzhen by id onto Night (Shenzhen)');
    expect(describeOverride({ kind: 'move-agents', fromSiteId: 'shenzhen', agentIds: ['sz-03'], toSiteId: 'manila' }, team)).toBe('Move Zhang Min to manila');
  });
});

function column(id: string, horizon: number, perMonth: number, sites: Array<[string, number]>, sla: number, waits: Array<[string, number, number, number]>): ScenarioColumn {
  return {
    id,
    name: id.toUpperCase(),
    status: 'optimal',
    cost: { horizon, perMonth, perMessageAnswered: horizon / 1000, bySite: sites.map(([siteId, cost]) => ({ id: siteId, name: siteId, kind: siteId.startsWith('v-') ? 'vendor' : 'site', cost })), lpBound: horizon * 0.99, gap: 0.01 },
    messages: { arriving: 1100, deflected: 100, needingReply: 1000, acknowledgedShare: 0 },
    headcount: [{ siteId: 'manila', name: 'Manila', paidHours: 400, fte: 10, peakOnDuty: 6 }],
    sla: { planned: sla, simulated: { mean: sla - 0.01, low: sla - 0.02, high: sla }, outsideBand: false },
    serviceNotes: [],
    marketplaces: waits.map(([marketplaceId, messages, average, p90]) => ({ marketplaceId, messages, planned: { slaAttainment: sla, averageWaitHours: average, p90WaitHours: p90 }, simulated: null, outsideBand: [] })),
    longestWaits: [],
    payroll: { base: horizon - 100, premiums: 60, overtime: 0, vendor: 0, idleContracted: 40, total: horizon },
    payrollVsBaseline: null,
    costVsBaseline: null,
    staffingGap: { agentHours: 0, gaps: 0, suggestedOverride: null },
  };
}

const comparison: ScenarioComparison = {
  reportingCurrency: 'USD',
  grid: { startUtc: '2026-11-23T00:00:00Z', hours: 168, mode: 'dated' },
  weeks: 1,
  replications: 2,
  seed: 1,
  scenarios: [
    {
      ...column('as-is', 1000, 4348, [['manila', 600], ['shenzhen', 400]], 0.999, [['amazon-us', 300, 4, 9], ['amazon-jp', 100, 8, 16]]),
      payrollVsBaseline: { base: 0, premiums: 0, overtime: 0, vendor: 0, idleContracted: 0, total: 0 },
      staffingGap: { agentHours: 12.5, gaps: 2, suggestedOverride: { kind: 'hire-agents', siteId: 'shenzhen', count: 2, likeAgentId: 'sz-01', from: '2026-11-25' } },
    },
    {
      ...column('vendor', 1200, 5218, [['manila', 500], ['v-night', 700]], 1, [['amazon-us', 300, 2, 5]]),
      // the vendor's 700 replaces base pay and the idle contracted hours
      payroll: { base: 440, premiums: 60, overtime: 0, vendor: 700, idleContracted: 0, total: 1200 },
      payrollVsBaseline: { base: -460, premiums: 0, overtime: 0, vendor: 700, idleContracted: -40, total: 200 },
      costVsBaseline: { difference: 200, lowest: 188, highest: 210, real: true },
    },
  ],
};

describe('comparison table', () => {
  const rows = comparisonRows(comparison, (id) => (id === 'amazon-us' ? 'Amazon US' : id));

  it('has a cell per scenario and rows for every site and marketplace any scenario has', () => {
    expect(rows.every((row) => row.cells.length === 2)).toBe(true);
    const siteRows = rows.filter((r) => r.key.startsWith('site-cost/'));
    expect(siteRows.map((r) => [r.label.trim(), r.cells])).toEqual([
      ['manila', [{ kind: 'money', value: 600 }, { kind: 'money', value: 500 }]],
      ['shenzhen', [{ kind: 'money', value: 400 }, { kind: 'money', value: null }]],
      ['v-night (vendor)', [{ kind: 'money', value: null }, { kind: 'money', value: 700 }]],
    ]);
    expect(rows.find((r) => r.key === 'wait/amazon-us')?.label).toBe('Amazon US: average wait');
    expect(rows.find((r) => r.key === 'wait/amazon-jp')?.cells[1]).toEqual({ kind: 'hours-service', value: null, band: null, outside: false });
    expect(rows.find((r) => r.key === 'horizon')?.label).toBe('Cost over 1 week');
  });

  it('shows one set of service figures, each with the simulated band of the same rule, and flags a figure outside it', () => {
    expect(rows.filter((r) => r.group === 'Service').map((r) => r.key)).toEqual(['sla', 'wait/amazon-us', 'p90/amazon-us', 'wait/amazon-jp', 'p90/amazon-jp']);
    expect(rows.find((r) => r.key === 'sla')!.cells[0]).toEqual({ kind: 'percent-service', value: 0.999, band: { mean: 0.989, low: 0.979, high: 0.999 }, outside: false });
    const flagged = {
      ...comparison,
      scenarios: [
        {
          ...comparison.scenarios[0],
          marketplaces: comparison.scenarios[0].marketplaces.map((m) =>
            m.marketplaceId === 'amazon-us' ? { ...m, simulated: { slaAttainment: m.planned.slaAttainment as never, averageWaitHours: { mean: 10, low: 8, high: 12 }, p90WaitHours: { mean: 9, low: 8, high: 10 } }, outsideBand: ['averageWaitHours' as const] } : m,
          ),
        },
        comparison.scenarios[1],
      ],
    };
    expect(comparisonRows(flagged).find((r) => r.key === 'wait/amazon-us')!.cells[0]).toEqual({ kind: 'hours-service', value: 4, band: { mean: 10, low: 8, high: 12 }, outside: true });
  });

  it('says whether each difference from the baseline is real or within the solvers’ gap', () => {
    expect(rows.find((r) => r.key === 'vs-baseline')!.cells).toEqual([
      { kind: 'text', text: '—' },
      { kind: 'text', text: '+$200: real' },
    ]);
    const close = { ...comparison, scenarios: [comparison.scenarios[0], { ...comparison.scenarios[1], costVsBaseline: { difference: 5, lowest: -7, highest: 15, real: false } }] };
    expect(comparisonRows(close).find((r) => r.key === 'vs-baseline')!.cells[1]).toEqual({ kind: 'text', text: "+$5: within the solvers' gap" });
  });

  it('marks the cheapest cost and the best SLA, and nothing for a row with one value', () => {
    expect(bestCell(rows.find((r) => r.key === 'per-month')!)).toBe(0);
    expect(bestCell(rows.find((r) => r.key === 'sla')!)).toBe(1);
    expect(bestCell(rows.find((r) => r.key === 'wait/amazon-jp')!)).toBeNull();
    expect(bestCell(rows.find((r) => r.key === 'status')!)).toBeNull();
  });

  it('shows payroll by component with each scenario’s difference from the first, and the staffing gap with its suggested fix', () => {
    const named = comparisonRows(comparison, (id) => id, (id) => (id === 'shenzhen' ? 'Shenzhen' : id));
    const payroll = named.filter((r) => r.group === 'Payroll');
    expect(payroll.map((r) => [r.label, r.cells])).toEqual([
      ['  Base pay', [{ kind: 'money-change', value: 900, change: null }, { kind: 'money-change', value: 440, change: -460 }]],
      ['  Premiums', [{ kind: 'money-change', value: 60, change: null }, { kind: 'money-change', value: 60, change: 0 }]],
      ['  Overtime', [{ kind: 'money-change', value: 0, change: null }, { kind: 'money-change', value: 0, change: 0 }]],
      ['  Vendor', [{ kind: 'money-change', value: 0, change: null }, { kind: 'money-change', value: 700, change: 700 }]],
      ['  Idle contracted hours', [{ kind: 'money-change', value: 40, change: null }, { kind: 'money-change', value: 0, change: -40 }]],
      ['Payroll total', [{ kind: 'money-change', value: 1000, change: null }, { kind: 'money-change', value: 1200, change: 200 }]],
    ]);
    expect(bestCell(payroll.at(-1)!)).toBe(0);
    // payroll comes right after the cost rows
    expect(named.findIndex((r) => r.group === 'Payroll')).toBe(named.findIndex((r) => r.group === 'Volume') - payroll.length);
    expect(named.find((r) => r.key === 'staffing-gap')!.cells).toEqual([
      { kind: 'text', text: '12.5 agent-hours short in 2 gaps' },
      { kind: 'text', text: 'none' },
    ]);
    expect(named.find((r) => r.key === 'staffing-fix')!.cells).toEqual([
      { kind: 'text', text: 'Hire 2 at Shenzhen from 2026-11-25 (like sz-01)' },
      { kind: 'text', text: 'none needed' },
    ]);
  });

  it('leaves payroll and gap cells empty for a comparison stored before they were reported, or a scenario without a plan', () => {
    const old = {
      ...comparison,
      scenarios: comparison.scenarios.map(({ payroll: _p, payrollVsBaseline: _d, staffingGap: _g, ...rest }) => rest),
    } as unknown as ScenarioComparison;
    const oldRows = comparisonRows(old);
    expect(oldRows.find((r) => r.key === 'payroll/total')!.cells).toEqual([
      { kind: 'money-change', value: null, change: null },
      { kind: 'money-change', value: null, change: null },
    ]);
    expect(oldRows.find((r) => r.key === 'staffing-gap')!.cells).toEqual([
      { kind: 'text', text: '—' },
      { kind: 'text', text: '—' },
    ]);
    const noPlan = { ...comparison, scenarios: [comparison.scenarios[0], { ...comparison.scenarios[1], status: 'infeasible' as const, payroll: null, payrollVsBaseline: null, staffingGap: null }] };
    expect(comparisonRows(noPlan).find((r) => r.key === 'payroll/base')!.cells[1]).toEqual({ kind: 'money-change', value: null, change: null });
  });
});

describe('a plan’s suggested fix as scenarios to compare', () => {
  const hire = { kind: 'hire-agents' as const, siteId: 'manila', count: 3, likeAgentId: 'mnl-01', from: '2026-12-07' };
  const fix = { override: hire, siteName: 'Manila remote team', reason: 'Manila remote team is 3 agents speaking en short.' };
  const stored = (id: string, overrides: Override[] = []) => ({ id, name: id, overrides, live: false, createdAt: '', updatedAt: '' });

  it('makes an “As is” baseline when there is none, then the hire named after it', () => {
    expect(fixScenarioPlan([], fix)).toEqual({
      create: [
        { id: 'as-is', name: 'As is', description: 'The setup as it is, without overrides: the baseline.', overrides: [] },
        {
          id: 'hire-3-at-manila-remote-team-from-2026-12-07',
          name: 'Hire 3 at Manila remote team from 2026-12-07',
          description: 'Suggested by a plan to close a staffing gap. Manila remote team is 3 agents speaking en short.',
          overrides: [hire],
        },
      ],
      compare: ['as-is', 'hire-3-at-manila-remote-team-from-2026-12-07'],
      fixName: 'Hire 3 at Manila remote team from 2026-12-07',
    });
  });

  it('compares with the stored scenario without overrides, reuses the same hire, and never takes an id in use', () => {
    const existing = [stored('deflect', [{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 }]), stored('today'), stored('hire-3-at-manila-remote-team-from-2026-12-07', [{ ...hire, count: 2 }])];
    const plan = fixScenarioPlan(existing, fix);
    expect(plan.create.map((body) => body.id)).toEqual(['hire-3-at-manila-remote-team-from-2026-12-07-2']);
    expect(plan.compare).toEqual(['today', 'hire-3-at-manila-remote-team-from-2026-12-07-2']);
    const again = fixScenarioPlan([...existing, stored('mine', [hire])], fix);
    expect(again).toMatchObject({ create: [], compare: ['today', 'mine'] });
  });

  it('names a vendor cover after its site and dates, and reuses a scenario with exactly that vendor', () => {
    const vendor = {
      kind: 'vendor' as const,
      vendor: {
        id: 'vendor-cover-manila-en-2026-12-07', name: 'Manila en vendor cover 2026-12-07', timeZone: 'Asia/Manila', country: 'PH', languages: ['en'], currency: 'USD',
        serviceHours: [{ days: [1, 2, 3, 4, 5, 6, 7] as Array<1 | 2 | 3 | 4 | 5 | 6 | 7>, start: '00:00', end: '00:00' }], pricePerMessage: 0.15, capacityPerHour: 41, start: '2026-12-07', end: '2026-12-13',
      },
    };
    const plan = fixScenarioPlan([stored('today')], { ...fix, override: vendor });
    expect(plan).toMatchObject({ fixName: 'Vendor cover at Manila remote team 2026-12-07 – 2026-12-13', compare: ['today', 'vendor-cover-at-manila-remote-team-2026-12-07-2026-12-13'] });
    expect(plan.create[0].overrides).toEqual([vendor]);
    expect(fixScenarioPlan([stored('today'), stored('mine', [vendor])], { ...fix, override: vendor })).toMatchObject({ create: [], compare: ['today', 'mine'] });
  });
});

describe('comparison bars', () => {
  it('stacks monthly cost by site so the stacks add up to the cost per month', () => {
    const bars = costBars(comparison);
    expect(bars.series).toEqual([
      { key: 'site0', label: 'manila' },
      { key: 'site1', label: 'shenzhen' },
      { key: 'site2', label: 'v-night (vendor)' },
    ]);
    // as-is: ×4.348 from horizon to month
    expect(bars.rows[0]).toEqual({ scenario: 'AS-IS', site0: 600 * 4.348, site1: 400 * 4.348 });
    const vendorTotal = (bars.rows[1].site0 as number) + (bars.rows[1].site2 as number);
    expect(vendorTotal).toBeCloseTo(5218, 6);
  });

  it('weights waits by messages over the marketplaces', () => {
    const [asIs, vendor] = serviceBars(comparison);
    expect(asIs.averageWait).toBeCloseTo((300 * 4 + 100 * 8) / 400, 10);
    expect(asIs.p90Wait).toBeCloseTo((300 * 9 + 100 * 16) / 400, 10);
    expect(asIs.slaPlanned).toBeCloseTo(99.9, 10);
    expect(asIs.slaSimulated).toBeCloseTo(98.9, 10);
    expect(vendor).toMatchObject({ scenario: 'VENDOR', averageWait: 2, p90Wait: 5, slaPlanned: 100 });
  });
});

describe('frontier', () => {
  const frontier: CostServiceFrontier = {
    reportingCurrency: 'USD',
    grid: { startUtc: '2026-11-23T00:00:00Z', hours: 168, mode: 'dated' },
    marketplaceIds: ['amazon-us'],
    points: [
      { waitTargetHours: 1, slaTarget: 1, status: 'infeasible', cost: null, averageWaitHours: null, slaAttainment: null, solvedCost: null, solvedStatus: 'infeasible' },
      { waitTargetHours: 8, slaTarget: 1, status: 'optimal', cost: 3000, averageWaitHours: 7.5, slaAttainment: 1, solvedCost: 3000, solvedStatus: 'optimal' },
      { waitTargetHours: 4, slaTarget: 1, status: 'optimal', cost: 3600, averageWaitHours: 3.9, slaAttainment: 1, solvedCost: 3600, solvedStatus: 'optimal' },
      { waitTargetHours: 24, slaTarget: 1, status: 'optimal', cost: 3000, averageWaitHours: 7.5, slaAttainment: 1, solvedCost: 3100, solvedStatus: 'feasible', takenFrom: { waitTargetHours: 8, slaTarget: 1 } },
      { waitTargetHours: 8, slaTarget: 0.98, status: 'optimal', cost: 2800, averageWaitHours: 7.9, slaAttainment: 0.98, solvedCost: 2800, solvedStatus: 'optimal' },
    ],
    violations: [],
  };

  it('groups points with a plan by SLA target (strictest first), shortest wait first, marking repaired points', () => {
    const series = frontierSeries(frontier);
    expect(series.map((s) => s.label)).toEqual(['100 % within deadline', '98 % within deadline']);
    expect(series[0].points.map((p) => [p.waitTargetHours, p.averageWaitHours, p.cost, p.repaired])).toEqual([
      [4, 3.9, 3600, false],
      [8, 7.5, 3000, false],
      [24, 7.5, 3000, true],
    ]);
    expect(frontierGaps(frontier)).toEqual([{ waitTargetHours: 1, slaTarget: 1, status: 'infeasible' }]);
  });
});
