import type { PromiseRow } from '../api/auto-reply.types';
import { planWeekStarts, promiseGrid, promiseText, readySentences } from './promise-grid';

const row = (localHourOfWeek: number, receivedLocal: string, replyByLocal: string | null, sentence: string | null): PromiseRow => ({
  localHourOfWeek,
  label: '',
  receivedUtc: '',
  receivedLocal,
  replyByUtc: null,
  replyByLocal,
  promiseHours: null,
  teamOnline: true,
  basis: replyByLocal ? 'observed' : 'outside-horizon',
  sentence,
});

const A = 'Wir antworten Ihnen bis heute, 03:00 Uhr.';
const B = 'Wir antworten Ihnen bis morgen (Dienstag), 02:00 Uhr.';

describe('promiseText', () => {
  it('reads the promise on the buyers’ clock: same day, another day, none', () => {
    expect(promiseText(row(1, '2026-11-23T01:00+01:00', '2026-11-23T03:00+01:00', A))).toBe('by 03:00');
    expect(promiseText(row(20, '2026-11-23T20:00+01:00', '2026-11-24T02:00+01:00', B))).toBe('by Tue 02:00');
    expect(promiseText(row(0, '2026-11-23T00:00+01:00', null, null))).toBe('no promise');
  });
});

describe('promiseGrid', () => {
  it('lays the week out as 24 hours × 7 days, Monday first', () => {
    const grid = promiseGrid([row(1, '2026-11-23T01:00+01:00', '2026-11-23T03:00+01:00', A), row(25, '2026-11-24T01:00+01:00', '2026-11-25T09:00+01:00', null)]);
    expect(grid).toHaveLength(24);
    expect(grid[1].map((c) => c.text)).toEqual(['by 03:00', 'by Wed 09:00', 'no promise', 'no promise', 'no promise', 'no promise', 'no promise']);
    expect(grid[1][1].localHourOfWeek).toBe(25);
  });
});

describe('readySentences', () => {
  it('groups the hours each sentence fits, joining consecutive hours', () => {
    const rows = [
      row(21, '2026-11-23T21:00+01:00', '2026-11-24T02:00+01:00', B),
      row(1, '2026-11-23T01:00+01:00', '2026-11-23T03:00+01:00', A),
      row(2, '2026-11-23T02:00+01:00', '2026-11-23T03:00+01:00', A),
      row(20, '2026-11-23T20:00+01:00', '2026-11-24T02:00+01:00', B),
      row(23, '2026-11-23T23:00+01:00', '2026-11-24T02:00+01:00', B),
      row(24, '2026-11-24T00:00+01:00', '2026-11-24T02:00+01:00', B),
      row(0, '2026-11-23T00:00+01:00', null, null),
    ];
    expect(readySentences(rows)).toEqual([
      { sentence: A, hours: 'Mon 01:00–03:00', count: 2 },
      { sentence: B, hours: 'Mon 20:00–22:00, Mon 23:00 – Tue 00:59', count: 4 },
    ]);
  });
});

describe('planWeekStarts', () => {
  it('gives one start date per week of the plan', () => {
    expect(planWeekStarts('2026-11-23T00:00:00Z', 336)).toEqual(['2026-11-23', '2026-11-30']);
    expect(planWeekStarts('2026-11-23T00:00:00Z', 100)).toEqual(['2026-11-23']);
  });
});
