import { parse } from 'csv-parse/sync';
import * as nodeIcal from 'node-ical';
import { buildRota, buildVtimezone, ROTA_CSV_COLUMNS, rotaIcsByAgent, rotaIcsBySite, rotaToCsv } from './index';
import type { RotaDispatch, RotaResult } from './index';
import { makeAgent, makePlan, makeScenario, makeShift, makeSite, makeTemplate } from '../test/rota-fixtures';

const berlin = makeSite({ id: 'ber', name: 'Berlin', timeZone: 'Europe/Berlin', currency: 'EUR', holidayCountry: 'DE', nightHours: { start: '23:00', end: '06:00' } });
const sz = makeSite();

/** Saturday before and Monday after Berlin's spring-forward, plus a Shenzhen night shift. */
function rotaAcrossDst(): RotaResult {
  const scenario = makeScenario({
    sites: [berlin, sz],
    agents: [makeAgent('anna', 'ber', { name: 'Anna Weber', languages: ['de', 'en'] }), makeAgent('li', 'sz', { name: 'Li Wei', languages: ['zh', 'ja'] })],
    templates: [makeTemplate('b8', 'ber', 8), makeTemplate('s8', 'sz', 8)],
  });
  const plan = makePlan('2027-03-27', 3, [
    makeShift(berlin, 'b8', '2027-03-27', '14:00', 8),
    makeShift(berlin, 'b8', '2027-03-29', '09:00', 8),
    makeShift(sz, 's8', '2027-03-28', '22:00', 8, 1, ['ja']),
  ]);
  const result = buildRota({ scenario, plan });
  expect(result.status).toBe('complete');
  return result;
}

describe('CSV export', () => {
  it('has one row per agent and shift with site-local dates and times', () => {
    const csv = rotaToCsv(rotaAcrossDst().assignments);
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual([...ROTA_CSV_COLUMNS]);
    expect(header.slice(0, 7)).toEqual(['agent', 'agent_id', 'date', 'start', 'end', 'site', 'marketplaces']);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(records.map((r) => [r.agent, r.date, r.start, r.end, r.end_date, r.site, r.marketplaces, r.night])).toEqual([
      ['Anna Weber', '2027-03-27', '14:00', '22:00', '2027-03-27', 'Berlin', 'amazon-us', 'no'],
      ['Anna Weber', '2027-03-29', '09:00', '17:00', '2027-03-29', 'Berlin', 'amazon-us', 'no'],
      ['Li Wei', '2027-03-28', '22:00', '06:00', '2027-03-29', 'Shenzhen', 'amazon-jp', 'yes'],
    ]);
  });
});

/** The plan's rule at Berlin: US standard until 17:00 Berlin time on the 27th, then urgent first; Shenzhen Japanese only. */
function dispatchRule(): RotaDispatch {
  const classes = [
    { id: 'urgent', name: 'urgent', share: 0.2, replyDeadlineHours: 4, handleMinutes: 5 },
    { id: 'standard', name: 'standard', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
  ];
  const marketplaces = makeScenario({ sites: [], agents: [], templates: [] }).marketplaces.map((m) => ({ ...m, classes }));
  const run = (siteId: string, fromHour: number, toHour: number, queues: string[]) => ({
    siteId,
    fromHour,
    toHour,
    fromUtc: new Date(Date.UTC(2027, 2, 27, fromHour)).toISOString().replace('.000Z', 'Z'),
    toUtc: new Date(Date.UTC(2027, 2, 27, toHour)).toISOString().replace('.000Z', 'Z'),
    queues,
  });
  return {
    runs: [run('ber', 0, 16, ['amazon-us/standard']), run('ber', 16, 72, ['amazon-us/urgent', 'amazon-us/standard']), run('sz', 0, 72, ['amazon-jp/standard'])],
    marketplaces,
    repeats: false,
  };
}

describe('dispatch rule on each shift', () => {
  it('is a CSV column on the site clock, empty without a rule', () => {
    const rota = rotaAcrossDst();
    const records = parse(rotaToCsv(rota.assignments, dispatchRule()), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.agent, r.date, r.dispatch])).toEqual([
      ['Anna Weber', '2027-03-27', '14:00–17:00 Amazon US standard; 17:00–22:00 Amazon US urgent → Amazon US standard'],
      ['Anna Weber', '2027-03-29', '09:00–17:00 Amazon US urgent → Amazon US standard'],
      ['Li Wei', '2027-03-28', '22:00–06:00 Amazon JP standard'],
    ]);
    expect((parse(rotaToCsv(rota.assignments), { columns: true }) as Record<string, string>[]).map((r) => r.dispatch)).toEqual(['', '', '']);
  });

  it("is in each calendar event's description", () => {
    const [anna] = rotaIcsByAgent(rotaAcrossDst().assignments, { generatedAt: '2027-03-01T00:00:00Z', dispatch: dispatchRule() });
    const [first] = vevents(anna.ics);
    expect(first.description).toContain(
      'Work the queues in this order (oldest message first, the next queue only when the earlier ones are empty):\n14:00–17:00 Amazon US standard\n17:00–22:00 Amazon US urgent → Amazon US standard',
    );
  });
});

/** The events of a calendar as a real iCalendar parser reads them. */
const vevents = (ics: string) =>
  Object.values(nodeIcal.sync.parseICS(ics)).filter((c): c is nodeIcal.VEvent => c !== undefined && c.type === 'VEVENT');

describe('iCalendar export', () => {
  const generatedAt = '2027-03-01T00:00:00Z';

  it('parses with node-ical and lands on the site-local times on both sides of a DST change', () => {
    const rota = rotaAcrossDst();
    const files = rotaIcsByAgent(rota.assignments, { generatedAt });
    expect(files.map((f) => f.fileName)).toEqual(['agent-anna.ics', 'agent-li.ics']);
    const anna = files[0].ics;
    expect(anna).toContain('DTSTART;TZID=Europe/Berlin:20270327T140000');
    expect(anna).toContain('DTSTART;TZID=Europe/Berlin:20270329T090000');
    expect(anna).toContain('BEGIN:VTIMEZONE');
    expect(anna).toContain('DTSTAMP:20270301T000000Z');

    const events = vevents(anna);
    expect(events.map((e) => [e.start.toISOString(), e.end?.toISOString()])).toEqual([
      ['2027-03-27T13:00:00.000Z', '2027-03-27T21:00:00.000Z'], // 14:00–22:00 CET (UTC+1)
      ['2027-03-29T07:00:00.000Z', '2027-03-29T15:00:00.000Z'], // 09:00–17:00 CEST (UTC+2)
    ]);
    expect(events.map((e) => (e.start as nodeIcal.DateWithTimeZone).tz)).toEqual(['Europe/Berlin', 'Europe/Berlin']);
    expect(events[0].summary).toBe('Anna Weber — Berlin 14:00–22:00');

    const li = vevents(files[1].ics);
    expect(li.map((e) => [e.start.toISOString(), e.end?.toISOString()])).toEqual([['2027-03-28T14:00:00.000Z', '2027-03-28T22:00:00.000Z']]);
  });

  it('writes one calendar per site, reproducibly', () => {
    const rota = rotaAcrossDst();
    const sites = rotaIcsBySite(rota.assignments, { generatedAt });
    expect(sites.map((f) => f.fileName)).toEqual(['site-ber.ics', 'site-sz.ics']);
    expect(rotaIcsBySite(rota.assignments, { generatedAt })).toEqual(sites);
    expect(vevents(sites[0].ics)).toHaveLength(2);
  });

  it('describes the DST change of a zone in its VTIMEZONE', () => {
    const vtimezone = buildVtimezone('Europe/Berlin', 2027, 2027);
    expect(vtimezone).toContain('TZID:Europe/Berlin');
    expect(vtimezone).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST');
    expect(vtimezone).toContain('BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
    expect(buildVtimezone('Asia/Shanghai', 2027, 2027).match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
  });
});
