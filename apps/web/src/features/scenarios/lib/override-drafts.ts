import type { IsoWeekday, PayBasis } from '@app/domain';
import { isIsoDate, isTimeOfDay } from '@app/domain/time';
import { DraftParser, listToText, numberToText, parseList, shareToPercentText } from '../../../lib/draft-parser';
import type { LocalWeeklyWindow, Override, OverrideKind } from '../api/scenario.types';

/**
 * One form per override kind the scenarios library supports. A draft holds the text the form
 * shows; `parseOverrideDraft` turns it into the override the API stores (the API then checks it
 * against the setup: known ids, dates inside the horizon …).
 */

export interface VolumeMultiplierDraft {
  kind: 'volume-multiplier';
  name: string;
  start: string;
  end: string;
  /** Empty: every marketplace. */
  marketplaceIds: string[];
  multiplier: string;
}

export interface DeflectionDraft {
  kind: 'deflection';
  marketplaceId: string;
  classId: string;
  /** Percent. */
  rate: string;
}

export interface SiteAvailabilityDraft {
  kind: 'site-availability';
  name: string;
  siteId: string;
  start: string;
  end: string;
  /** Percent of the site's headcount allowed on duty; 0 = closed. */
  availability: string;
}

export interface CostChangeDraft {
  kind: 'cost-change';
  siteId: string;
  mode: 'rise' | 'cost';
  wageRisePercent: string;
  hourlyCost: string;
  /** Premium multipliers; blank = unchanged. */
  nightPremium: string;
  weekendPremium: string;
  holidayPremium: string;
  /** Blank = unchanged. */
  nightStart: string;
  nightEnd: string;
}

export interface AddSiteDraft {
  kind: 'add-site';
  id: string;
  name: string;
  timeZone: string;
  holidayCountry: string;
  currency: string;
  hourlyCost: string;
  languages: string;
  maxHeadcount: string;
  /** Percent. */
  shrinkage: string;
  shiftLengthHours: string;
  startTimes: string;
  /** Value of 1 unit of the site's currency in the reporting currency; blank when the setup has a rate. */
  currencyRate: string;
}

export interface VendorDraft {
  kind: 'vendor';
  id: string;
  name: string;
  timeZone: string;
  country: string;
  days: IsoWeekday[];
  start: string;
  end: string;
  /** Service windows beyond the first, kept as they are when editing. */
  moreWindows: LocalWeeklyWindow[];
  languages: string;
  marketplaceIds: string[];
  currency: string;
  pricePerMessage: string;
  capacityPerHour: string;
  currencyRate: string;
}

export interface AutoReplyDraft {
  kind: 'auto-reply';
  marketplaceId: string;
  days: IsoWeekday[];
  start: string;
  end: string;
  moreWindows: LocalWeeklyWindow[];
}

export interface HireAgentsDraft {
  kind: 'hire-agents';
  siteId: string;
  count: string;
  /** '' = no template agent (the site's defaults). */
  likeAgentId: string;
  from: string;
  /** Blank = "<site name> hire". */
  namePrefix: string;
  /** Blank = copied from the template agent (or the site's languages). */
  languages: string;
  contractHoursPerWeek: string;
  /** '' = copied (or the pay policy's default). */
  payBasis: '' | PayBasis;
  hourlyRate: string;
  /** None ticked = copied (or every template of the site). */
  shiftTemplateIds: string[];
}

export interface AgentLeaveDraft {
  kind: 'agent-leave';
  agentIds: string[];
  start: string;
  end: string;
  /** Blank = "leave". */
  reason: string;
}

export interface MoveAgentsDraft {
  kind: 'move-agents';
  fromSiteId: string;
  /** Who moves: the first `count` agents of the site by id, or the agents ticked. */
  who: 'count' | 'agents';
  count: string;
  agentIds: string[];
  /** '' = they stay at their site. */
  toSiteId: string;
  /** None ticked = their templates are unchanged (staying) or every template of the new site. */
  shiftTemplateIds: string[];
}

export type OverrideDraft =
  | VolumeMultiplierDraft
  | DeflectionDraft
  | SiteAvailabilityDraft
  | CostChangeDraft
  | AddSiteDraft
  | VendorDraft
  | AutoReplyDraft
  | HireAgentsDraft
  | AgentLeaveDraft
  | MoveAgentsDraft;

export const OVERRIDE_KINDS: ReadonlyArray<{ kind: OverrideKind; label: string; hint: string }> = [
  { kind: 'volume-multiplier', label: 'Peak volume', hint: 'More (or fewer) messages on some buyers’ dates, e.g. Prime Day ×3' },
  { kind: 'deflection', label: 'Self-service deflection', hint: 'A share of one class’s messages never reaches an agent' },
  { kind: 'site-availability', label: 'Site closure or reduced availability', hint: 'Chinese New Year, Golden Week: a cap on the site’s headcount on duty' },
  { kind: 'cost-change', label: 'Pay change', hint: 'A wage rise or new hourly cost, and changed premiums at one site' },
  { kind: 'add-site', label: 'New team', hint: 'A remote team in another time zone, with its shifts' },
  { kind: 'vendor', label: 'Outsourcing vendor', hint: 'Answers in its service hours for a price per message' },
  { kind: 'auto-reply', label: 'Auto-reply hours', hint: 'An instant acknowledgement in some buyers’ hours; the human reply still has its deadline' },
  { kind: 'hire-agents', label: 'Hiring', hint: 'New named agents at a site from a date, on the terms of an agent like them' },
  { kind: 'agent-leave', label: 'Leave', hint: 'Some agents off on some dates' },
  { kind: 'move-agents', label: 'Agents moved', hint: 'Agents to other shifts (e.g. the night shift) or to another site' },
];

export interface DraftContext {
  /** First marketplace / site / class ids, to start a new draft with a sensible choice. */
  marketplaces: ReadonlyArray<{ id: string; classes: ReadonlyArray<{ id: string }> }>;
  siteIds: readonly string[];
  /** A date inside the horizon for new date ranges. */
  firstDate: string;
}

const EVERY_DAY: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

export function emptyOverrideDraft(kind: OverrideKind, context: DraftContext): OverrideDraft {
  const marketplace = context.marketplaces[0];
  const siteId = context.siteIds[0] ?? '';
  switch (kind) {
    case 'volume-multiplier':
      return { kind, name: '', start: context.firstDate, end: context.firstDate, marketplaceIds: [], multiplier: '2' };
    case 'deflection':
      return { kind, marketplaceId: marketplace?.id ?? '', classId: marketplace?.classes[0]?.id ?? '', rate: '30' };
    case 'site-availability':
      return { kind, name: '', siteId, start: context.firstDate, end: context.firstDate, availability: '0' };
    case 'cost-change':
      return { kind, siteId, mode: 'rise', wageRisePercent: '5', hourlyCost: '', nightPremium: '', weekendPremium: '', holidayPremium: '', nightStart: '', nightEnd: '' };
    case 'add-site':
      return { kind, id: '', name: '', timeZone: '', holidayCountry: '', currency: '', hourlyCost: '', languages: 'en', maxHeadcount: '5', shrinkage: '30', shiftLengthHours: '8', startTimes: '08:00', currencyRate: '' };
    case 'vendor':
      return { kind, id: '', name: '', timeZone: '', country: '', days: [...EVERY_DAY], start: '00:00', end: '08:00', moreWindows: [], languages: 'en', marketplaceIds: [], currency: '', pricePerMessage: '', capacityPerHour: '', currencyRate: '' };
    case 'auto-reply':
      return { kind, marketplaceId: marketplace?.id ?? '', days: [...EVERY_DAY], start: '22:00', end: '08:00', moreWindows: [] };
    case 'hire-agents':
      return { kind, siteId, count: '1', likeAgentId: '', from: context.firstDate, namePrefix: '', languages: '', contractHoursPerWeek: '', payBasis: '', hourlyRate: '', shiftTemplateIds: [] };
    case 'agent-leave':
      return { kind, agentIds: [], start: context.firstDate, end: context.firstDate, reason: '' };
    case 'move-agents':
      return { kind, fromSiteId: siteId, who: 'count', count: '1', agentIds: [], toSiteId: '', shiftTemplateIds: [] };
  }
}

const text = (value: number | undefined) => numberToText(value);

/** An existing override as its form's text (for editing a stored scenario). */
export function overrideToDraft(override: Override): OverrideDraft {
  switch (override.kind) {
    case 'volume-multiplier':
      return { kind: override.kind, name: override.name ?? '', start: override.start, end: override.end, marketplaceIds: [...(override.marketplaceIds ?? [])], multiplier: text(override.multiplier) };
    case 'deflection':
      return { kind: override.kind, marketplaceId: override.marketplaceId, classId: override.classId, rate: shareToPercentText(override.rate) };
    case 'site-availability':
      return { kind: override.kind, name: override.name ?? '', siteId: override.siteId, start: override.start, end: override.end, availability: shareToPercentText(override.availabilityCap) };
    case 'cost-change':
      return {
        kind: override.kind,
        siteId: override.siteId,
        mode: override.hourlyCost !== undefined ? 'cost' : 'rise',
        wageRisePercent: text(override.wageRisePercent),
        hourlyCost: text(override.hourlyCost),
        nightPremium: text(override.premiums?.night),
        weekendPremium: text(override.premiums?.weekend),
        holidayPremium: text(override.premiums?.statutoryHoliday),
        nightStart: override.nightHours?.start ?? '',
        nightEnd: override.nightHours?.end ?? '',
      };
    case 'add-site': {
      const template = override.shiftTemplates[0];
      return {
        kind: override.kind,
        id: override.site.id,
        name: override.site.name,
        timeZone: override.site.timeZone,
        holidayCountry: override.site.holidayCountry,
        currency: override.site.currency,
        hourlyCost: text(override.site.hourlyCost),
        languages: listToText(override.site.languages),
        maxHeadcount: text(override.site.maxHeadcount),
        shrinkage: shareToPercentText(override.site.shrinkage),
        shiftLengthHours: text(template?.lengthHours),
        startTimes: listToText(template?.startTimes ?? []),
        currencyRate: text(override.currencyRate?.toReporting),
      };
    }
    case 'vendor': {
      const [first, ...more] = override.vendor.serviceHours;
      return {
        kind: override.kind,
        id: override.vendor.id,
        name: override.vendor.name,
        timeZone: override.vendor.timeZone,
        country: override.vendor.country,
        days: [...(first?.days ?? EVERY_DAY)],
        start: first?.start ?? '00:00',
        end: first?.end ?? '08:00',
        moreWindows: more,
        languages: listToText(override.vendor.languages),
        marketplaceIds: [...(override.vendor.marketplaceIds ?? [])],
        currency: override.vendor.currency,
        pricePerMessage: text(override.vendor.pricePerMessage),
        capacityPerHour: text(override.vendor.capacityPerHour),
        currencyRate: text(override.currencyRate?.toReporting),
      };
    }
    case 'auto-reply': {
      const [first, ...more] = override.windows;
      return { kind: override.kind, marketplaceId: override.marketplaceId, days: [...(first?.days ?? EVERY_DAY)], start: first?.start ?? '22:00', end: first?.end ?? '08:00', moreWindows: more };
    }
    case 'hire-agents':
      return {
        kind: override.kind,
        siteId: override.siteId,
        count: text(override.count),
        likeAgentId: override.likeAgentId ?? '',
        from: override.from,
        namePrefix: override.namePrefix ?? '',
        languages: listToText(override.languages ?? []),
        contractHoursPerWeek: text(override.contractHoursPerWeek),
        payBasis: override.payBasis ?? '',
        hourlyRate: text(override.hourlyRate),
        shiftTemplateIds: [...(override.shiftTemplateIds ?? [])],
      };
    case 'agent-leave':
      return { kind: override.kind, agentIds: [...override.agentIds], start: override.start, end: override.end, reason: override.reason ?? '' };
    case 'move-agents':
      return {
        kind: override.kind,
        fromSiteId: override.fromSiteId,
        who: override.agentIds ? 'agents' : 'count',
        count: text(override.count ?? 1),
        agentIds: [...(override.agentIds ?? [])],
        toSiteId: override.toSiteId ?? '',
        shiftTemplateIds: [...(override.shiftTemplateIds ?? [])],
      };
  }
}

function date(parser: DraftParser, field: string, value: string, label: string): string {
  const trimmed = parser.text(field, value, label);
  if (trimmed && !isIsoDate(trimmed)) parser.add(field, `${label} must be a date YYYY-MM-DD.`);
  return trimmed;
}

function time(parser: DraftParser, field: string, value: string, label: string, required = true): string {
  const trimmed = parser.text(field, value, label, required);
  if (trimmed && !isTimeOfDay(trimmed)) parser.add(field, `${label} must be a time HH:mm.`);
  return trimmed;
}

function dateRange(parser: DraftParser, prefix: string, start: string, end: string): { start: string; end: string } {
  const from = date(parser, `${prefix}start`, start, 'First date');
  const to = date(parser, `${prefix}end`, end, 'Last date');
  if (isIsoDate(from) && isIsoDate(to) && to < from) parser.add(`${prefix}end`, 'Last date must not be before the first date.');
  return { start: from, end: to };
}

function window(parser: DraftParser, prefix: string, days: IsoWeekday[], start: string, end: string): LocalWeeklyWindow {
  if (days.length === 0) parser.add(`${prefix}days`, 'Choose at least one day.');
  return { days: [...days].sort((a, b) => a - b), start: time(parser, `${prefix}start`, start, 'From'), end: time(parser, `${prefix}end`, end, 'Until') };
}

function rate(parser: DraftParser, field: string, value: string, currency: string) {
  const toReporting = parser.optionalNumber(field, value, 'Currency rate', { min: 0 });
  return toReporting === undefined ? {} : { currencyRate: { currency: currency.toUpperCase(), toReporting } };
}

/**
 * The override a draft describes; messages go to `parser` under `prefix` + field name, so one
 * parser can check every override of a scenario.
 */
export function parseOverrideDraft(draft: OverrideDraft, parser: DraftParser, prefix = ''): Override {
  const f = (field: string) => `${prefix}${field}`;
  switch (draft.kind) {
    case 'volume-multiplier': {
      const name = draft.name.trim();
      return {
        kind: draft.kind,
        ...(name ? { name } : {}),
        ...dateRange(parser, prefix, draft.start, draft.end),
        ...(draft.marketplaceIds.length ? { marketplaceIds: [...draft.marketplaceIds] } : {}),
        multiplier: parser.number(f('multiplier'), draft.multiplier, 'Multiplier', { min: 0 }),
      };
    }
    case 'deflection':
      return {
        kind: draft.kind,
        marketplaceId: parser.text(f('marketplaceId'), draft.marketplaceId, 'Marketplace'),
        classId: parser.text(f('classId'), draft.classId, 'Class'),
        rate: parser.percent(f('rate'), draft.rate, 'Share deflected') ?? Number.NaN,
      };
    case 'site-availability': {
      const name = draft.name.trim();
      return {
        kind: draft.kind,
        ...(name ? { name } : {}),
        siteId: parser.text(f('siteId'), draft.siteId, 'Site'),
        ...dateRange(parser, prefix, draft.start, draft.end),
        availabilityCap: parser.percent(f('availability'), draft.availability, 'Share on duty') ?? Number.NaN,
      };
    }
    case 'cost-change': {
      const premiums = {
        night: parser.optionalNumber(f('nightPremium'), draft.nightPremium, 'Night premium', { min: 1 }),
        weekend: parser.optionalNumber(f('weekendPremium'), draft.weekendPremium, 'Weekend premium', { min: 1 }),
        statutoryHoliday: parser.optionalNumber(f('holidayPremium'), draft.holidayPremium, 'Holiday premium', { min: 1 }),
      };
      const setPremiums = Object.fromEntries(Object.entries(premiums).filter(([, value]) => value !== undefined));
      const nightStart = time(parser, f('nightStart'), draft.nightStart, 'Night from', false);
      const nightEnd = time(parser, f('nightEnd'), draft.nightEnd, 'Night until', false);
      if (Boolean(nightStart) !== Boolean(nightEnd)) parser.add(f(nightStart ? 'nightEnd' : 'nightStart'), 'Give both ends of the night window, or neither.');
      return {
        kind: draft.kind,
        siteId: parser.text(f('siteId'), draft.siteId, 'Site'),
        ...(draft.mode === 'rise'
          ? { wageRisePercent: parser.number(f('wageRisePercent'), draft.wageRisePercent, 'Wage rise', { min: -100 }) }
          : { hourlyCost: parser.number(f('hourlyCost'), draft.hourlyCost, 'Hourly cost', { min: 0 }) }),
        ...(Object.keys(setPremiums).length ? { premiums: setPremiums } : {}),
        ...(nightStart && nightEnd ? { nightHours: { start: nightStart, end: nightEnd } } : {}),
      };
    }
    case 'add-site': {
      const id = parser.text(f('id'), draft.id, 'Id');
      const length = parser.number(f('shiftLengthHours'), draft.shiftLengthHours, 'Shift length', { min: 1, max: 24 });
      const startTimes = parseList(draft.startTimes);
      if (startTimes.length === 0) parser.add(f('startTimes'), 'Give at least one start time.');
      for (const start of startTimes) if (!isTimeOfDay(start)) parser.add(f('startTimes'), `"${start}" is not a time HH:mm.`);
      const currency = parser.text(f('currency'), draft.currency, 'Currency').toUpperCase();
      return {
        kind: draft.kind,
        site: {
          id,
          name: parser.text(f('name'), draft.name, 'Name'),
          timeZone: parser.text(f('timeZone'), draft.timeZone, 'Time zone'),
          currency,
          hourlyCost: parser.number(f('hourlyCost'), draft.hourlyCost, 'Hourly cost', { min: 0 }),
          premiums: { night: 1, weekend: 1, statutoryHoliday: 1 },
          nightHours: { start: '22:00', end: '06:00' },
          holidayCountry: parser.text(f('holidayCountry'), draft.holidayCountry, 'Holiday country').toUpperCase(),
          languages: parseList(draft.languages),
          minHeadcount: 0,
          maxHeadcount: parser.number(f('maxHeadcount'), draft.maxHeadcount, 'Most agents', { min: 1, integer: true }),
          shrinkage: parser.percent(f('shrinkage'), draft.shrinkage, 'Shrinkage') ?? Number.NaN,
        },
        shiftTemplates: [{ id: `${id}-${length}h`, siteId: id, name: `${length}-hour shift`, lengthHours: length, paidHours: length, startTimes, days: [1, 2, 3, 4, 5, 6, 7] }],
        ...rate(parser, f('currencyRate'), draft.currencyRate, currency),
      };
    }
    case 'vendor': {
      const currency = parser.text(f('currency'), draft.currency, 'Currency').toUpperCase();
      return {
        kind: draft.kind,
        vendor: {
          id: parser.text(f('id'), draft.id, 'Id'),
          name: parser.text(f('name'), draft.name, 'Name'),
          timeZone: parser.text(f('timeZone'), draft.timeZone, 'Time zone'),
          country: parser.text(f('country'), draft.country, 'Country').toUpperCase(),
          serviceHours: [window(parser, prefix, draft.days, draft.start, draft.end), ...draft.moreWindows],
          languages: parseList(draft.languages),
          ...(draft.marketplaceIds.length ? { marketplaceIds: [...draft.marketplaceIds] } : {}),
          currency,
          pricePerMessage: parser.number(f('pricePerMessage'), draft.pricePerMessage, 'Price per message', { min: 0 }),
          capacityPerHour: parser.number(f('capacityPerHour'), draft.capacityPerHour, 'Messages per hour', { min: 1 }),
        },
        ...rate(parser, f('currencyRate'), draft.currencyRate, currency),
      };
    }
    case 'auto-reply':
      return {
        kind: draft.kind,
        marketplaceId: parser.text(f('marketplaceId'), draft.marketplaceId, 'Marketplace'),
        windows: [window(parser, prefix, draft.days, draft.start, draft.end), ...draft.moreWindows],
      };
    case 'hire-agents': {
      const likeAgentId = draft.likeAgentId.trim();
      const namePrefix = draft.namePrefix.trim();
      const languages = parseList(draft.languages);
      const contractHoursPerWeek = parser.optionalNumber(f('contractHoursPerWeek'), draft.contractHoursPerWeek, 'Contract hours', { min: 0, max: 168 });
      const hourlyRate = parser.optionalNumber(f('hourlyRate'), draft.hourlyRate, 'Hourly rate', { min: 0 });
      return {
        kind: draft.kind,
        siteId: parser.text(f('siteId'), draft.siteId, 'Site'),
        count: agentCount(parser, f('count'), draft.count, 'Agents to hire'),
        ...(likeAgentId ? { likeAgentId } : {}),
        ...(languages.length ? { languages } : {}),
        ...(contractHoursPerWeek !== undefined ? { contractHoursPerWeek } : {}),
        ...(draft.payBasis ? { payBasis: draft.payBasis } : {}),
        ...(hourlyRate !== undefined ? { hourlyRate } : {}),
        ...(draft.shiftTemplateIds.length ? { shiftTemplateIds: [...draft.shiftTemplateIds] } : {}),
        from: date(parser, f('from'), draft.from, 'First working day'),
        ...(namePrefix ? { namePrefix } : {}),
      };
    }
    case 'agent-leave': {
      if (draft.agentIds.length === 0) parser.add(f('agentIds'), 'Choose at least one agent.');
      const reason = draft.reason.trim();
      return { kind: draft.kind, agentIds: [...draft.agentIds], ...dateRange(parser, prefix, draft.start, draft.end), ...(reason ? { reason } : {}) };
    }
    case 'move-agents': {
      const fromSiteId = parser.text(f('fromSiteId'), draft.fromSiteId, 'From site');
      if (draft.who === 'agents' && draft.agentIds.length === 0) parser.add(f('agentIds'), 'Choose at least one agent.');
      if (draft.toSiteId && draft.toSiteId === fromSiteId) parser.add(f('toSiteId'), 'They are at this site already; choose another site, or “stay” to change their shifts only.');
      if (!draft.toSiteId && draft.shiftTemplateIds.length === 0) parser.add(f('shiftTemplateIds'), 'Choose the shifts they move to, another site, or both.');
      return {
        kind: draft.kind,
        fromSiteId,
        ...(draft.who === 'count' ? { count: agentCount(parser, f('count'), draft.count, 'Agents to move') } : { agentIds: [...draft.agentIds] }),
        ...(draft.toSiteId ? { toSiteId: draft.toSiteId } : {}),
        ...(draft.shiftTemplateIds.length ? { shiftTemplateIds: [...draft.shiftTemplateIds] } : {}),
      };
    }
  }
}

function agentCount(parser: DraftParser, field: string, value: string, label: string): number {
  return parser.number(field, value, label, { min: 1, integer: true });
}
