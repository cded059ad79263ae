import { migrateScenarioFile, migratedFromVersion, scenarioMigrationNote } from './scenario-migration';
import { validateScenario } from './scenario-validation';

/** A small version 1 file as followsun 1 wrote it: no pay terms, no overtime. */
function version1File(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'Written by followsun 1',
    reportingCurrency: 'CNY',
    marketplaces: [
      {
        id: 'amazon-us',
        name: 'Amazon US',
        platform: 'amazon',
        timeZone: 'America/New_York',
        country: 'US',
        languages: ['en'],
        replyClock: { kind: 'calendar' },
        classes: [{ id: 'standard', name: 'Standard', share: 1, replyDeadlineHours: 24, handleMinutes: 5 }],
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
        maxHeadcount: 2,
        shrinkage: 0.3,
      },
    ],
    shiftTemplates: [{ id: 'sz-8h', siteId: 'shenzhen', name: '8 h', lengthHours: 8, paidHours: 8, startTimes: ['09:00'], days: [1, 2, 3, 4, 5] }],
    agents: [
      { id: 'sz-01', name: 'Wang Wei', siteId: 'shenzhen', languages: ['en', 'zh'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [] },
      { id: 'sz-02', name: 'Li Na', siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, timeOff: [] },
    ],
    events: [],
    currencyRates: [],
    history: [],
  };
}

describe('migrateScenarioFile', () => {
  it('turns a version 1 file into version 2 with every agent paid by the hour, as version 1 costed them', () => {
    const migrated = migrateScenarioFile(version1File()) as Record<string, unknown>;
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.agents).toEqual([
      { id: 'sz-01', name: 'Wang Wei', siteId: 'shenzhen', languages: ['en', 'zh'], contractHoursPerWeek: 40, maxConsecutiveDays: 6, timeOff: [], payBasis: 'hourly' },
      { id: 'sz-02', name: 'Li Na', siteId: 'shenzhen', languages: ['en'], contractHoursPerWeek: 20, maxConsecutiveDays: 5, timeOff: [], payBasis: 'hourly' },
    ]);
    // nothing else changes: no base rate, days, templates or overtime are invented
    expect({ ...migrated, schemaVersion: 1, agents: [] }).toEqual({ ...version1File(), agents: [] });
  });

  it('gives a version 1 file that then validates as version 2', () => {
    const result = validateScenario(migrateScenarioFile(version1File()));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(validateScenario(version1File())).toEqual(result);
  });

  it('is pure: the parsed document is not changed', () => {
    const file = version1File();
    migrateScenarioFile(file);
    expect(file).toEqual(version1File());
  });

  it('hands a version 2 file back unchanged (the same object)', () => {
    const v2 = migrateScenarioFile(version1File());
    expect(migrateScenarioFile(v2)).toBe(v2);
    expect(migratedFromVersion(v2)).toBeNull();
    expect(migratedFromVersion(version1File())).toBe(1);
  });

  it('leaves newer, unversioned and non-object documents for validation to describe', () => {
    for (const raw of [{ ...version1File(), schemaVersion: 3 }, { ...version1File(), schemaVersion: '1' }, { name: 'x' }, [1], null, 'text']) {
      expect(migrateScenarioFile(raw)).toBe(raw);
      expect(migratedFromVersion(raw)).toBeNull();
    }
    expect(validateScenario({ ...version1File(), schemaVersion: 3 })).toEqual({
      ok: false,
      issues: [{ path: '/schemaVersion', message: 'This scenario file was written by a newer followsun (version 3); this build reads version 2.' }],
    });
  });

  it('says in one sentence what reading an older file means', () => {
    expect(scenarioMigrationNote(version1File())).toBe(
      'A version 1 scenario file, read as version 2: version 1 paid every scheduled hour, so every agent is read as paid by the hour (payBasis "hourly").',
    );
    expect(scenarioMigrationNote(migrateScenarioFile(version1File()))).toBeNull();
    expect(scenarioMigrationNote({ schemaVersion: 3 })).toBeNull();
  });

  it('keeps list entries that are not objects for validation to report', () => {
    const file = { ...version1File(), agents: ['sz-01'] };
    expect((migrateScenarioFile(file) as { agents: unknown[] }).agents).toEqual(['sz-01']);
  });
});
