import type { Rota, RotaPin, SiteFairness } from '../api/rota.types';
import { fairnessRows } from './fairness-rows';
import { pinText } from './pin-text';
import { rotaDateColumns, rotaGridRows, shiftChoicesOn } from './rota-grid';

const shift = (localStart: string, localEnd: string, endDate: string, extra: Partial<Rota['agents'][number]['days'][number]['shifts'][number]> = {}) => ({
  templateId: 'manila-8h',
  localStart,
  localEnd,
  endDate,
  startUtc: '',
  endUtc: '',
  paidHours: 8,
  marketplaceIds: [],
  languages: [],
  night: false,
  weekend: false,
  pinned: false,
  dispatch: [],
  ...extra,
});

const rota: Pick<Rota, 'dates' | 'sites' | 'agents' | 'unfilled'> = {
  dates: ['2026-11-29', '2026-11-30'],
  sites: [
    { id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', firstDate: '2026-11-29', lastDate: '2026-11-30', holidays: [{ date: '2026-11-30', names: ['Bonifacio Day'], statutory: true, multiplier: 2 }] },
    { id: 'shenzhen', name: 'Shenzhen', timeZone: 'Asia/Shanghai', firstDate: '2026-11-29', lastDate: '2026-11-30', holidays: [] },
  ],
  agents: [
    {
      id: 'mnl-01',
      name: 'Maria',
      siteId: 'manila',
      days: [
        { date: '2026-11-29', shifts: [shift('22:00', '06:00', '2026-11-30', { night: true, weekend: true })], holiday: null, timeOff: false },
        { date: '2026-11-30', shifts: [], holiday: 'Bonifacio Day', timeOff: true },
      ],
    },
    {
      id: 'mnl-02',
      name: 'Jose',
      siteId: 'manila',
      days: [
        { date: '2026-11-29', shifts: [shift('22:00', '06:00', '2026-11-30', { pinned: true })], holiday: null, timeOff: false },
        { date: '2026-11-30', shifts: [shift('09:00', '13:00', '2026-11-30', { templateId: 'manila-4h', paidHours: 4 })], holiday: 'Bonifacio Day', timeOff: false },
      ],
    },
    { id: 'szx-01', name: 'Li', siteId: 'shenzhen', days: [{ date: '2026-11-29', shifts: [], holiday: null, timeOff: false }, { date: '2026-11-30', shifts: [], holiday: null, timeOff: false }] },
  ],
  unfilled: [
    { shift: { siteId: 'manila', templateId: 'manila-4h', date: '2026-11-30', localStart: '09:00' }, localEnd: '13:00', startUtc: '', endUtc: '', planned: 3, missing: 2, languages: [], blockers: {}, message: '' },
    { shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-11-30', localStart: '06:00' }, localEnd: '14:00', startUtc: '', endUtc: '', planned: 1, missing: 1, languages: [], blockers: {}, message: '' },
  ],
};

describe('rotaDateColumns', () => {
  it('labels each date and marks the shown sites’ holidays with their pay multiplier', () => {
    expect(rotaDateColumns(rota, null)).toEqual([
      { date: '2026-11-29', label: 'Sun 29', weekend: true, holidays: [] },
      { date: '2026-11-30', label: 'Mon 30', weekend: false, holidays: ['Bonifacio Day (Manila, pay ×2)'] },
    ]);
    expect(rotaDateColumns(rota, 'shenzhen')[1].holidays).toEqual([]);
  });
});

describe('rotaGridRows', () => {
  const pins: RotaPin[] = [
    { id: 7, agentId: 'mnl-02', shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-11-29', localStart: '22:00' }, createdAt: '' },
    { id: 8, agentId: 'mnl-01', date: '2026-11-30', off: true, createdAt: '' },
  ];

  it('shows shift times on the site clock, an overnight end as +1, leave, and the pins of each cell', () => {
    const rows = rotaGridRows(rota, 'manila', pins);
    expect(rows.map((r) => [r.name, r.hours])).toEqual([
      ['Maria', 8],
      ['Jose', 12],
    ]);
    expect(rows[0].cells.map((c) => [c.kind, c.text, c.night, c.holiday, c.pinIds])).toEqual([
      ['shift', '22:00–06:00 +1', true, null, []],
      ['time-off', 'leave', false, 'Bonifacio Day', [8]],
    ]);
    expect(rows[1].cells[0]).toMatchObject({ pinned: true, pinIds: [7], shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-11-29', localStart: '22:00' } });
    expect(rows[1].cells[1]).toMatchObject({ text: '09:00–13:00', templateId: 'manila-4h' });
  });

  it("carries the plan's dispatch rule of each shift to its cell, none on a day off", () => {
    const lines = ['22:00–02:00 Amazon US urgent → Amazon US standard', '02:00–06:00 Amazon US standard → Amazon US urgent'];
    const withRule = { ...rota, agents: rota.agents.map((a, i) => (i === 0 ? { ...a, days: a.days.map((d) => ({ ...d, shifts: d.shifts.map((s) => ({ ...s, dispatch: lines })) })) } : a)) };
    const rows = rotaGridRows(withRule, 'manila');
    expect(rows[0].cells.map((c) => c.dispatch)).toEqual([lines, []]);
    expect(rows[1].cells[0].dispatch).toEqual([]);
  });

  it('lists every site’s agents without a filter, and a day off as an empty cell', () => {
    const rows = rotaGridRows(rota, null);
    expect(rows.map((r) => r.agentId)).toEqual(['mnl-01', 'mnl-02', 'szx-01']);
    expect(rows[2].cells[0]).toMatchObject({ kind: 'off', text: '', shift: null, pinIds: [] });
  });
});

describe('shiftChoicesOn', () => {
  it('joins filled and unfilled seats of a site’s shifts on a date, by start time', () => {
    expect(shiftChoicesOn(rota, 'manila', '2026-11-30')).toEqual([
      { siteId: 'manila', templateId: 'manila-8h', date: '2026-11-30', localStart: '06:00', localEnd: '14:00', filled: 0, missing: 1 },
      { siteId: 'manila', templateId: 'manila-4h', date: '2026-11-30', localStart: '09:00', localEnd: '13:00', filled: 1, missing: 2 },
    ]);
    expect(shiftChoicesOn(rota, 'shenzhen', '2026-11-30')).toEqual([]);
  });
});

describe('pinText and fairnessRows', () => {
  it('says what a pin does', () => {
    const name = (id: string) => (id === 'mnl-01' ? 'Maria' : id);
    expect(pinText({ agentId: 'mnl-01', date: '2026-11-30', off: true }, name)).toBe('Maria off 2026-11-30');
    expect(pinText({ agentId: 'mnl-01', shift: { siteId: 'manila', templateId: 'manila-8h', date: '2026-11-29', localStart: '22:00' } }, name)).toBe('Maria on manila-8h at 22:00, 2026-11-29');
  });

  it('gives each measure’s range and spreads per site', () => {
    const stat = (min: number, max: number, adjusted: number) => ({ min, max, spread: max - min, total: min + max, shareAdjustedSpread: adjusted });
    const site: SiteFairness = { siteId: 'manila', agents: 2, hours: stat(32, 40, 1.25), nights: stat(2, 2, 0), weekends: stat(0, 1, 0.5), holidays: stat(0, 1, 1), holidaysWithHistory: stat(0.5, 1, 0.5) };
    expect(fairnessRows([site]).map((r) => [r.measure, r.range, r.spread, r.shareAdjustedSpread])).toEqual([
      ['Paid hours', '32–40', 8, 1.3],
      ['Night shifts', '2', 0, 0],
      ['Weekend shifts', '0–1', 1, 0.5],
      ['Holiday shifts', '0–1', 1, 1],
      ['Holiday shifts incl. past seasons', '0.5–1', 0.5, 0.5],
    ]);
  });
});
