import { formatUtc, HOUR_MS } from '@app/domain';
import type { HourGrid, Marketplace, QueueArrivals, Site } from '@app/domain';
import { simulate, staffingFromIntervals } from '@app/simulation';
import type { ActualMessage } from '../actuals.types';
import type { ReplanOutlook } from './replan.types';

/** A stretch someone is on duty (a shift, or the part of it still ahead). */
export interface DutyInterval {
  siteId: string;
  startUtcMs: number;
  endUtcMs: number;
  languages?: string[];
}

/** What the outlook of the rest of a window is computed from; built once, evaluated for every candidate rota. */
export interface OutlookSetting {
  marketplaces: Marketplace[];
  sites: Site[];
  /** Starts at the oldest open message's hour (nobody on duty before now), ends at the window's end. */
  grid: HourGrid;
  /** Grid hour of now. */
  nowHour: number;
  /** Open messages in the hours they arrived, then the expected arrivals from now on. */
  queues: QueueArrivals[];
  targets: Map<string, number>;
}

/** Open messages are placed at their own arrival hours so their deadlines run from receipt, not from now. */
export function outlookSetting(input: {
  marketplaces: Marketplace[];
  sites: Site[];
  nowUtcMs: number;
  windowEndUtcMs: number;
  arrivalsStartUtcMs: number;
  arrivals: readonly QueueArrivals[];
  openMessages: readonly ActualMessage[];
  targets: ReadonlyArray<{ marketplaceId: string; slaAttainment: number }>;
}): OutlookSetting {
  const oldest = input.openMessages.reduce((min, message) => Math.min(min, message.receivedUtcMs), input.nowUtcMs);
  const startUtcMs = Math.floor(oldest / HOUR_MS) * HOUR_MS;
  const nowHour = Math.round((input.nowUtcMs - startUtcMs) / HOUR_MS);
  const hours = Math.max(nowHour + 1, Math.ceil((input.windowEndUtcMs - startUtcMs) / HOUR_MS));
  const queues = new Map<string, QueueArrivals>();
  const queueOf = (marketplaceId: string, classId: string) => {
    const key = `${marketplaceId}|${classId}`;
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = { marketplaceId, classId, values: new Array<number>(hours).fill(0) }));
    return queue;
  };
  for (const marketplace of input.marketplaces) for (const priority of marketplace.classes) queueOf(marketplace.id, priority.id);
  const offset = Math.round((input.arrivalsStartUtcMs - startUtcMs) / HOUR_MS);
  for (const arrivals of input.arrivals) {
    const queue = queues.get(`${arrivals.marketplaceId}|${arrivals.classId}`);
    if (!queue) continue;
    arrivals.values.forEach((value, hour) => {
      const at = hour + offset;
      if (at >= nowHour && at < hours) queue.values[at] += value;
    });
  }
  const marketplaceById = new Map(input.marketplaces.map((marketplace) => [marketplace.id, marketplace]));
  for (const message of input.openMessages) {
    const marketplace = marketplaceById.get(message.marketplaceId);
    const classId = message.classId ?? marketplace?.classes.find((entry) => entry.replyDeadlineHours !== null)?.id;
    if (!marketplace || !classId) continue;
    const at = Math.floor((message.receivedUtcMs - startUtcMs) / HOUR_MS);
    if (at >= 0 && at < nowHour) queueOf(message.marketplaceId, classId).values[at] += 1;
  }
  return {
    marketplaces: input.marketplaces,
    sites: input.sites,
    grid: { startUtc: formatUtc(startUtcMs), hours, mode: 'dated' },
    nowHour,
    queues: [...queues.values()],
    targets: new Map(input.targets.map((target) => [target.marketplaceId, target.slaAttainment])),
  };
}

/**
 * The rest of the window with these people on duty, replayed as a flow (deterministic) with the
 * earliest deadline first: the plan's own routing was made for the plan's volumes, not these.
 */
export interface Outlook {
  marketplaces: ReplanOutlook[];
  /** End of the last hour that closes with messages waiting (now when none does): capacity after it cannot help. */
  lastBacklogUtcMs: number;
  /** Messages waiting at the end of each hour per marketplace, from `startUtcMs`: where more hands would have work. */
  backlog: Map<string, number[]>;
  startUtcMs: number;
}

export function outlookOf(setting: OutlookSetting, duty: readonly DutyInterval[]): Outlook {
  const nowUtcMs = Date.parse(setting.grid.startUtc) + setting.nowHour * HOUR_MS;
  const endUtcMs = Date.parse(setting.grid.startUtc) + setting.grid.hours * HOUR_MS;
  const intervals = duty
    .map((interval) => ({ ...interval, startUtcMs: Math.max(interval.startUtcMs, nowUtcMs), endUtcMs: Math.min(interval.endUtcMs, endUtcMs) }))
    .filter((interval) => interval.endUtcMs > interval.startUtcMs)
    .map((interval) => ({ siteId: interval.siteId, startUtc: interval.startUtcMs, endUtc: interval.endUtcMs, languages: interval.languages }));
  const result = simulate(
    {
      marketplaces: setting.marketplaces,
      sites: setting.sites,
      staffing: staffingFromIntervals(setting.grid, intervals, 'duty'),
      arrivals: { kind: 'expected', queues: setting.queues },
    },
    { mode: 'fluid', discipline: 'edf' },
  );
  let lastBacklogHour = setting.nowHour;
  for (const marketplace of result.marketplaces) {
    marketplace.backlogByHour.mean.forEach((waiting, hour) => {
      if (waiting > 1e-6) lastBacklogHour = Math.max(lastBacklogHour, hour + 1);
    });
  }
  const marketplaces = result.marketplaces.map((marketplace) => {
    const messages = marketplace.messagesBand.mean;
    const slaAttainment = messages > 0 ? marketplace.slaAttainment.mean : 1;
    return {
      marketplaceId: marketplace.marketplaceId,
      messages,
      late: messages * (1 - slaAttainment),
      slaAttainment,
      target: setting.targets.get(marketplace.marketplaceId) ?? 1,
    };
  });
  return {
    marketplaces,
    lastBacklogUtcMs: Date.parse(setting.grid.startUtc) + lastBacklogHour * HOUR_MS,
    backlog: new Map(result.marketplaces.map((marketplace) => [marketplace.marketplaceId, marketplace.backlogByHour.mean])),
    startUtcMs: Date.parse(setting.grid.startUtc),
  };
}

/** Late messages beyond what the targets allow, summed over marketplaces: what the re-plan drives to zero. */
export function lateBeyondTargets(outlook: readonly ReplanOutlook[]): number {
  return outlook.reduce((sum, entry) => sum + Math.max(0, entry.late - entry.messages * (1 - entry.target)), 0);
}

export function totalLate(outlook: readonly ReplanOutlook[]): number {
  return outlook.reduce((sum, entry) => sum + entry.late, 0);
}
