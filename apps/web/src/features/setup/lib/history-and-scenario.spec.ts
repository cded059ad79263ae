import type { Marketplace } from '@app/domain';
import { csvIssueTable } from '../../../lib/csv-issue-rows';
import { historySummaryRows } from './history-summary-rows';
import { readScenarioFile, scenarioFileName } from './scenario-file-preview';
import { scenarioIssueRows } from './scenario-issue-rows';
import { describeImportCounts } from './scenario-import-counts';
import { describeStartTimes } from './start-times';
import { describeWeekdays } from '../../../lib/weekdays';

describe('csvIssueTable', () => {
  it('lists file-level problems first, then rows in order, and counts what it leaves out', () => {
    const table = csvIssueTable(
      [
        { row: 7, field: 'received_at', message: 'not a date-time' },
        { row: 3, field: 'marketplace', message: 'unknown marketplace "amazon-xx"' },
        { row: 0, message: 'the file is not UTF-8' },
        { row: 9, field: 'class', message: 'unknown class "vip"' },
      ],
      3,
    );
    expect(table.rows.map((r) => [r.row, r.field, r.message])).toEqual([
      ['—', '—', 'the file is not UTF-8'],
      ['3', 'marketplace', 'unknown marketplace "amazon-xx"'],
      ['7', 'received_at', 'not a date-time'],
    ]);
    expect(table.hidden).toBe(1);
    expect(new Set(table.rows.map((r) => r.key)).size).toBe(3);
  });
});

describe('historySummaryRows', () => {
  const marketplaces = [
    { id: 'amazon-us', name: 'Amazon US', timeZone: 'America/New_York', classes: [{ id: 'urgent', name: 'Urgent' }] },
    { id: 'amazon-jp', name: 'Amazon JP', timeZone: 'Asia/Tokyo', classes: [] },
  ] as unknown as Marketplace[];

  it('orders series like the setup, labels them and computes the hourly average', () => {
    const rows = historySummaryRows(
      [
        { marketplaceId: 'amazon-jp', classId: null, from: '2025-01-06T00:00:00Z', to: '2025-01-06T23:00:00Z', hours: 24, total: 480 },
        { marketplaceId: 'gone', classId: null, from: '2025-01-06T00:00:00Z', to: '2025-01-06T00:00:00Z', hours: 0, total: 0 },
        { marketplaceId: 'amazon-us', classId: 'urgent', from: '2025-01-06T00:00:00Z', to: '2025-01-07T23:00:00Z', hours: 48, total: 96 },
      ],
      marketplaces,
    );
    expect(rows.map((r) => [r.marketplaceName, r.classLabel, r.timeZone, r.averagePerHour])).toEqual([
      ['Amazon US', 'Urgent', 'America/New_York', 2],
      ['Amazon JP', 'all classes', 'Asia/Tokyo', 20],
      ['gone', 'all classes', 'UTC', 0],
    ]);
  });
});

describe('readScenarioFile', () => {
  it('counts what a scenario file would replace', () => {
    const reading = readScenarioFile(JSON.stringify({ schemaVersion: 2, name: 'Demo seller', marketplaces: [{}, {}], sites: [{}], agents: [], history: [{}, {}, {}] }));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.preview.name).toBe('Demo seller');
    expect(Object.fromEntries(reading.preview.counts.map((c) => [c.label, c.count]))).toEqual({
      marketplaces: 2,
      sites: 1,
      'shift templates': 0,
      agents: 0,
      events: 0,
      'currency rates': 0,
      'history series': 3,
    });
  });

  it('reads a current file as it is, with no note', () => {
    const text = JSON.stringify({ schemaVersion: 2, name: 'Now', agents: [{ id: 'a', payBasis: 'salaried' }] });
    const reading = readScenarioFile(text);
    expect(reading).toMatchObject({ ok: true, data: JSON.parse(text), preview: { schemaVersion: 2, migrationNote: null } });
  });

  it('migrates a version 1 file before it is sent, and says its agents are read as paid by the hour', () => {
    const reading = readScenarioFile(JSON.stringify({ schemaVersion: 1, name: 'Old', agents: [{ id: 'a' }, { id: 'b' }] }));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.data).toEqual({ schemaVersion: 2, name: 'Old', agents: [{ id: 'a', payBasis: 'hourly' }, { id: 'b', payBasis: 'hourly' }] });
    expect(reading.preview.schemaVersion).toBe(1);
    expect(reading.preview.migrationNote).toBe(
      'A version 1 scenario file, read as version 2: version 1 paid every scheduled hour, so every agent is read as paid by the hour (payBasis "hourly").',
    );
  });

  it('leaves a newer file for the API to refuse', () => {
    const reading = readScenarioFile(JSON.stringify({ schemaVersion: 3, name: 'Future' }));
    expect(reading).toMatchObject({ ok: true, data: { schemaVersion: 3 }, preview: { schemaVersion: 3, migrationNote: null } });
  });

  it('explains a file that is not JSON or not an object', () => {
    const broken = readScenarioFile('{"name": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/^This file is not valid JSON: /);
    expect(readScenarioFile('[1,2]')).toEqual({ ok: false, message: 'This file is JSON but not a scenario: expected an object with marketplaces, sites, agents …' });
  });

  it('names the download after the scenario and the day', () => {
    expect(scenarioFileName('Demo Seller (CN)', new Date('2025-03-01T10:00:00Z'))).toBe('followsun-demo-seller-cn-2025-03-01.json');
    expect(scenarioFileName('深圳', new Date('2025-03-01T10:00:00Z'))).toBe('followsun-scenario-2025-03-01.json');
    expect(scenarioFileName('Demo seller: Amazon US/UK/DE/JP and Shopify US, answered from Shenzhen and Manila', new Date('2026-11-23T00:00:00Z'))).toBe(
      'followsun-demo-seller-amazon-us-uk-de-jp-and-2026-11-23.json',
    );
  });
});

describe('scenarioIssueRows', () => {
  it('normalises JSON-pointer paths and makes them readable', () => {
    expect(scenarioIssueRows([{ path: '/sites/1/timeZone', message: 'unknown IANA time zone "Asia/Shenzen"' }, { message: 'schemaVersion 2 is not supported' }])).toEqual([
      { key: 'sites.1.timeZone-0', path: 'sites.1.timeZone', readablePath: 'sites › #2 › timeZone', message: 'unknown IANA time zone "Asia/Shenzen"' },
      { key: '-1', path: '', readablePath: '(whole file)', message: 'schemaVersion 2 is not supported' },
    ]);
  });
});

describe('describeWeekdays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri'],
    [[6, 7], 'Sat, Sun'],
    [[1, 3, 4, 5, 7], 'Mon, Wed–Fri, Sun'],
    [[7, 1, 2, 3, 4, 5, 6], 'every day'],
    [[], 'no days'],
  ] as const)('%j → %s', (days, text) => {
    expect(describeWeekdays([...days])).toBe(text);
  });
});

describe('describeStartTimes', () => {
  const everyHour = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
  it.each([
    [everyHour, 'every hour, 00:00–23:00'],
    [['06:00', '08:00', '10:00', '12:00'], 'every 2 h, 06:00–12:00'],
    [['09:30', '09:00', '10:00', '10:30'], 'every 30 min, 09:00–10:30'],
    [['08:00', '09:00', '13:00', '14:00'], '08:00, 09:00, 13:00, 14:00'],
    [['08:00', '09:00'], '08:00, 09:00'],
    [['8am', '09:00', '10:00', '11:00'], '8am, 09:00, 10:00, 11:00'],
  ])('%j → %s', (times, text) => {
    expect(describeStartTimes(times)).toBe(text);
  });
});

describe('describeImportCounts', () => {
  it('reads the API’s camel-case keys as words, in the order given', () => {
    expect(describeImportCounts({ marketplaces: 5, shiftTemplates: 4, historySeries: 5, historyHours: 10080 }, (n) => n.toLocaleString('en-GB'))).toBe(
      '5 marketplaces, 4 shift templates, 5 history series, 10,080 history hours',
    );
  });
});
