import type { HourGrid } from '@app/domain';
import { hoursOn, marketplace, priorityClass, range, site } from '../__fixtures__/simulation-fixtures';
import { staffingFromSiteHours } from '../input/staffing.util';
import { simulate } from '../simulate';
import type { SimulationResult } from '../simulation.types';
import { autoReplySentence } from './auto-reply-sentence.util';
import { promiseTable, replyPromise } from './reply-promise';

/**
 * A known roster: five agents in Shenzhen from 09:00 to 17:00 local (01:00–09:00 UTC), Monday to
 * Friday, answering four marketplaces that each send half a message an hour of one minute. The
 * backlog left overnight (or over the weekend) is cleared within half an hour of 01:00 UTC, so a
 * message written while the team is away is answered by 01:15 UTC, and one written while it
 * works within a quarter of an hour.
 */
describe('auto-reply promises from a known roster', () => {
  const week: HourGrid = { startUtc: '2024-03-04T00:00:00Z', hours: 168, mode: 'cyclic' };
  const marketplaces = [
    marketplace('amazon-us', [priorityClass('standard', 24, 1)], { timeZone: 'America/New_York', country: 'US', languages: ['en'] }),
    marketplace('amazon-uk', [priorityClass('standard', 24, 1)], { timeZone: 'Europe/London', country: 'GB', languages: ['en'] }),
    marketplace('amazon-de', [priorityClass('standard', 24, 1)], { timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'] }),
    marketplace('amazon-jp', [priorityClass('standard', 24, 1)], { timeZone: 'Asia/Tokyo', country: 'JP', languages: ['ja'] }),
  ];
  const onDuty = range(0, 5).flatMap((day) => range(day * 24 + 1, day * 24 + 9));
  let result: SimulationResult;

  beforeAll(() => {
    result = simulate({
      marketplaces,
      sites: [site('shenzhen', { timeZone: 'Asia/Shanghai', languages: ['en', 'de', 'ja'] })],
      staffing: staffingFromSiteHours(week, { shenzhen: hoursOn(168, onDuty, 5) }),
      arrivals: { kind: 'expected', queues: marketplaces.map((entry) => ({ marketplaceId: entry.id, classId: 'standard', values: new Array(168).fill(0.5) })) },
    });
  });

  it('English (UK): a message at 22:00 on Monday is promised for 02:00 tomorrow (Tuesday)', () => {
    const promise = replyPromise(result, 'amazon-uk', Date.parse('2024-03-04T22:00:00Z'));
    expect(promise).toMatchObject({ teamOnline: false, replyByLocal: '2024-03-05T02:00+00:00', language: 'en', basis: 'observed', confidence: 0.9 });
    expect(promise.sentence).toBe('Thank you for your message. Our team is offline right now; we will reply by 02:00 tomorrow (Tuesday).');
  });

  it('English (US): the same night is still Monday evening in New York, and the team is online from 20:00', () => {
    const offline = replyPromise(result, 'amazon-us', Date.parse('2024-03-04T15:00:00Z'));
    expect(offline.replyByLocal).toBe('2024-03-04T21:00-05:00');
    expect(offline.sentence).toBe('Thank you for your message. Our team is offline right now; we will reply by 9:00 PM today.');
    const online = replyPromise(result, 'amazon-us', Date.parse('2024-03-05T01:00:00Z'));
    expect(online.teamOnline).toBe(true);
    expect(online.sentence).toBe('Thank you for your message. We will reply by 9:00 PM today.');
  });

  it('German: 22:00 on Monday in Berlin → by 03:00 tomorrow (Tuesday)', () => {
    const promise = replyPromise(result, 'amazon-de', Date.parse('2024-03-04T21:00:00Z'));
    expect(promise.replyByLocal).toBe('2024-03-05T03:00+01:00');
    expect(promise.sentence).toBe('Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; wir antworten Ihnen bis morgen (Dienstag), 03:00 Uhr.');
  });

  it('Japanese: 18:00 on Friday in Tokyo → by 11:00 on Monday, with the weekday in Japanese', () => {
    const promise = replyPromise(result, 'amazon-jp', Date.parse('2024-03-08T09:00:00Z'));
    expect(promise.replyByLocal).toBe('2024-03-11T11:00+09:00');
    expect(promise.sentence).toBe('お問い合わせいただきありがとうございます。現在、担当チームは営業時間外です。月曜日11:00までにご返信いたします。');
    // finer rounding promises the quarter hour the replies actually came by
    expect(replyPromise(result, 'amazon-jp', Date.parse('2024-03-08T09:00:00Z'), { roundToMinutes: 15 }).replyByLocal).toBe('2024-03-11T10:15+09:00');
  });

  it('the week’s promise table, hour by hour in the buyers’ time', () => {
    const table = promiseTable(result, 'amazon-de', { weekStart: '2024-03-06' });
    expect(table.weekStart).toBe('2024-03-04');
    expect(table.rows).toHaveLength(168);
    expect(table.rows[22]).toMatchObject({ label: 'Mon 22:00–23:00', receivedLocal: '2024-03-04T22:00+01:00', replyByLocal: '2024-03-05T03:00+01:00' });
    // agents work 02:00–10:00 Berlin time on weekdays
    expect(table.rows.filter((row) => row.teamOnline).map((row) => row.label.slice(0, 9))).toEqual(
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].flatMap((day) => range(2, 10).map((hour) => `${day} ${String(hour).padStart(2, '0')}:00`)),
    );
    // Saturday afternoon waits for Monday
    expect(table.rows[5 * 24 + 15].sentence).toBe('Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; wir antworten Ihnen bis Montag, 03:00 Uhr.');
  });

  it('asks for a known marketplace', () => {
    expect(() => replyPromise(result, 'ebay-us', Date.parse('2024-03-04T22:00:00Z'))).toThrow('unknown marketplace "ebay-us"');
  });
});

describe('autoReplySentence', () => {
  const base = { zone: 'Europe/Berlin', receivedUtcMs: Date.parse('2024-03-04T21:00:00Z'), teamOnline: false };

  it('names dates more than a week ahead in full, in each language', () => {
    const replyByUtcMs = Date.parse('2024-03-14T09:00:00Z');
    expect(autoReplySentence({ ...base, language: 'en', country: 'GB', replyByUtcMs }).sentence).toBe(
      'Thank you for your message. Our team is offline right now; we will reply by 10:00 on Thursday, 14 March.',
    );
    expect(autoReplySentence({ ...base, language: 'de', country: 'DE', replyByUtcMs }).sentence).toBe(
      'Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; wir antworten Ihnen bis Donnerstag, 14. März, 10:00 Uhr.',
    );
    expect(autoReplySentence({ ...base, language: 'ja', country: 'JP', zone: 'Asia/Tokyo', replyByUtcMs }).sentence).toBe(
      'お問い合わせいただきありがとうございます。現在、担当チームは営業時間外です。3月14日（木曜日）18:00までにご返信いたします。',
    );
  });

  it('French and Spanish frames', () => {
    const tomorrow = Date.parse('2024-03-05T09:00:00Z');
    expect(autoReplySentence({ ...base, language: 'fr', country: 'FR', replyByUtcMs: tomorrow }).sentence).toBe(
      "Merci pour votre message. Notre équipe est actuellement indisponible ; nous vous répondrons d'ici demain (mardi) à 10:00.",
    );
    expect(autoReplySentence({ ...base, language: 'es', country: 'ES', replyByUtcMs: Date.parse('2024-03-14T09:00:00Z') }).sentence).toBe(
      'Gracias por su mensaje. Nuestro equipo no está disponible en este momento; le responderemos antes de las 10:00 del jueves 14 de marzo.',
    );
  });

  it('falls back to English for a language without a frame', () => {
    expect(autoReplySentence({ ...base, language: 'pl', country: 'PL', replyByUtcMs: Date.parse('2024-03-05T02:00:00Z') })).toEqual({
      language: 'en',
      sentence: 'Thank you for your message. Our team is offline right now; we will reply by 03:00 tomorrow (Tuesday).',
    });
  });
});
