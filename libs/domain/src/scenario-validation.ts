import { SCENARIO_SCHEMA_VERSION, type ScenarioFile } from './scenario.types';
import type { ScenarioValidationResult, ValidationIssue } from './validation.types';
import { structuralIssues } from './scenario-structure';
import { migrateScenarioFile } from './scenario-migration';
import {
  agentSemanticIssues,
  calendarEventSemanticIssues,
  historySeriesSemanticIssues,
  marketplaceSemanticIssues,
  shiftTemplateSemanticIssues,
  siteSemanticIssues,
} from './entity-validation';

/**
 * Validation of a whole scenario file: its version, its structure (JSON Schema), each
 * entity's own rules, and the rules across entities (unique ids, references, currency rates).
 * Every issue is collected (up to MAX_ISSUES), never just the first. An older file is first
 * migrated to the current version (scenario-migration.ts) and checked as that.
 */

export const MAX_ISSUES = 200;

type Collection = 'marketplaces' | 'sites' | 'shiftTemplates' | 'agents' | 'events' | 'currencyRates' | 'history';

const SEMANTIC_RULES: Array<[Collection, (entity: unknown, path: string) => ValidationIssue[]]> = [
  ['marketplaces', marketplaceSemanticIssues],
  ['sites', siteSemanticIssues],
  ['shiftTemplates', shiftTemplateSemanticIssues],
  ['agents', agentSemanticIssues],
  ['events', calendarEventSemanticIssues],
  ['history', historySeriesSemanticIssues],
];

const ID_COLLECTIONS: Array<[Collection, string]> = [
  ['marketplaces', 'marketplace'],
  ['sites', 'site'],
  ['shiftTemplates', 'shift template'],
  ['agents', 'agent'],
  ['events', 'event'],
];

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function items(root: Record<string, unknown>, collection: Collection): Record<string, unknown>[] {
  const list = root[collection];
  return Array.isArray(list) ? list.map((item) => asRecord(item) ?? {}) : [];
}

function versionIssue(root: Record<string, unknown>): ValidationIssue | null {
  const version = root.schemaVersion;
  if (version === SCENARIO_SCHEMA_VERSION) return null;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_SCHEMA_VERSION) {
    return {
      path: '/schemaVersion',
      message: `This scenario file was written by a newer followsun (version ${version}); this build reads version ${SCENARIO_SCHEMA_VERSION}.`,
    };
  }
  if (version === undefined) {
    return { path: '/schemaVersion', message: `The scenario has no "schemaVersion"; this build reads version ${SCENARIO_SCHEMA_VERSION}.` };
  }
  return {
    path: '/schemaVersion',
    message: `The schemaVersion ${JSON.stringify(version)} is not a version of the scenario format; this build reads version ${SCENARIO_SCHEMA_VERSION}.`,
  };
}

function uniqueIdIssues(root: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [collection, kind] of ID_COLLECTIONS) {
    const first = new Map<string, number>();
    items(root, collection).forEach((item, index) => {
      if (typeof item.id !== 'string') return;
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else
        issues.push({
          path: `/${collection}/${index}/id`,
          message: `Two ${kind === 'shift template' ? 'shift templates' : kind + 's'} have the id "${item.id}" (entries ${earlier + 1} and ${index + 1}); ids must be unique.`,
        });
    });
  }
  const currencies = new Map<string, number>();
  items(root, 'currencyRates').forEach((rate, index) => {
    if (typeof rate.currency !== 'string') return;
    const earlier = currencies.get(rate.currency);
    if (earlier === undefined) currencies.set(rate.currency, index);
    else
      issues.push({
        path: `/currencyRates/${index}/currency`,
        message: `The currency ${rate.currency} has two rates (entries ${earlier + 1} and ${index + 1}); give one.`,
      });
  });
  const series = new Map<string, number>();
  items(root, 'history').forEach((h, index) => {
    if (typeof h.marketplaceId !== 'string') return;
    const key = `${h.marketplaceId}\u0000${typeof h.classId === 'string' ? h.classId : ''}`;
    const earlier = series.get(key);
    if (earlier === undefined) series.set(key, index);
    else {
      const klass = typeof h.classId === 'string' ? ` class "${h.classId}"` : ' (all classes)';
      issues.push({
        path: `/history/${index}`,
        message: `History series ${earlier + 1} and ${index + 1} are both for marketplace "${h.marketplaceId}"${klass}; merge them into one series.`,
      });
    }
  });
  return issues;
}

function idSet(root: Record<string, unknown>, collection: Collection): Set<string> {
  return new Set(items(root, collection).flatMap((item) => (typeof item.id === 'string' ? [item.id] : [])));
}

function knownList(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length === 0 ? 'there are none' : `known: ${list.join(', ')}`;
}

/** A shift template as the rule below needs it: its id and site. */
export interface TemplateAtSite {
  id: string;
  siteId: string;
}

/**
 * An agent's `shiftTemplateIds` must name existing templates of the agent's own site. Used by
 * the scenario check and by the API when one agent is created or replaced (`path` prefixes
 * the pointers, e.g. "/agents/3").
 */
export function agentShiftTemplateIssues(agent: unknown, templates: readonly TemplateAtSite[], path = ''): ValidationIssue[] {
  const record = asRecord(agent);
  if (!record || typeof record.siteId !== 'string' || !Array.isArray(record.shiftTemplateIds)) return [];
  const siteId = record.siteId;
  const subject = typeof record.id === 'string' ? `Agent "${record.id}"` : 'The agent';
  const byId = new Map(templates.map((template) => [template.id, template]));
  const own = templates.filter((template) => template.siteId === siteId).map((template) => template.id);
  const ownList = own.length === 0 ? `site "${siteId}" has none` : `templates of site "${siteId}": ${own.join(', ')}`;
  const issues: ValidationIssue[] = [];
  record.shiftTemplateIds.forEach((id, position) => {
    if (typeof id !== 'string') return;
    const template = byId.get(id);
    if (!template) {
      issues.push({
        path: `${path}/shiftTemplateIds/${position}`,
        message: `${subject} may work shift template "${id}", which does not exist (${ownList}).`,
      });
    } else if (template.siteId !== siteId) {
      issues.push({
        path: `${path}/shiftTemplateIds/${position}`,
        message: `${subject} works at site "${siteId}" but may work shift template "${id}", which belongs to site "${template.siteId}"; an agent works only templates of their own site (${ownList}).`,
      });
    }
  });
  return issues;
}

function referenceIssues(root: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const siteIds = idSet(root, 'sites');
  const marketplaceIds = idSet(root, 'marketplaces');
  const classIds = new Map<string, Set<string>>();
  for (const m of items(root, 'marketplaces')) {
    if (typeof m.id !== 'string') continue;
    const classes = Array.isArray(m.classes) ? m.classes.map(asRecord) : [];
    classIds.set(m.id, new Set(classes.flatMap((c) => (c && typeof c.id === 'string' ? [c.id] : []))));
  }
  const siteRef = (collection: Collection, kind: string) =>
    items(root, collection).forEach((item, index) => {
      if (typeof item.siteId === 'string' && !siteIds.has(item.siteId)) {
        issues.push({
          path: `/${collection}/${index}/siteId`,
          message: `${kind} "${String(item.id)}" belongs to site "${item.siteId}", which does not exist (${knownList(siteIds)}).`,
        });
      }
    });
  siteRef('shiftTemplates', 'Shift template');
  siteRef('agents', 'Agent');
  const templates = items(root, 'shiftTemplates').flatMap((t): TemplateAtSite[] =>
    typeof t.id === 'string' && typeof t.siteId === 'string' ? [{ id: t.id, siteId: t.siteId }] : [],
  );
  // an agent at a missing site is reported once, above, not again for each of its templates
  items(root, 'agents').forEach((agent, index) => {
    if (typeof agent.siteId === 'string' && siteIds.has(agent.siteId)) issues.push(...agentShiftTemplateIssues(agent, templates, `/agents/${index}`));
  });
  items(root, 'events').forEach((event, index) => {
    const check = (field: 'marketplaceIds' | 'siteIds', known: Set<string>, kind: string) => {
      const list = event[field];
      if (!Array.isArray(list)) return;
      list.forEach((id, position) => {
        if (typeof id === 'string' && !known.has(id)) {
          issues.push({
            path: `/events/${index}/${field}/${position}`,
            message: `Event "${String(event.id)}" affects ${kind} "${id}", which does not exist (${knownList(known)}).`,
          });
        }
      });
    };
    check('marketplaceIds', marketplaceIds, 'marketplace');
    check('siteIds', siteIds, 'site');
  });
  items(root, 'history').forEach((h, index) => {
    if (typeof h.marketplaceId !== 'string') return;
    const classes = classIds.get(h.marketplaceId);
    if (!classes) {
      issues.push({
        path: `/history/${index}/marketplaceId`,
        message: `History series ${index + 1} is for marketplace "${h.marketplaceId}", which does not exist (${knownList(marketplaceIds)}).`,
      });
    } else if (typeof h.classId === 'string' && !classes.has(h.classId)) {
      issues.push({
        path: `/history/${index}/classId`,
        message: `History series ${index + 1} is for class "${h.classId}", which marketplace "${h.marketplaceId}" does not have (${knownList(classes)}).`,
      });
    }
  });
  return issues;
}

function currencyRateIssues(root: Record<string, unknown>): ValidationIssue[] {
  const reporting = root.reportingCurrency;
  if (typeof reporting !== 'string') return [];
  const issues: ValidationIssue[] = [];
  const rates = new Map<string, number>();
  items(root, 'currencyRates').forEach((rate, index) => {
    if (typeof rate.currency !== 'string' || typeof rate.toReporting !== 'number') return;
    rates.set(rate.currency, rate.toReporting);
    if (rate.currency === reporting && rate.toReporting !== 1) {
      issues.push({
        path: `/currencyRates/${index}/toReporting`,
        message: `The rate of the reporting currency ${reporting} to itself is ${rate.toReporting}; it must be 1 (or leave it out).`,
      });
    }
  });
  items(root, 'sites').forEach((site, index) => {
    if (typeof site.currency !== 'string' || site.currency === reporting || rates.has(site.currency)) return;
    issues.push({
      path: `/sites/${index}/currency`,
      message: `Site "${String(site.id)}" is paid in ${site.currency}, but there is no currency rate from ${site.currency} to the reporting currency ${reporting}; add one to currencyRates.`,
    });
  });
  return issues;
}

function semanticIssues(root: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [collection, rule] of SEMANTIC_RULES) {
    const list = root[collection];
    if (Array.isArray(list)) list.forEach((item, index) => issues.push(...rule(item, `/${collection}/${index}`)));
  }
  return issues;
}

function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: '', message: `… and ${issues.length - MAX_ISSUES} more problems.` },
  ];
}

/**
 * Checks a parsed scenario file completely. On success the input itself is returned, typed (an
 * older file: its migrated copy); on failure every problem found, each with its JSON pointer
 * and a sentence.
 */
export function validateScenario(raw: unknown): ScenarioValidationResult<ScenarioFile> {
  const input = migrateScenarioFile(raw);
  const root = asRecord(input);
  if (!root) {
    return { ok: false, issues: [{ path: '', message: 'A scenario file must be a JSON object, not ' + (Array.isArray(input) ? 'a list.' : `${JSON.stringify(input) ?? 'nothing'}.`) }] };
  }
  const version = versionIssue(root);
  // a file of another version has another shape: describing it against this one would mislead
  if (version) return { ok: false, issues: [version] };
  const issues = [
    ...structuralIssues(root, null, 'scenario'),
    ...uniqueIdIssues(root),
    ...referenceIssues(root),
    ...currencyRateIssues(root),
    ...semanticIssues(root),
  ];
  if (issues.length > 0) return { ok: false, issues: capped(issues) };
  return { ok: true, scenario: input as ScenarioFile };
}
