import { DateTime } from 'luxon';
import type { ValidationIssue } from './validation.types';
import { structuralIssues, type SchemaDefinition } from './scenario-structure';
import type { EntityKind } from './issue-subject.util';
import { isIsoDate, isTimeOfDay, isValidTimeZone, parseTimeOfDay } from './time';
import { hasHolidayCalendar } from './holidays';
import { SCHEMA_PATTERNS } from './scenario.schema';
import { DEFAULT_MAX_DAYS_PER_WEEK } from './pay-policy';

/**
 * Validation of single entities: the structure from the JSON Schema plus the entity's own
 * semantic rules. The API reuses these for single-entity CRUD so every rule lives here once;
 * rules across entities (references, unique ids) are in scenario-validation.ts.
 */

export const SHARE_TOLERANCE = 1e-6;

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function label(kind: EntityKind, value: Loose): string {
  return isText(value.id) ? `${kind} "${value.id}"` : kind;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Up to 6 significant digits, without float noise: 0.9000000001 → "0.9". */
function roundForDisplay(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function timeZoneIssues(zone: unknown, path: string, subject: string): ValidationIssue[] {
  if (!isText(zone) || zone === '' || isValidTimeZone(zone)) return [];
  return [
    {
      path,
      message: `The time zone "${zone}" of ${subject} is not an IANA time zone; use a name such as "America/New_York" or "Asia/Shanghai".`,
    },
  ];
}

function holidayCountryIssues(country: unknown, path: string, subject: string): ValidationIssue[] {
  // a malformed code is reported by the schema; only well-formed ones are looked up
  if (!isText(country) || !new RegExp(SCHEMA_PATTERNS.holidayCountry).test(country) || hasHolidayCalendar(country)) return [];
  return [
    {
      path,
      message: `There is no public-holiday calendar for "${country}" (the country of ${subject}); use an ISO 3166-1 country code such as "US", "CN" or "DE", optionally with a subdivision such as "US-CA".`,
    },
  ];
}

/*
 * The semantic rules below run even when the entity has structural problems, so that one
 * pass reports everything: each rule only looks at fields that have the right type.
 */

export function marketplaceSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value)) return [];
  const subject = label('marketplace', value);
  const issues: ValidationIssue[] = [...timeZoneIssues(value.timeZone, `${path}/timeZone`, subject)];
  const clock = isRecord(value.replyClock) ? value.replyClock : {};
  if (clock.kind === 'business' && clock.holidaysStopClock === true) {
    issues.push(...holidayCountryIssues(value.country, `${path}/country`, subject));
  }
  if (clock.kind === 'business' && isText(clock.open) && isText(clock.close) && isTimeOfDay(clock.open) && isTimeOfDay(clock.close)) {
    if (parseTimeOfDay(clock.close) <= parseTimeOfDay(clock.open)) {
      issues.push({
        path: `${path}/replyClock/close`,
        message: `The reply clock of ${subject} closes at ${clock.close}, which is not after it opens at ${clock.open}; close must be later the same day.`,
      });
    }
  }
  const classes = Array.isArray(value.classes) ? value.classes.map((c) => (isRecord(c) ? c : {})) : [];
  const firstIndex = new Map<string, number>();
  classes.forEach((klass, index) => {
    if (!isText(klass.id)) return;
    const earlier = firstIndex.get(klass.id);
    if (earlier !== undefined) {
      issues.push({
        path: `${path}/classes/${index}/id`,
        message: `${capitalise(subject)} has two classes with the id "${klass.id}" (classes ${earlier + 1} and ${index + 1}); class ids must be unique within a marketplace.`,
      });
    } else firstIndex.set(klass.id, index);
  });
  if (classes.length > 0 && classes.every((klass) => isNumber(klass.share))) {
    const sum = classes.reduce((total, klass) => total + (klass.share as number), 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      issues.push({
        path: `${path}/classes`,
        message: `The shares of the classes of ${subject} sum to ${roundForDisplay(sum)}, not 1.`,
      });
    }
  }
  return issues;
}

export function siteSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value)) return [];
  const subject = label('site', value);
  const issues: ValidationIssue[] = [
    ...timeZoneIssues(value.timeZone, `${path}/timeZone`, subject),
    ...holidayCountryIssues(value.holidayCountry, `${path}/holidayCountry`, subject),
  ];
  if (isNumber(value.minHeadcount) && isNumber(value.maxHeadcount) && value.minHeadcount > value.maxHeadcount) {
    issues.push({
      path: `${path}/minHeadcount`,
      message: `The minimum headcount of ${subject} (${value.minHeadcount}) is above its maximum headcount (${value.maxHeadcount}).`,
    });
  }
  const night = isRecord(value.nightHours) ? value.nightHours : {};
  if (isText(night.start) && night.start === night.end) {
    issues.push({
      path: `${path}/nightHours/end`,
      message: `The night window of ${subject} starts and ends at ${night.start}; give a window such as 22:00–06:00 (and set the night premium to 1 for no premium).`,
    });
  }
  return issues;
}

export function shiftTemplateSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value) || !isNumber(value.paidHours) || !isNumber(value.lengthHours)) return [];
  if (value.paidHours <= value.lengthHours) return [];
  return [
    {
      path: `${path}/paidHours`,
      message: `${capitalise(label('shift template', value))} pays ${value.paidHours} hours but is only ${value.lengthHours} hours long; paid hours must not exceed the length.`,
    },
  ];
}

export function agentSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value)) return [];
  const issues: ValidationIssue[] = [];
  // one shift starts per working day and lasts at most 24 hours
  const days = value.maxDaysPerWeek === undefined ? DEFAULT_MAX_DAYS_PER_WEEK : value.maxDaysPerWeek;
  if (isNumber(value.contractHoursPerWeek) && isNumber(days) && Number.isInteger(days) && days >= 1 && days <= 7 && value.contractHoursPerWeek > days * 24) {
    issues.push({
      path: `${path}/contractHoursPerWeek`,
      message: `${capitalise(label('agent', value))} is contracted for ${value.contractHoursPerWeek} hours a week but works at most ${days === 1 ? '1 day' : `${days} days`} (${days * 24} hours); raise maxDaysPerWeek or lower the contract.`,
    });
  }
  if (!Array.isArray(value.timeOff)) return issues;
  value.timeOff.forEach((off, index) => {
    if (!isRecord(off) || !isText(off.start) || !isText(off.end) || !isIsoDate(off.start) || !isIsoDate(off.end)) return;
    if (off.start > off.end) {
      issues.push({
        path: `${path}/timeOff/${index}/end`,
        message: `The time off of ${label('agent', value)} from ${off.start} ends on ${off.end}, before it starts.`,
      });
    }
  });
  return issues;
}

export function calendarEventSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value)) return [];
  const subject = capitalise(label('event', value));
  const issues: ValidationIssue[] = [];
  if (isText(value.start) && isText(value.end) && isIsoDate(value.start) && isIsoDate(value.end) && value.start > value.end) {
    issues.push({ path: `${path}/end`, message: `${subject} ends on ${value.end}, before it starts on ${value.start}.` });
  }
  if (isNumber(value.volumeMultiplier) && Array.isArray(value.marketplaceIds) && value.marketplaceIds.length === 0) {
    issues.push({
      path: `${path}/volumeMultiplier`,
      message: `${subject} has a volume multiplier but affects no marketplace; list the marketplaces in marketplaceIds.`,
    });
  }
  if (isNumber(value.availabilityCap) && Array.isArray(value.siteIds) && value.siteIds.length === 0) {
    issues.push({
      path: `${path}/availabilityCap`,
      message: `${subject} has an availability cap but affects no site; list the sites in siteIds.`,
    });
  }
  return issues;
}

export function historySeriesSemanticIssues(value: unknown, path = ''): ValidationIssue[] {
  if (!isRecord(value) || !isText(value.start)) return [];
  const start = DateTime.fromISO(value.start, { setZone: true });
  // not an ISO instant at all: the schema's format check says so
  if (!start.isValid) return [];
  const utc = start.toUTC();
  if (utc.minute === 0 && utc.second === 0 && utc.millisecond === 0) return [];
  const marketplace = isText(value.marketplaceId) ? ` of marketplace "${value.marketplaceId}"` : '';
  return [
    {
      path: `${path}/start`,
      message: `The history${marketplace} starts at "${value.start}", which is not the top of a UTC hour (such as "2026-09-07T13:00:00Z").`,
    },
  ];
}

/** Structure first, then the entity's own rules; both lists together. */
function entityIssues(
  value: unknown,
  definition: SchemaDefinition,
  kind: EntityKind,
  path: string,
  semantic: (entity: unknown, path: string) => ValidationIssue[],
): ValidationIssue[] {
  return [...structuralIssues(value, definition, kind, path), ...semantic(value, path)];
}

export function validateMarketplace(m: unknown, path = ''): ValidationIssue[] {
  return entityIssues(m, 'Marketplace', 'marketplace', path, marketplaceSemanticIssues);
}

export function validateSite(s: unknown, path = ''): ValidationIssue[] {
  return entityIssues(s, 'Site', 'site', path, siteSemanticIssues);
}

export function validateShiftTemplate(t: unknown, path = ''): ValidationIssue[] {
  return entityIssues(t, 'ShiftTemplate', 'shift template', path, shiftTemplateSemanticIssues);
}

export function validateAgent(a: unknown, path = ''): ValidationIssue[] {
  return entityIssues(a, 'Agent', 'agent', path, agentSemanticIssues);
}

export function validateCalendarEvent(e: unknown, path = ''): ValidationIssue[] {
  return entityIssues(e, 'CalendarEvent', 'event', path, calendarEventSemanticIssues);
}

export function validateCurrencyRate(r: unknown, path = ''): ValidationIssue[] {
  return entityIssues(r, 'CurrencyRate', 'currency rate', path, () => []);
}

export function validateHistorySeries(h: unknown, path = ''): ValidationIssue[] {
  return entityIssues(h, 'HistorySeries', 'history series', path, historySeriesSemanticIssues);
}
