import { DateTime } from 'luxon';

/**
 * The off-hours auto-reply in the buyer's language, promising a concrete local time. Weekday and
 * month names come from the platform's Intl data through luxon's `setLocale`; the sentence
 * frames are written per language. Languages without a frame fall back to English.
 */

/** How far the promised time is from the moment the buyer wrote, in the buyer's calendar. */
type DayDistance = 'today' | 'tomorrow' | 'this-week' | 'later';

interface SentenceFrame {
  offline: (when: string) => string;
  online: (when: string) => string;
  when: (distance: DayDistance, time: string, replyBy: DateTime) => string;
  timeFormat: (country: string) => string;
}

const FRAMES: Record<string, SentenceFrame> = {
  en: {
    offline: (when) => `Thank you for your message. Our team is offline right now; we will reply by ${when}.`,
    online: (when) => `Thank you for your message. We will reply by ${when}.`,
    when: (distance, time, at) => {
      if (distance === 'today') return `${time} today`;
      if (distance === 'tomorrow') return `${time} tomorrow (${at.toFormat('cccc')})`;
      if (distance === 'this-week') return `${time} on ${at.toFormat('cccc')}`;
      return `${time} on ${at.toFormat('cccc, d MMMM')}`;
    },
    timeFormat: (country) => (['US', 'CA', 'AU', 'NZ', 'PH', 'IN'].includes(country) ? 'h:mm a' : 'HH:mm'),
  },
  de: {
    offline: (when) => `Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; wir antworten Ihnen bis ${when}.`,
    online: (when) => `Vielen Dank für Ihre Nachricht. Wir antworten Ihnen bis ${when}.`,
    when: (distance, time, at) => {
      if (distance === 'today') return `heute, ${time} Uhr`;
      if (distance === 'tomorrow') return `morgen (${at.toFormat('cccc')}), ${time} Uhr`;
      if (distance === 'this-week') return `${at.toFormat('cccc')}, ${time} Uhr`;
      return `${at.toFormat('cccc, d. MMMM')}, ${time} Uhr`;
    },
    timeFormat: () => 'HH:mm',
  },
  ja: {
    offline: (when) => `お問い合わせいただきありがとうございます。現在、担当チームは営業時間外です。${when}までにご返信いたします。`,
    online: (when) => `お問い合わせいただきありがとうございます。${when}までにご返信いたします。`,
    when: (distance, time, at) => {
      if (distance === 'today') return `本日${time}`;
      if (distance === 'tomorrow') return `明日（${at.toFormat('cccc')}）${time}`;
      if (distance === 'this-week') return `${at.toFormat('cccc')}${time}`;
      return `${at.toFormat('M月d日')}（${at.toFormat('cccc')}）${time}`;
    },
    timeFormat: () => 'H:mm',
  },
  fr: {
    offline: (when) => `Merci pour votre message. Notre équipe est actuellement indisponible ; nous vous répondrons d'ici ${when}.`,
    online: (when) => `Merci pour votre message. Nous vous répondrons d'ici ${when}.`,
    when: (distance, time, at) => {
      if (distance === 'today') return `aujourd'hui à ${time}`;
      if (distance === 'tomorrow') return `demain (${at.toFormat('cccc')}) à ${time}`;
      if (distance === 'this-week') return `${at.toFormat('cccc')} à ${time}`;
      return `${at.toFormat('cccc d MMMM')} à ${time}`;
    },
    timeFormat: () => 'HH:mm',
  },
  es: {
    offline: (when) => `Gracias por su mensaje. Nuestro equipo no está disponible en este momento; le responderemos antes de ${when}.`,
    online: (when) => `Gracias por su mensaje. Le responderemos antes de ${when}.`,
    when: (distance, time, at) => {
      if (distance === 'today') return `las ${time} de hoy`;
      if (distance === 'tomorrow') return `las ${time} de mañana (${at.toFormat('cccc')})`;
      if (distance === 'this-week') return `las ${time} del ${at.toFormat('cccc')}`;
      return `las ${time} del ${at.toFormat("cccc d 'de' MMMM")}`;
    },
    timeFormat: () => 'HH:mm',
  },
};

export const AUTO_REPLY_LANGUAGES = Object.keys(FRAMES);

export interface AutoReplySentenceInput {
  /** ISO 639-1; unknown languages fall back to English. */
  language: string;
  /** Buyers' ISO country, for the clock style (10:00 AM in the US). */
  country: string;
  zone: string;
  receivedUtcMs: number;
  replyByUtcMs: number;
  /** Whether agents who can answer are on duty right now (changes the wording). */
  teamOnline: boolean;
}

/** The sentence, and the language it was written in. */
export function autoReplySentence(input: AutoReplySentenceInput): { language: string; sentence: string } {
  const language = FRAMES[input.language.toLowerCase()] ? input.language.toLowerCase() : 'en';
  const frame = FRAMES[language];
  const locale = `${language}-${input.country.toUpperCase()}`;
  const received = DateTime.fromMillis(input.receivedUtcMs, { zone: input.zone }).setLocale(locale);
  const replyBy = DateTime.fromMillis(input.replyByUtcMs, { zone: input.zone }).setLocale(locale);
  const days = Math.round(replyBy.startOf('day').diff(received.startOf('day'), 'days').days);
  const distance: DayDistance = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : days < 7 ? 'this-week' : 'later';
  const time = replyBy.toFormat(frame.timeFormat(input.country.toUpperCase()));
  const when = frame.when(distance, time, replyBy);
  return { language, sentence: input.teamOnline ? frame.online(when) : frame.offline(when) };
}
