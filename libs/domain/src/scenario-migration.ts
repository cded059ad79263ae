import { SCENARIO_SCHEMA_VERSION, type PayBasis } from './scenario.types';

/**
 * Older scenario files, brought up to the current format before they are validated. Each step
 * turns version N into N + 1 and is pure: the parsed document is never changed, a migrated
 * copy is returned. Anything that is not an older file (the current version, a newer one, a
 * missing or malformed version, not an object at all) comes back as it is, for validation to
 * judge and describe.
 *
 * Imports nothing but the types, so the web app can read files with it before they are sent.
 */

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 1 → 2. Version 2 added agents' pay terms (payBasis, hourlyRate, maxDaysPerWeek,
 * shiftTemplateIds) and sites' overtime policy, all optional. Version 1 costed every scheduled
 * hour at the site's hourly cost (× premium) — it paid agents by the hour. Version 2's default
 * for an absent payBasis is "salaried" (contract hours paid whether worked or not), so leaving
 * the field out would silently change what a version 1 file costs; the faithful migration
 * writes `payBasis: "hourly"` on every agent. The other new fields stay absent: their defaults
 * (the site's hourly cost as base rate, every template of the site, the default overtime and
 * days per week) are what version 1 meant or did not limit.
 */
function version1To2(document: Loose): Loose {
  const hourly: PayBasis = 'hourly';
  const agents = Array.isArray(document.agents)
    ? document.agents.map((agent) => (isRecord(agent) ? { ...agent, payBasis: hourly } : agent))
    : document.agents;
  return { ...document, schemaVersion: 2, agents };
}

/** Step from the version (key) to the next one, and what it means for the user, in one sentence. */
const STEPS: Readonly<Record<number, { migrate: (document: Loose) => Loose; note: string }>> = {
  1: {
    migrate: version1To2,
    note: 'version 1 paid every scheduled hour, so every agent is read as paid by the hour (payBasis "hourly")',
  },
};

/** The older version `raw` is written in, when migrateScenarioFile would bring it up to date; else null. */
export function migratedFromVersion(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || version === SCENARIO_SCHEMA_VERSION || !STEPS[version]) return null;
  return version;
}

/** `raw` in the current format when it is an older scenario file; otherwise `raw` itself. */
export function migrateScenarioFile(raw: unknown): unknown {
  if (migratedFromVersion(raw) === null) return raw;
  let document = raw as Loose;
  while (typeof document.schemaVersion === 'number' && document.schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    const step = STEPS[document.schemaVersion];
    if (!step) break;
    document = step.migrate(document);
  }
  return document;
}

/**
 * For the user, when `raw` is an older file: "A version 1 scenario file, read as version 2:
 * version 1 paid every scheduled hour, so …". Null for a current (or unreadable) file.
 */
export function scenarioMigrationNote(raw: unknown): string | null {
  const from = migratedFromVersion(raw);
  if (from === null) return null;
  const notes: string[] = [];
  for (let version = from; version < SCENARIO_SCHEMA_VERSION && STEPS[version]; version++) notes.push(STEPS[version].note);
  return `A version ${from} scenario file, read as version ${SCENARIO_SCHEMA_VERSION}: ${notes.join('; ')}.`;
}
