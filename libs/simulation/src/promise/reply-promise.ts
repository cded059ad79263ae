import { DateTime } from 'luxon';
import { formatLocal, formatUtc, HOUR_MS, isIsoDate, localToUtc, toLocal } from '@app/domain';
import { hourOfWeekLabel } from '../interpret/build-result';
import { SimulationError, SimulationErrorCode } from '../simulation-error';
import type { MarketplaceResult, SimulationResult } from '../simulation.types';
import { autoReplySentence } from './auto-reply-sentence.util';

/**
 * What an auto-reply may promise: for a message reaching a marketplace at a given moment, the
 * buyer-local time by which the simulated roster had replied to `promiseConfidence` (90 %) of
 * the messages arriving in that hour, rounded up, with a ready sentence in the buyer's language.
 */

export interface PromiseOptions {
  /** ISO 639-1; default the marketplace's first language. */
  language?: string;
  /** Round the promised time up to a multiple of this many minutes on the buyer's clock (default 60). */
  roundToMinutes?: number;
}

export interface ReplyPromise {
  marketplaceId: string;
  receivedUtc: string;
  receivedLocal: string;
  /** null when the simulation saw no reply within a week for this hour or any later one. */
  replyByUtc: string | null;
  replyByLocal: string | null;
  /** Hours from receipt to the promised time. */
  promiseHours: number | null;
  confidence: number;
  teamOnline: boolean;
  language: string;
  sentence: string | null;
  /**
   * `observed`: messages arrived in this hour; `later-hour`: none did, the next hour that had some
   * is used; `none`: no reply seen; `outside-horizon`: the moment is outside a dated grid.
   */
  basis: 'observed' | 'later-hour' | 'none' | 'outside-horizon';
}

export interface PromiseTableRow extends ReplyPromise {
  /** Buyer-local hour of week, 0 = Monday 00:00. */
  localHourOfWeek: number;
  label: string;
}

export interface PromiseTable {
  marketplaceId: string;
  timeZone: string;
  language: string;
  /** Buyer-local Monday the table starts on. */
  weekStart: string;
  confidence: number;
  rows: PromiseTableRow[];
}

function marketplaceOf(result: SimulationResult, marketplaceId: string): MarketplaceResult {
  const marketplace = result.marketplaces.find((entry) => entry.marketplaceId === marketplaceId);
  if (!marketplace) {
    throw SimulationError.single(
      SimulationErrorCode.UnknownMarketplace,
      'marketplaceId',
      `unknown marketplace "${marketplaceId}" (simulated: ${result.marketplaces.map((entry) => entry.marketplaceId).join(', ')})`,
    );
  }
  return marketplace;
}

/** The grid hour a moment falls in: cyclic grids repeat, dated grids must contain it. */
function gridHourOf(result: SimulationResult, atUtcMs: number): { hour: number; hourStartUtcMs: number } {
  const start = Date.parse(result.grid.startUtc);
  const offset = Math.floor((atUtcMs - start) / HOUR_MS);
  const hourStartUtcMs = start + offset * HOUR_MS;
  if (result.grid.mode === 'cyclic') return { hour: ((offset % result.grid.hours) + result.grid.hours) % result.grid.hours, hourStartUtcMs };
  if (offset < 0 || offset >= result.grid.hours) {
    throw SimulationError.single(
      SimulationErrorCode.OutsideGrid,
      'atUtcMs',
      `${formatUtc(atUtcMs)} is outside the simulated horizon ${result.grid.startUtc} + ${result.grid.hours} h`,
    );
  }
  return { hour: offset, hourStartUtcMs };
}

function roundUpLocal(utcMs: number, zone: string, minutes: number): number {
  const local = DateTime.fromMillis(utcMs, { zone });
  const sinceMidnight = local.hour * 60 + local.minute + (local.second > 0 || local.millisecond > 0 ? 1 : 0);
  const rounded = Math.ceil(sinceMidnight / minutes) * minutes;
  return local.startOf('day').plus({ minutes: rounded }).toMillis();
}

/** The promise for a message reaching `marketplaceId` at `atUtcMs`. */
export function replyPromise(result: SimulationResult, marketplaceId: string, atUtcMs: number, options: PromiseOptions = {}): ReplyPromise {
  const marketplace = marketplaceOf(result, marketplaceId);
  const roundTo = options.roundToMinutes ?? 60;
  if (!(roundTo >= 1 && roundTo <= 24 * 60)) throw SimulationError.single(SimulationErrorCode.InvalidOption, 'roundToMinutes', `must be 1 to 1440, not ${roundTo}`);
  const { hour, hourStartUtcMs } = gridHourOf(result, atUtcMs);
  const hours = result.grid.hours;
  const cyclic = result.grid.mode === 'cyclic';
  let basis: ReplyPromise['basis'] = 'none';
  let replyBy: number | null = null;
  for (let ahead = 0; ahead < hours; ahead++) {
    const index = hour + ahead;
    if (index >= hours && !cyclic) break;
    const minutes = marketplace.replyByMinutes[index % hours];
    if (minutes === null) continue;
    replyBy = hourStartUtcMs + ahead * HOUR_MS + minutes * 60_000;
    basis = ahead === 0 ? 'observed' : 'later-hour';
    break;
  }
  const teamOnline = marketplace.teamOnline[hour];
  const requested = options.language ?? marketplace.languages[0] ?? 'en';
  const base = {
    marketplaceId,
    receivedUtc: formatUtc(atUtcMs),
    receivedLocal: formatLocal(atUtcMs, marketplace.timeZone),
    confidence: result.promiseConfidence,
    teamOnline,
  };
  if (replyBy === null) return { ...base, replyByUtc: null, replyByLocal: null, promiseHours: null, language: requested, sentence: null, basis };
  const promised = Math.max(roundUpLocal(replyBy, marketplace.timeZone, roundTo), roundUpLocal(atUtcMs, marketplace.timeZone, roundTo));
  const { language, sentence } = autoReplySentence({
    language: requested,
    country: marketplace.country,
    zone: marketplace.timeZone,
    receivedUtcMs: atUtcMs,
    replyByUtcMs: promised,
    teamOnline,
  });
  return {
    ...base,
    replyByUtc: formatUtc(promised),
    replyByLocal: formatLocal(promised, marketplace.timeZone),
    promiseHours: (promised - atUtcMs) / HOUR_MS,
    language,
    sentence,
    basis,
  };
}

/**
 * The promise for every buyer-local hour of one week (a message arriving at the start of each
 * hour), from the buyer-local Monday on or before `weekStart` (default: the week the grid starts
 * in). On a dated grid, hours outside the simulated horizon get basis `outside-horizon`.
 */
export function promiseTable(result: SimulationResult, marketplaceId: string, options: PromiseOptions & { weekStart?: string } = {}): PromiseTable {
  const marketplace = marketplaceOf(result, marketplaceId);
  const zone = marketplace.timeZone;
  if (options.weekStart !== undefined && !isIsoDate(options.weekStart)) {
    throw SimulationError.single(SimulationErrorCode.InvalidOption, 'weekStart', `"${options.weekStart}" is not a date YYYY-MM-DD`);
  }
  const startDate = options.weekStart ?? toLocal(Date.parse(result.grid.startUtc), zone).date;
  const day = DateTime.fromISO(startDate, { zone: 'utc' });
  const weekStart = day.minus({ days: day.weekday - 1 });
  const rows: PromiseTableRow[] = [];
  let language = options.language ?? marketplace.languages[0] ?? 'en';
  for (let hourOfWeek = 0; hourOfWeek < 7 * 24; hourOfWeek++) {
    const date = weekStart.plus({ days: Math.floor(hourOfWeek / 24) }).toISODate() as string;
    // in a spring-forward gap luxon moves the missing hour forward; the table keeps all 168 rows
    const at = localToUtc(date, `${String(hourOfWeek % 24).padStart(2, '0')}:00`, zone);
    const label = hourOfWeekLabel(hourOfWeek);
    if (!insideGrid(result, at)) {
      rows.push({
        marketplaceId,
        receivedUtc: formatUtc(at),
        receivedLocal: formatLocal(at, zone),
        replyByUtc: null,
        replyByLocal: null,
        promiseHours: null,
        confidence: result.promiseConfidence,
        teamOnline: false,
        language,
        sentence: null,
        basis: 'outside-horizon',
        localHourOfWeek: hourOfWeek,
        label,
      });
      continue;
    }
    const promise = replyPromise(result, marketplaceId, at, options);
    language = promise.language;
    rows.push({ ...promise, localHourOfWeek: hourOfWeek, label });
  }
  return { marketplaceId, timeZone: zone, language, weekStart: weekStart.toISODate() as string, confidence: result.promiseConfidence, rows };
}

function insideGrid(result: SimulationResult, atUtcMs: number): boolean {
  if (result.grid.mode === 'cyclic') return true;
  const start = Date.parse(result.grid.startUtc);
  return atUtcMs >= start && atUtcMs < start + result.grid.hours * HOUR_MS;
}
