import { hasHolidayCalendar, isIsoDate, isTimeOfDay, isValidTimeZone, localToUtc } from '@app/domain';
import type { RotaInputIssue } from './rota-input.error';
import type { RotaInput, RotaPin } from './rota.types';

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isInstant = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Everything the rota reads, checked up front so a bad file fails with the path of the bad
 * field rather than half-way through the assignment. Returns no issues for a usable input.
 */
export function validateRotaInput(input: RotaInput): RotaInputIssue[] {
  const issues: RotaInputIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  const { scenario, plan } = input ?? ({} as RotaInput);
  if (!scenario || typeof scenario !== 'object') return [{ path: 'scenario', message: 'missing' }];
  if (!plan || typeof plan !== 'object') return [{ path: 'plan', message: 'missing' }];
  for (const key of ['sites', 'agents', 'shiftTemplates', 'marketplaces', 'events', 'currencyRates'] as const) {
    if (!Array.isArray(scenario[key])) issue(`scenario.${key}`, 'must be an array');
  }
  if (!Array.isArray(plan.shifts)) issue('plan.shifts', 'must be an array');
  if (!plan.grid || !isInstant(plan.grid.startUtc)) issue('plan.grid.startUtc', 'must be an ISO instant');
  else if (!(Number.isInteger(plan.grid.hours) && plan.grid.hours > 0)) issue('plan.grid.hours', 'must be a positive integer');
  if (issues.length) return issues;

  const sites = new Map(scenario.sites.map((site) => [site.id, site]));
  scenario.sites.forEach((site, i) => {
    if (!isValidTimeZone(site.timeZone)) issue(`scenario.sites[${i}].timeZone`, `unknown IANA time zone "${site.timeZone}"`);
    if (!hasHolidayCalendar(String(site.holidayCountry ?? ''))) {
      issue(`scenario.sites[${i}].holidayCountry`, `no public-holiday calendar for "${site.holidayCountry}"`);
    }
    if (!site.nightHours || !isTimeOfDay(site.nightHours.start) || !isTimeOfDay(site.nightHours.end)) {
      issue(`scenario.sites[${i}].nightHours`, 'needs start and end "HH:mm"');
    }
    if (!site.premiums || !(site.premiums.statutoryHoliday >= 1)) issue(`scenario.sites[${i}].premiums.statutoryHoliday`, 'must be a multiplier ≥ 1');
  });
  const templates = new Map(scenario.shiftTemplates.map((template) => [template.id, template]));
  scenario.shiftTemplates.forEach((template, i) => {
    if (!sites.has(template.siteId)) issue(`scenario.shiftTemplates[${i}].siteId`, `unknown site "${template.siteId}"`);
    if (!(template.paidHours > 0)) issue(`scenario.shiftTemplates[${i}].paidHours`, 'must be positive');
  });
  const agentIds = new Set<string>();
  scenario.agents.forEach((agent, i) => {
    const path = `scenario.agents[${i}]`;
    if (!isNonEmptyString(agent.id)) issue(`${path}.id`, 'missing');
    else if (agentIds.has(agent.id)) issue(`${path}.id`, `duplicate agent id "${agent.id}"`);
    agentIds.add(agent.id);
    if (!sites.has(agent.siteId)) issue(`${path}.siteId`, `unknown site "${agent.siteId}"`);
    if (!Array.isArray(agent.languages)) issue(`${path}.languages`, 'must be an array');
    if (!(agent.contractHoursPerWeek > 0)) issue(`${path}.contractHoursPerWeek`, 'must be positive');
    (agent.timeOff ?? []).forEach((off, j) => {
      if (!isIsoDate(off.start) || !isIsoDate(off.end) || off.end < off.start) {
        issue(`${path}.timeOff[${j}]`, 'needs start ≤ end, dates YYYY-MM-DD');
      }
    });
  });
  scenario.events.forEach((event, i) => {
    if (!isIsoDate(event.start) || !isIsoDate(event.end) || event.end < event.start) issue(`scenario.events[${i}]`, 'needs start ≤ end, dates YYYY-MM-DD');
    if (event.availabilityCap !== undefined && !(event.availabilityCap >= 0 && event.availabilityCap <= 1)) {
      issue(`scenario.events[${i}].availabilityCap`, 'must lie in 0..1');
    }
  });

  plan.shifts.forEach((shift, i) => {
    const path = `plan.shifts[${i}]`;
    const site = sites.get(shift.siteId);
    if (!site) return issue(`${path}.siteId`, `unknown site "${shift.siteId}" (not in the scenario)`);
    const template = templates.get(shift.templateId);
    if (!template) issue(`${path}.templateId`, `unknown shift template "${shift.templateId}"`);
    else if (template.siteId !== shift.siteId) issue(`${path}.templateId`, `template "${shift.templateId}" belongs to site "${template.siteId}", not "${shift.siteId}"`);
    if (!isIsoDate(shift.date)) return issue(`${path}.date`, `"${shift.date}" is not a date YYYY-MM-DD`);
    if (!isTimeOfDay(shift.localStart)) return issue(`${path}.localStart`, `"${shift.localStart}" is not a time HH:mm`);
    if (!isInstant(shift.startUtc) || !isInstant(shift.endUtc) || Date.parse(shift.endUtc) <= Date.parse(shift.startUtc)) {
      return issue(path, 'needs startUtc < endUtc, ISO instants');
    }
    if (!(Number.isInteger(shift.count) && shift.count >= 0)) issue(`${path}.count`, 'must be a whole number ≥ 0');
    if (shift.languages !== undefined && !(Array.isArray(shift.languages) && shift.languages.every(isNonEmptyString))) {
      issue(`${path}.languages`, 'must be an array of language codes');
    }
    if (isValidTimeZone(site.timeZone) && localToUtc(shift.date, shift.localStart, site.timeZone) !== Date.parse(shift.startUtc)) {
      issue(`${path}.startUtc`, `${shift.startUtc} is not ${shift.date} ${shift.localStart} in ${site.timeZone}`);
    }
  });

  (input.pins ?? []).forEach((pin, i) => validatePin(pin, `pins[${i}]`, agentIds, issue));
  if (input.pins !== undefined && !Array.isArray(input.pins)) issue('pins', 'must be an array');
  if (input.holidayDutyHistory !== undefined && !Array.isArray(input.holidayDutyHistory)) issue('holidayDutyHistory', 'must be an array');
  (input.holidayDutyHistory ?? []).forEach((record, i) => {
    if (!record || !isNonEmptyString(record.agentId)) issue(`holidayDutyHistory[${i}].agentId`, 'missing');
    if (!record || !isIsoDate(record.date)) issue(`holidayDutyHistory[${i}].date`, 'must be a date YYYY-MM-DD');
    if (!record || !isNonEmptyString(record.holiday)) issue(`holidayDutyHistory[${i}].holiday`, 'missing');
  });

  const options = input.options ?? {};
  const positive = (key: keyof typeof options, integer: boolean) => {
    const value = options[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !(value >= 0) || (integer && !Number.isInteger(value))) issue(`options.${key}`, `must be a${integer ? ' whole' : ''} number ≥ 0`);
  };
  positive('restHours', false);
  positive('weeklyHoursTolerance', false);
  positive('defaultMaxConsecutiveDays', true);
  positive('improvementPasses', true);
  positive('fillSearchBudget', true);
  positive('annealStepsPerSeat', true);
  positive('seed', true);
  if (options.generatedAt !== undefined && !isInstant(options.generatedAt)) issue('options.generatedAt', 'must be an ISO instant');
  return issues;
}

function validatePin(pin: RotaPin, path: string, agentIds: Set<string>, issue: (path: string, message: string) => void): void {
  if (!pin || typeof pin !== 'object') return issue(path, 'must be an object');
  if (!isNonEmptyString(pin.agentId)) issue(`${path}.agentId`, 'missing');
  else if (!agentIds.has(pin.agentId)) issue(`${path}.agentId`, `unknown agent "${pin.agentId}"`);
  if ('off' in pin) {
    if (pin.off !== true) issue(`${path}.off`, 'must be true (a day-off pin)');
    if (!isIsoDate(pin.date)) issue(`${path}.date`, 'must be a date YYYY-MM-DD');
    return;
  }
  if (!('shift' in pin) || !pin.shift || typeof pin.shift !== 'object') {
    return issue(path, 'needs either "shift" {siteId, templateId, date, localStart} or "date" with "off": true');
  }
  if (!isNonEmptyString(pin.shift.siteId)) issue(`${path}.shift.siteId`, 'missing');
  if (!isNonEmptyString(pin.shift.templateId)) issue(`${path}.shift.templateId`, 'missing');
  if (!isIsoDate(pin.shift.date)) issue(`${path}.shift.date`, 'must be a date YYYY-MM-DD');
  if (!isTimeOfDay(pin.shift.localStart)) issue(`${path}.shift.localStart`, 'must be a time HH:mm');
}
