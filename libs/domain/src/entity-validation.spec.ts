import {
  validateAgent,
  validateCalendarEvent,
  validateCurrencyRate,
  validateHistorySeries,
  validateMarketplace,
  validateShiftTemplate,
  validateSite,
} from './entity-validation';
import { marketplaceFromPreset } from './platform-presets';
import { agentShiftTemplateIssues } from './scenario-validation';

describe('single-entity validators (for the API)', () => {
  const marketplace = () =>
    marketplaceFromPreset('amazon', { id: 'amazon-de', name: 'Amazon DE', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'] });

  it('accept a valid entity with no issues', () => {
    expect(validateMarketplace(marketplace())).toEqual([]);
    expect(validateCurrencyRate({ currency: 'PHP', toReporting: 0.017 })).toEqual([]);
  });

  it('prefix paths with the position the caller gives', () => {
    const m = marketplace();
    m.classes[0].share = 0.5;
    expect(validateMarketplace(m, '/marketplaces/3')).toEqual([
      { path: '/marketplaces/3/classes', message: 'The shares of the classes of marketplace "amazon-de" sum to 1.4, not 1.' },
    ]);
    expect(validateMarketplace(m)).toEqual([
      { path: '/classes', message: 'The shares of the classes of marketplace "amazon-de" sum to 1.4, not 1.' },
    ]);
  });

  it('report structural and semantic problems of one entity together', () => {
    const issues = validateSite({
      id: 'sz',
      name: 'Shenzhen',
      timeZone: 'China/Shenzhen',
      currency: 'CNY',
      hourlyCost: -45,
      premiums: { night: 1.2, weekend: 1, statutoryHoliday: 3 },
      nightHours: { start: '22:00', end: '22:00' },
      holidayCountry: 'CN',
      languages: ['zh'],
      minHeadcount: 5,
      maxHeadcount: 4,
      shrinkage: 0.3,
    });
    expect(issues).toEqual([
      { path: '/hourlyCost', message: 'In site "sz", hourlyCost must be at least 0, not -45.' },
      {
        path: '/timeZone',
        message: 'The time zone "China/Shenzhen" of site "sz" is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".',
      },
      { path: '/minHeadcount', message: 'The minimum headcount of site "sz" (5) is above its maximum headcount (4).' },
      {
        path: '/nightHours/end',
        message: 'The night window of site "sz" starts and ends at 22:00; give a window such as 22:00–06:00 (and set the night premium to 1 for no premium).',
      },
    ]);
  });

  it('check templates, agents, events, rates and history on their own', () => {
    expect(
      validateShiftTemplate({ id: 't', siteId: 's', name: 'T', lengthHours: 4, paidHours: 4, startTimes: ['9:00'], days: [0] }).map((i) => i.path),
    ).toEqual(['/startTimes/0', '/days/0']);
    expect(
      validateAgent({ id: 'a', name: 'A', siteId: 's', languages: [], contractHoursPerWeek: 40, maxConsecutiveDays: 0, timeOff: [] }),
    ).toEqual([
      { path: '/languages', message: 'In agent "a", languages must list at least 1 entry.' },
      { path: '/maxConsecutiveDays', message: 'In agent "a", maxConsecutiveDays must be at least 1, not 0.' },
    ]);
    expect(
      validateCalendarEvent({ id: 'e', name: 'E', kind: 'peak', start: '2027-01-12', end: '2027-01-13', marketplaceIds: [], siteIds: [], volumeMultiplier: 2 }),
    ).toEqual([
      { path: '/volumeMultiplier', message: 'Event "e" has a volume multiplier but affects no marketplace; list the marketplaces in marketplaceIds.' },
    ]);
    expect(validateCurrencyRate({ currency: 'php', toReporting: 0 }).map((i) => i.message)).toEqual([
      'In currency rate of php, currency must be a three-letter ISO 4217 currency code in upper case, such as "USD", not "php".',
      'In currency rate of php, toReporting must be greater than 0, not 0.',
    ]);
    expect(validateHistorySeries({ marketplaceId: 'm', classId: null, start: 'yesterday', counts: [] })).toEqual([
      {
        path: '/start',
        message: 'In history series (marketplace "m"), start must be an ISO 8601 instant with its offset, such as "2026-09-07T00:00:00Z", not "yesterday".',
      },
    ]);
  });

  it('check an agent\'s pay terms and a site\'s overtime on their own', () => {
    const agent = { id: 'a', name: 'A', siteId: 's', languages: ['en'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] };
    expect(validateAgent({ ...agent, payBasis: 'hourly', hourlyRate: 12.5, maxDaysPerWeek: 5, shiftTemplateIds: ['s-8h'] })).toEqual([]);
    expect(validateAgent({ ...agent, payBasis: 'monthly', hourlyRate: -3, maxDaysPerWeek: 3.5, shiftTemplateIds: ['s-8h', 's-8h'] })).toEqual([
      { path: '/payBasis', message: 'In agent "a", payBasis must be one of "salaried", "hourly", not "monthly".' },
      { path: '/hourlyRate', message: 'In agent "a", hourlyRate must be greater than 0, not -3.' },
      { path: '/maxDaysPerWeek', message: 'In agent "a", maxDaysPerWeek must be a whole number, not 3.5.' },
      { path: '/shiftTemplateIds', message: 'In agent "a", shiftTemplateIds lists "s-8h" twice.' },
    ]);
    // the default of five working days bounds the contract too
    expect(validateAgent({ ...agent, contractHoursPerWeek: 121 })).toEqual([
      { path: '/contractHoursPerWeek', message: 'Agent "a" is contracted for 121 hours a week but works at most 5 days (120 hours); raise maxDaysPerWeek or lower the contract.' },
    ]);
    const site = {
      id: 'sz', name: 'Shenzhen', timeZone: 'Asia/Shanghai', currency: 'CNY', hourlyCost: 45, premiums: { night: 1.2, weekend: 1, statutoryHoliday: 3 },
      nightHours: { start: '22:00', end: '06:00' }, holidayCountry: 'CN', languages: ['zh'], minHeadcount: 0, maxHeadcount: 4, shrinkage: 0.3,
    };
    expect(validateSite({ ...site, overtime: { multiplier: 2, maxHoursPerAgentPerWeek: 8 } })).toEqual([]);
    expect(validateSite({ ...site, overtime: { multiplier: 0.9, maxHoursPerAgentPerWeek: 8, cap: 1 } })).toEqual([
      { path: '/overtime/cap', message: 'In site "sz", overtime has a field "cap" that a version 2 scenario does not have.' },
      { path: '/overtime/multiplier', message: 'In site "sz", overtime.multiplier must be at least 1, not 0.9.' },
    ]);
  });

  it('check an agent\'s allowed shift templates against the templates of their site', () => {
    const templates = [
      { id: 'sz-8h', siteId: 'shenzhen' },
      { id: 'mnl-8h', siteId: 'manila' },
    ];
    const agent = { id: 'li', siteId: 'shenzhen', shiftTemplateIds: ['sz-8h', 'mnl-8h', 'sz-4h'] };
    expect(agentShiftTemplateIssues(agent, templates).map((issue) => issue.path)).toEqual(['/shiftTemplateIds/1', '/shiftTemplateIds/2']);
    expect(agentShiftTemplateIssues({ ...agent, shiftTemplateIds: ['sz-8h'] }, templates)).toEqual([]);
    expect(agentShiftTemplateIssues({ id: 'li', siteId: 'shenzhen' }, templates)).toEqual([]);
    expect(agentShiftTemplateIssues({ ...agent, siteId: 'krakow', shiftTemplateIds: ['kr-8h'] }, templates)).toEqual([
      { path: '/shiftTemplateIds/0', message: 'Agent "li" may work shift template "kr-8h", which does not exist (site "krakow" has none).' },
    ]);
  });

  it('describe a value of the wrong type without crashing the semantic rules', () => {
    expect(validateMarketplace('amazon')).toEqual([{ path: '', message: 'Marketplace must be an object, not "amazon".' }]);
    expect(validateSite(null)).toEqual([{ path: '', message: 'Site must be an object, not null.' }]);
  });
});
