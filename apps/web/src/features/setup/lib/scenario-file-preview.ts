import { migrateScenarioFile, scenarioMigrationNote } from '@app/domain/scenario-migration'; // not the index: it would bundle the holiday calendars
import { slugify } from '../../../lib/slug.util';

/**
 * What a chosen scenario file holds, read in the browser before anything is sent, so the
 * user sees what an import would replace. Only the shape is read here: the API validates it.
 * An older file is migrated to the current version first (what is sent is the migrated copy),
 * and the preview says what that means.
 */
export interface ScenarioFilePreview {
  name: string | null;
  /** The version the file was written in. */
  schemaVersion: unknown;
  /** How an older file is read ("A version 1 scenario file, read as version 2: …"); null for a current one. */
  migrationNote: string | null;
  counts: { label: string; count: number }[];
}

export type ScenarioFileReading = { ok: true; data: unknown; preview: ScenarioFilePreview } | { ok: false; message: string };

const COLLECTIONS: readonly [key: string, label: string][] = [
  ['marketplaces', 'marketplaces'],
  ['sites', 'sites'],
  ['shiftTemplates', 'shift templates'],
  ['agents', 'agents'],
  ['events', 'events'],
  ['currencyRates', 'currency rates'],
  ['history', 'history series'],
];

export function readScenarioFile(text: string): ScenarioFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This file is not valid JSON: ${detail}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'This file is JSON but not a scenario: expected an object with marketplaces, sites, agents …' };
  }
  const record = migrateScenarioFile(data) as Record<string, unknown>;
  return {
    ok: true,
    data: record,
    preview: {
      name: typeof record.name === 'string' ? record.name : null,
      schemaVersion: (data as Record<string, unknown>).schemaVersion,
      migrationNote: scenarioMigrationNote(data),
      counts: COLLECTIONS.map(([key, label]) => ({ label, count: Array.isArray(record[key]) ? (record[key] as unknown[]).length : 0 })),
    },
  };
}

const MAX_NAME_SLUG = 40;

/** "followsun-demo-seller-2025-03-01.json" for a download; a long name is cut at a word boundary. */
export function scenarioFileName(name: string, today: Date): string {
  const full = slugify(name);
  const cut = full.length > MAX_NAME_SLUG ? full.slice(0, MAX_NAME_SLUG + 1) : full;
  const slug = full.length > MAX_NAME_SLUG && cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_NAME_SLUG);
  const date = today.toISOString().slice(0, 10);
  return `followsun-${slug || 'scenario'}-${date}.json`;
}
