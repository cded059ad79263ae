import type { Agent, CalendarEvent, ShiftTemplate, Site } from '@app/domain';
import { agentToDraft, draftToAgent } from './agent-draft';
import { currencyRateToDraft, draftToCurrencyRate } from './currency-rate-draft';
import { draftToEvent, emptyEventDraft, eventToDraft } from './event-draft';
import { draftToShiftTemplate, emptyShiftTemplateDraft, shiftTemplateToDraft } from './shift-template-draft';
import { draftToSite, emptySiteDraft, siteToDraft } from './site-draft';

const shenzhen: Site = {
  id: 'shenzhen',
  name: 'Shenzhen',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  hourlyCost: 32.5,
  premiums: { night: 1.3, weekend: 2, statutoryHoliday: 3 },
  nightHours: { start: '22:00', end: '06:00' },
  holidayCountry: 'CN',
  languages: ['zh', 'en'],
  minHeadcount: 2,
  maxHeadcount: 40,
  shrinkage: 0.3,
  occupancy: 0.85,
};

describe('site draft', () => {
  it('round-trips a site', () => {
    expect(draftToSite(siteToDraft(shenzhen))).toEqual({ ok: true, value: shenzhen });
  });

  it('builds a new site from the defaults plus what the user typed', () => {
    const draft = { ...emptySiteDraft(), id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', currency: 'php', hourlyCost: '210', holidayCountry: 'ph' };
    expect(draftToSite(draft)).toEqual({
      ok: true,
      value: {
        id: 'manila',
        name: 'Manila',
        timeZone: 'Asia/Manila',
        currency: 'PHP',
        hourlyCost: 210,
        premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
        nightHours: { start: '22:00', end: '06:00' },
        holidayCountry: 'PH',
        languages: ['en'],
        minHeadcount: 0,
        maxHeadcount: 10,
        shrinkage: 0.3,
      },
    });
  });

  it('round-trips a site with its own overtime, and drops it when both boxes are cleared', () => {
    const withOvertime: Site = { ...shenzhen, overtime: { multiplier: 2, maxHoursPerAgentPerWeek: 0 } };
    expect(draftToSite(siteToDraft(withOvertime))).toEqual({ ok: true, value: withOvertime });
    const cleared = draftToSite({ ...siteToDraft(withOvertime), overtimeMultiplier: '', overtimeMaxHours: ' ' });
    expect(cleared).toEqual({ ok: true, value: shenzhen });
    expect(cleared.ok && 'overtime' in cleared.value).toBe(false);
  });

  it('asks for both overtime numbers or neither', () => {
    const result = draftToSite({ ...siteToDraft(shenzhen), overtimeMultiplier: '1.5' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.fromEntries(result.errors)).toEqual({ 'overtime.maxHoursPerAgentPerWeek': ['Give the overtime cap too, or clear both for the default.'] });
  });

  it('drops the occupancy when the box is cleared', () => {
    const result = draftToSite({ ...siteToDraft(shenzhen), occupancy: '' });
    expect(result.ok && 'occupancy' in result.value).toBe(false);
  });

  it('keys errors by the API paths of nested fields', () => {
    const result = draftToSite({ ...siteToDraft(shenzhen), weekendPremium: 'double', hourlyCost: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect([...result.errors.keys()]).toEqual(['hourlyCost', 'premiums.weekend']);
  });
});

describe('shift template draft', () => {
  const template: ShiftTemplate = { id: 'sz-day', siteId: 'shenzhen', name: 'Day 9h', lengthHours: 9, paidHours: 8, startTimes: ['08:00', '09:00'], days: [1, 2, 3, 4, 5] };

  it('round-trips a template', () => {
    expect(draftToShiftTemplate(shiftTemplateToDraft(template))).toEqual({ ok: true, value: template });
  });

  it('needs a start time and a day', () => {
    const result = draftToShiftTemplate({ ...emptyShiftTemplateDraft('shenzhen'), id: 'x', name: 'X', startTimes: ' , ', days: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.fromEntries(result.errors)).toEqual({ startTimes: ['Give at least one start time (HH:mm).'], days: ['Pick at least one day.'] });
  });
});

describe('agent draft', () => {
  const agent: Agent = {
    id: 'li-na',
    name: 'Li Na',
    siteId: 'shenzhen',
    languages: ['zh', 'en'],
    contractHoursPerWeek: 40,
    maxConsecutiveDays: 6,
    timeOff: [
      { start: '2025-01-28', end: '2025-02-04', reason: 'Chinese New Year' },
      { start: '2025-03-10', end: '2025-03-10' },
    ],
  };

  it('round-trips an agent with time off (a blank reason stays absent)', () => {
    expect(draftToAgent(agentToDraft(agent))).toEqual({ ok: true, value: agent });
  });

  it('round-trips an agent\'s pay terms, and leaves blank ones absent (the defaults)', () => {
    const hourly: Agent = { ...agent, payBasis: 'hourly', hourlyRate: 38.5, maxDaysPerWeek: 4, shiftTemplateIds: ['sz-4h', 'sz-8h'] };
    expect(draftToAgent(agentToDraft(hourly))).toEqual({ ok: true, value: hourly });
    const draft = agentToDraft(agent);
    expect([draft.payBasis, draft.hourlyRate, draft.maxDaysPerWeek, draft.shiftTemplateIds]).toEqual(['', '', '', []]);
    const back = draftToAgent({ ...agentToDraft(hourly), payBasis: '', hourlyRate: '', maxDaysPerWeek: '', shiftTemplateIds: [] });
    expect(back).toEqual({ ok: true, value: agent });
    expect(back.ok && Object.keys(back.value)).toEqual(['id', 'name', 'siteId', 'languages', 'contractHoursPerWeek', 'maxConsecutiveDays', 'timeOff']);
  });

  it('checks the days per week are a whole number from 1 to 7', () => {
    const result = draftToAgent({ ...agentToDraft(agent), maxDaysPerWeek: '8', hourlyRate: 'lots' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.fromEntries(result.errors)).toEqual({
        hourlyRate: ['Base rate must be a number (got "lots").'],
        maxDaysPerWeek: ['Max days per week must be at most 7.'],
      });
    }
  });

  it('names the time-off row that lacks a date', () => {
    const draft = agentToDraft(agent);
    draft.timeOff[1] = { ...draft.timeOff[1], end: '' };
    const result = draftToAgent(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.fromEntries(result.errors)).toEqual({ 'timeOff.1.end': ['Last day off is required.'] });
  });
});

describe('event draft', () => {
  const cny: CalendarEvent = { id: 'cny-2025', name: 'Chinese New Year', kind: 'holiday', start: '2025-01-28', end: '2025-02-04', marketplaceIds: [], siteIds: ['shenzhen'], availabilityCap: 0.2 };

  it('round-trips an event with an availability cap given in percent', () => {
    const draft = eventToDraft(cny);
    expect(draft.availabilityCapPercent).toBe('20');
    expect(draftToEvent(draft)).toEqual({ ok: true, value: cny });
  });

  it('leaves the volume multiplier out when blank (learned from history)', () => {
    const result = draftToEvent({ ...emptyEventDraft(), id: 'prime-day', name: 'Prime Day', start: '2025-07-08', end: '2025-07-11', marketplaceIds: ['amazon-us'] });
    expect(result).toEqual({ ok: true, value: { id: 'prime-day', name: 'Prime Day', kind: 'peak', start: '2025-07-08', end: '2025-07-11', marketplaceIds: ['amazon-us'], siteIds: [] } });
  });
});

describe('currency rate draft', () => {
  it('round-trips and upper-cases the code', () => {
    expect(draftToCurrencyRate({ ...currencyRateToDraft({ currency: 'CNY', toReporting: 0.1389 }), currency: 'cny' })).toEqual({ ok: true, value: { currency: 'CNY', toReporting: 0.1389 } });
  });
});
