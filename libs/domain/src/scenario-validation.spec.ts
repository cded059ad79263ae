import { validateScenario, MAX_ISSUES } from './scenario-validation';
import type { ScenarioFile } from './scenario.types';
import type { ValidationIssue } from './validation.types';

/** A small, complete, valid scenario; each test breaks one thing in a copy. */
function validScenario(): ScenarioFile {
  return {
    schemaVersion: 2,
    name: 'Test seller',
    reportingCurrency: 'USD',
    horizon: { start: '2026-11-30', weeks: 4, mode: 'dated' },
    marketplaces: [
      {
        id: 'amazon-us',
        name: 'Amazon US',
        platform: 'amazon',
        timeZone: 'America/New_York',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [
          { id: 'urgent', name: 'Urgent', share: 0.1, replyDeadlineHours: 4, handleMinutes: 8 },
          { id: 'standard', name: 'Standard', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
          { id: 'no-reply', name: 'No reply', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
        ],
      },
      {
        id: 'shopify-us',
        name: 'Shopify',
        platform: 'shopify',
        timeZone: 'America/Los_Angeles',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 9, handleMinutes: 5 }],
        waitTarget: { averageHours: 6 },
      },
    ],
    sites: [
      {
        id: 'shenzhen',
        name: 'Shenzhen',
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        hourlyCost: 45,
        premiums: { night: 1.2, weekend: 1, statutoryHoliday: 3 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'CN',
        languages: ['en', 'zh'],
        minHeadcount: 0,
        maxHeadcount: 40,
        shrinkage: 0.3,
      },
    ],
    shiftTemplates: [
      { id: 'sz-8h', siteId: 'shenzhen', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['09:00', '21:00'], days: [1, 2, 3, 4, 5, 6, 7] },
    ],
    agents: [
      {
        id: 'sz-01',
        name: 'Wang Wei',
        siteId: 'shenzhen',
        languages: ['en', 'zh'],
        contractHoursPerWeek: 40,
        maxConsecutiveDays: 6,
        timeOff: [{ start: '2026-12-21', end: '2026-12-27', reason: 'leave' }],
      },
    ],
    events: [
      { id: 'cny', name: 'Chinese New Year', kind: 'holiday', start: '2027-02-05', end: '2027-02-07', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 },
      { id: 'prime', name: 'Prime Day', kind: 'peak', start: '2027-01-12', end: '2027-01-13', marketplaceIds: ['amazon-us'], siteIds: [], volumeMultiplier: 3 },
    ],
    currencyRates: [{ currency: 'CNY', toReporting: 0.14 }],
    history: [
      { marketplaceId: 'amazon-us', classId: null, start: '2026-11-01T00:00:00Z', counts: [3, 0, null, 5] },
      { marketplaceId: 'amazon-us', classId: 'urgent', start: '2026-11-01T00:00:00Z', counts: [1, 0, null, 1] },
    ],
  };
}

function issuesOf(mutate: (s: ScenarioFile & Record<string, unknown>) => void): ValidationIssue[] {
  const scenario = validScenario() as ScenarioFile & Record<string, unknown>;
  mutate(scenario);
  const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
  if (result.ok) throw new Error('expected the scenario to be invalid');
  return result.issues;
}

describe('validateScenario', () => {
  it('accepts a complete scenario and returns it typed', () => {
    const scenario = validScenario();
    const result = validateScenario(scenario);
    expect(result).toEqual({ ok: true, scenario });
  });

  it('rejects something that is not an object', () => {
    expect(validateScenario([1])).toEqual({ ok: false, issues: [{ path: '', message: 'A scenario file must be a JSON object, not a list.' }] });
  });

  it('tells a file from a newer followsun apart from a broken one', () => {
    expect(issuesOf((s) => ((s as { schemaVersion: number }).schemaVersion = 3))).toEqual([
      { path: '/schemaVersion', message: 'This scenario file was written by a newer followsun (version 3); this build reads version 2.' },
    ]);
    expect(issuesOf((s) => delete (s as Partial<ScenarioFile>).schemaVersion)[0].message).toBe(
      'The scenario has no "schemaVersion"; this build reads version 2.',
    );
    expect(issuesOf((s) => ((s as { schemaVersion: unknown }).schemaVersion = '1'))[0].path).toBe('/schemaVersion');
    expect(issuesOf((s) => ((s as { schemaVersion: unknown }).schemaVersion = 0))).toEqual([
      { path: '/schemaVersion', message: 'The schemaVersion 0 is not a version of the scenario format; this build reads version 2.' },
    ]);
  });

  it('reads a version 1 file as version 2, every agent paid by the hour, without changing the input', () => {
    const v1 = JSON.parse(JSON.stringify({ ...validScenario(), schemaVersion: 1 }));
    const copy = JSON.parse(JSON.stringify(v1));
    const result = validateScenario(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.schemaVersion).toBe(2);
    expect(result.scenario.agents.map((a) => a.payBasis)).toEqual(['hourly']);
    expect(result.scenario.sites[0].overtime).toBeUndefined();
    expect(v1).toEqual(copy);
  });

  it('checks a version 1 file by the version 2 rules, with the same paths', () => {
    const v1 = JSON.parse(JSON.stringify({ ...validScenario(), schemaVersion: 1 }));
    v1.agents[0].contractHoursPerWeek = -1;
    expect(validateScenario(v1)).toEqual({
      ok: false,
      issues: [{ path: '/agents/0/contractHoursPerWeek', message: 'In agent "sz-01", contractHoursPerWeek must be at least 0, not -1.' }],
    });
  });

  it('accepts the pay terms of agents and the overtime of sites', () => {
    const scenario = validScenario();
    scenario.sites[0].overtime = { multiplier: 1, maxHoursPerAgentPerWeek: 0 };
    scenario.shiftTemplates.push({ ...scenario.shiftTemplates[0], id: 'sz-4h', lengthHours: 4, paidHours: 4 });
    Object.assign(scenario.agents[0], { payBasis: 'salaried', hourlyRate: 52.5, maxDaysPerWeek: 7, shiftTemplateIds: ['sz-4h', 'sz-8h'] });
    scenario.agents.push({ ...scenario.agents[0], id: 'sz-02', payBasis: 'hourly', maxDaysPerWeek: 1, contractHoursPerWeek: 20, shiftTemplateIds: ['sz-4h'] });
    expect(validateScenario(scenario)).toEqual({ ok: true, scenario });
  });

  it('reports pay terms out of range with the value found', () => {
    const issues = issuesOf((s) => {
      Object.assign(s.agents[0], { payBasis: 'weekly', hourlyRate: 0, maxDaysPerWeek: 8, shiftTemplateIds: [] });
      s.sites[0].overtime = { multiplier: 0.5, maxHoursPerAgentPerWeek: -1 };
    });
    expect(issues).toEqual([
      { path: '/sites/0/overtime/multiplier', message: 'In site "shenzhen", overtime.multiplier must be at least 1, not 0.5.' },
      { path: '/sites/0/overtime/maxHoursPerAgentPerWeek', message: 'In site "shenzhen", overtime.maxHoursPerAgentPerWeek must be at least 0, not -1.' },
      { path: '/agents/0/payBasis', message: 'In agent "sz-01", payBasis must be one of "salaried", "hourly", not "weekly".' },
      { path: '/agents/0/hourlyRate', message: 'In agent "sz-01", hourlyRate must be greater than 0, not 0.' },
      { path: '/agents/0/maxDaysPerWeek', message: 'In agent "sz-01", maxDaysPerWeek must be at most 7, not 8.' },
      { path: '/agents/0/shiftTemplateIds', message: 'In agent "sz-01", shiftTemplateIds must list at least 1 entry.' },
    ]);
    expect(issuesOf((s) => (s.agents[0].maxDaysPerWeek = 2.5))).toEqual([
      { path: '/agents/0/maxDaysPerWeek', message: 'In agent "sz-01", maxDaysPerWeek must be a whole number, not 2.5.' },
    ]);
    expect(issuesOf((s) => (s.agents[0].maxDaysPerWeek = 0))[0].message).toBe('In agent "sz-01", maxDaysPerWeek must be at least 1, not 0.');
    expect(issuesOf((s) => ((s.sites[0] as { overtime?: unknown }).overtime = { multiplier: 2 }))).toEqual([
      { path: '/sites/0/overtime/maxHoursPerAgentPerWeek', message: 'In site "shenzhen", overtime has no "maxHoursPerAgentPerWeek", which is required.' },
    ]);
  });

  it('reports a contract that does not fit in the working days', () => {
    expect(issuesOf((s) => Object.assign(s.agents[0], { maxDaysPerWeek: 1, contractHoursPerWeek: 30 }))).toEqual([
      {
        path: '/agents/0/contractHoursPerWeek',
        message: 'Agent "sz-01" is contracted for 30 hours a week but works at most 1 day (24 hours); raise maxDaysPerWeek or lower the contract.',
      },
    ]);
  });

  it('requires the allowed shift templates to exist at the agent\'s own site', () => {
    const issues = issuesOf((s) => {
      s.sites.push({ ...s.sites[0], id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'USD', holidayCountry: 'PH' });
      s.shiftTemplates.push({ ...s.shiftTemplates[0], id: 'mnl-8h', siteId: 'manila' });
      s.agents[0].shiftTemplateIds = ['sz-8h', 'mnl-8h', 'sz-12h', 'sz-8h'];
    });
    expect(issues).toEqual([
      { path: '/agents/0/shiftTemplateIds', message: 'In agent "sz-01", shiftTemplateIds lists "sz-8h" twice.' },
      {
        path: '/agents/0/shiftTemplateIds/1',
        message:
          'Agent "sz-01" works at site "shenzhen" but may work shift template "mnl-8h", which belongs to site "manila"; an agent works only templates of their own site (templates of site "shenzhen": sz-8h).',
      },
      {
        path: '/agents/0/shiftTemplateIds/2',
        message: 'Agent "sz-01" may work shift template "sz-12h", which does not exist (templates of site "shenzhen": sz-8h).',
      },
    ]);
    // an agent at a site that does not exist: said once
    expect(issuesOf((s) => Object.assign(s.agents[0], { siteId: 'manila', shiftTemplateIds: ['sz-8h'] })).map((i) => i.path)).toEqual(['/agents/0/siteId']);
  });

  it('reports class shares that do not sum to 1, naming the marketplace and the sum', () => {
    expect(issuesOf((s) => (s.marketplaces[0].classes[1].share = 0.7))).toEqual([
      { path: '/marketplaces/0/classes', message: 'The shares of the classes of marketplace "amazon-us" sum to 0.9, not 1.' },
    ]);
  });

  it('accepts shares within 1e-6 of 1', () => {
    const scenario = validScenario();
    scenario.marketplaces[0].classes = [
      { id: 'a', name: 'A', share: 1 / 3, replyDeadlineHours: 4, handleMinutes: 5 },
      { id: 'b', name: 'B', share: 1 / 3, replyDeadlineHours: 4, handleMinutes: 5 },
      { id: 'c', name: 'C', share: 0.3333334, replyDeadlineHours: 4, handleMinutes: 5 },
    ];
    scenario.history = [];
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('reports an unknown time zone and an unsupported holiday country', () => {
    expect(
      issuesOf((s) => {
        s.sites[0].timeZone = 'Asia/Shenzhen';
        s.sites[0].holidayCountry = 'XX';
      }),
    ).toEqual([
      {
        path: '/sites/0/timeZone',
        message: 'The time zone "Asia/Shenzhen" of site "shenzhen" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".',
      },
      {
        path: '/sites/0/holidayCountry',
        message:
          'There is no public-holiday calendar for "XX" (the country of site "shenzhen"); use an ISO 3166-1 country code such as "US", "CN" or "DE", optionally with a subdivision such as "US-CA".',
      },
    ]);
  });

  it('reports negative costs, handle times and headcounts with the value found', () => {
    const issues = issuesOf((s) => {
      s.sites[0].hourlyCost = -1;
      s.sites[0].minHeadcount = -2;
      s.marketplaces[0].classes[0].handleMinutes = -5;
    });
    expect(issues).toEqual([
      { path: '/marketplaces/0/classes/0/handleMinutes', message: 'In class "urgent" of marketplace "amazon-us", handleMinutes must be at least 0, not -5.' },
      { path: '/sites/0/hourlyCost', message: 'In site "shenzhen", hourlyCost must be at least 0, not -1.' },
      { path: '/sites/0/minHeadcount', message: 'In site "shenzhen", minHeadcount must be at least 0, not -2.' },
    ]);
  });

  it('reports minimum headcount above maximum, shrinkage of 1 and occupancy of 0', () => {
    const issues = issuesOf((s) => {
      s.sites[0].minHeadcount = 50;
      s.sites[0].shrinkage = 1;
      s.sites[0].occupancy = 0;
    });
    expect(issues.map((i) => i.path)).toEqual(['/sites/0/shrinkage', '/sites/0/occupancy', '/sites/0/minHeadcount']);
    expect(issues[2].message).toBe('The minimum headcount of site "shenzhen" (50) is above its maximum headcount (40).');
    expect(issues[0].message).toBe('In site "shenzhen", shrinkage must be less than 1, not 1.');
  });

  it('reports times of day and dates that are not real', () => {
    const issues = issuesOf((s) => {
      s.shiftTemplates[0].startTimes = ['24:00'];
      s.events[0].start = '2027-02-30';
      s.agents[0].timeOff[0].end = '2026-12-20';
    });
    expect(issues).toEqual([
      {
        path: '/shiftTemplates/0/startTimes/0',
        message: 'In shift template "sz-8h", startTimes[0] must be a time of day HH:mm between 00:00 and 23:59, not "24:00".',
      },
      { path: '/events/0/start', message: 'In event "cny", start must be a real calendar date YYYY-MM-DD, not "2027-02-30".' },
      { path: '/agents/0/timeOff/0/end', message: 'The time off of agent "sz-01" from 2026-12-21 ends on 2026-12-20, before it starts.' },
    ]);
  });

  it('reports an event that ends before it starts', () => {
    expect(issuesOf((s) => (s.events[1].end = '2027-01-11'))).toEqual([
      { path: '/events/1/end', message: 'Event "prime" ends on 2027-01-11, before it starts on 2027-01-12.' },
    ]);
  });

  it('reports a business clock that closes before it opens', () => {
    expect(
      issuesOf((s) => {
        const clock = s.marketplaces[1].replyClock;
        if (clock.kind === 'business') clock.close = '08:00';
      }),
    ).toEqual([
      {
        path: '/marketplaces/1/replyClock/close',
        message: 'The reply clock of marketplace "shopify-us" closes at 08:00, which is not after it opens at 09:00; close must be later the same day.',
      },
    ]);
  });

  it('reports an unknown reply clock kind once', () => {
    const issues = issuesOf((s) => ((s.marketplaces[0] as { replyClock: unknown }).replyClock = { kind: 'weekly' }));
    expect(issues).toEqual([
      { path: '/marketplaces/0/replyClock', message: 'In marketplace "amazon-us", replyClock has the kind "weekly"; use "calendar" or "business".' },
    ]);
    expect(issuesOf((s) => ((s.marketplaces[0] as { replyClock: unknown }).replyClock = {}))).toEqual([
      { path: '/marketplaces/0/replyClock/kind', message: 'In marketplace "amazon-us", replyClock has no "kind", which is required.' },
    ]);
  });

  it('reports template paid hours above its length and lengths over 24 h', () => {
    expect(issuesOf((s) => (s.shiftTemplates[0].paidHours = 9))).toEqual([
      { path: '/shiftTemplates/0/paidHours', message: 'Shift template "sz-8h" pays 9 hours but is only 8 hours long; paid hours must not exceed the length.' },
    ]);
    expect(issuesOf((s) => (s.shiftTemplates[0].lengthHours = 25))[0]).toEqual({
      path: '/shiftTemplates/0/lengthHours',
      message: 'In shift template "sz-8h", lengthHours must be at most 24, not 25.',
    });
  });

  it('reports availability caps outside [0,1] and non-positive volume multipliers', () => {
    const issues = issuesOf((s) => {
      s.events[0].availabilityCap = 1.5;
      s.events[1].volumeMultiplier = 0;
    });
    expect(issues.map((i) => i.message)).toEqual([
      'In event "cny", availabilityCap must be at most 1, not 1.5.',
      'In event "prime", volumeMultiplier must be greater than 0, not 0.',
    ]);
  });

  it('reports duplicate ids per collection and class ids per marketplace', () => {
    const issues = issuesOf((s) => {
      s.agents.push({ ...s.agents[0], name: 'Someone else' });
      s.marketplaces[0].classes[2].id = 'urgent';
    });
    expect(issues).toEqual([
      { path: '/agents/1/id', message: 'Two agents have the id "sz-01" (entries 1 and 2); ids must be unique.' },
      {
        path: '/marketplaces/0/classes/2/id',
        message: 'Marketplace "amazon-us" has two classes with the id "urgent" (classes 1 and 3); class ids must be unique within a marketplace.',
      },
    ]);
  });

  it('reports references to sites, marketplaces and classes that do not exist', () => {
    const issues = issuesOf((s) => {
      s.shiftTemplates[0].siteId = 'manila';
      s.agents[0].siteId = 'manila';
      s.events[1].marketplaceIds = ['amazon-us', 'amazon-fr'];
      s.events[0].siteIds = ['manila'];
      s.history[1].classId = 'vip';
      s.history.push({ marketplaceId: 'ebay-de', classId: null, start: '2026-11-01T00:00:00Z', counts: [1] });
    });
    expect(issues).toEqual([
      { path: '/shiftTemplates/0/siteId', message: 'Shift template "sz-8h" belongs to site "manila", which does not exist (known: shenzhen).' },
      { path: '/agents/0/siteId', message: 'Agent "sz-01" belongs to site "manila", which does not exist (known: shenzhen).' },
      { path: '/events/0/siteIds/0', message: 'Event "cny" affects site "manila", which does not exist (known: shenzhen).' },
      { path: '/events/1/marketplaceIds/1', message: 'Event "prime" affects marketplace "amazon-fr", which does not exist (known: amazon-us, shopify-us).' },
      {
        path: '/history/1/classId',
        message: 'History series 2 is for class "vip", which marketplace "amazon-us" does not have (known: urgent, standard, no-reply).',
      },
      { path: '/history/2/marketplaceId', message: 'History series 3 is for marketplace "ebay-de", which does not exist (known: amazon-us, shopify-us).' },
    ]);
  });

  it('requires a currency rate for every site currency other than the reporting currency', () => {
    expect(issuesOf((s) => (s.currencyRates = []))).toEqual([
      {
        path: '/sites/0/currency',
        message:
          'Site "shenzhen" is paid in CNY, but there is no currency rate from CNY to the reporting currency USD; add one to currencyRates.',
      },
    ]);
    const scenario = validScenario();
    scenario.reportingCurrency = 'CNY';
    scenario.currencyRates = [];
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('reports history that does not start on a UTC hour, and counts that are not whole non-negative numbers', () => {
    const issues = issuesOf((s) => {
      s.history[0].start = '2026-11-01T05:30:00+05:30';
      s.history[1].start = '2026-11-01T00:30:00Z';
      s.history[0].counts = [1, -1, 2.5, null];
    });
    expect(issues).toEqual([
      { path: '/history/0/counts/1', message: 'In history series 1 (marketplace "amazon-us"), counts[1] must be at least 0, not -1.' },
      {
        path: '/history/0/counts/2',
        message: 'In history series 1 (marketplace "amazon-us"), counts[2] must be a whole number or null, not 2.5.',
      },
      {
        path: '/history/1/start',
        message:
          'The history of marketplace "amazon-us" starts at "2026-11-01T00:30:00Z", which is not the top of a UTC hour (such as "2026-09-07T13:00:00Z").',
      },
    ]);
  });

  it('names missing and unknown fields', () => {
    const issues = issuesOf((s) => {
      delete (s.sites[0] as Partial<typeof s.sites[0]>).shrinkage;
      (s.agents[0] as unknown as Record<string, unknown>).skills = ['en'];
    });
    expect(issues).toEqual([
      { path: '/sites/0/shrinkage', message: 'Site "shenzhen" has no "shrinkage", which is required.' },
      { path: '/agents/0/skills', message: 'Agent "sz-01" has a field "skills" that a version 2 scenario does not have.' },
    ]);
  });

  it('collects every problem at once, capped with a count of the rest', () => {
    const scenario = validScenario();
    scenario.history[0].counts = Array.from({ length: MAX_ISSUES + 50 }, () => -1);
    const result = validateScenario(scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues[MAX_ISSUES]).toEqual({ path: '', message: '… and 50 more problems.' });
  });

  it('reports semantic problems even when the same entity also has structural ones', () => {
    const issues = issuesOf((s) => {
      s.marketplaces[0].timeZone = 'Mars/Olympus';
      s.marketplaces[0].languages = ['EN'];
    });
    expect(issues.map((i) => i.path)).toEqual(['/marketplaces/0/languages/0', '/marketplaces/0/timeZone']);
  });
});
