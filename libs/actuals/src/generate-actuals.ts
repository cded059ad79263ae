import { HOUR_MS } from '@app/domain';
import { SeededRandom } from '@app/demo/poisson.util';
import type { ActualMessage, MonitorPlan } from './actuals.types';

/**
 * Made-up actuals whose figures are known by construction, for tests and the web demo: exact
 * message counts per hour, an exact number of messages per class and per reply band (each band a
 * range of waits, so a band wholly inside or past a deadline is wholly in time or late), an
 * exact number left unanswered. The seed (pure-rand's xoroshiro128+ through the demo's
 * `SeededRandom`, no Math.random) only decides where in its hour each message falls, which
 * messages get which class and band, and the wait inside a band: the same options give the
 * same messages on every machine, and the seed is returned with them.
 */

/** Waits from receipt to first reply drawn uniformly in [minHours, maxHours) (exactly minHours when equal). */
export interface GeneratedReplyBand {
  /** Share of the marketplace's messages; with `unansweredShare` the shares are apportioned exactly (largest remainder). */
  share: number;
  minHours: number;
  maxHours: number;
}

export interface GeneratedMarketplace {
  marketplaceId: string;
  /**
   * Messages per UTC hour from `fromUtcMs` (e.g. a plan's forecast: `arrivalsFromPlan`); hours
   * past the list get none. Fractions are carried over: an hour gets round(Σ to its end) −
   * round(Σ to its start), so the total is round(Σ).
   */
  arrivalsPerHour?: readonly number[];
  /** Or the same rate every hour of the period (fractions carried over the same way). */
  ratePerHour?: number;
  /** Shares of the classes (classId null: the export names none); default all null. */
  classes?: readonly { classId: string | null; share: number }[];
  replyBands: readonly GeneratedReplyBand[];
  /** Share left unanswered (firstReplyUtcMs null); default 0. */
  unansweredShare?: number;
}

export interface GenerateActualsOptions {
  seed: number;
  /** The period, [from, to), in whole UTC hours from `fromUtcMs`. */
  fromUtcMs: number;
  toUtcMs: number;
  marketplaces: readonly GeneratedMarketplace[];
  /** Answered messages are signed round-robin in order of receipt; none: agent and site null. */
  agents?: readonly { agent: string; siteId?: string | null }[];
  /** The moment the export was taken: a reply drawn after it is left out (the message still open; receipts are not cut). Default: every reply kept. */
  exportedAtUtcMs?: number;
}

/** What the generator built for one marketplace: the figures a report of the messages must show. */
export interface GeneratedMarketplaceSummary {
  marketplaceId: string;
  /** Messages received per hour of the period. */
  perHour: number[];
  received: number;
  classes: { classId: string | null; messages: number }[];
  /** Per reply band, in the options' order: messages given a wait in it, and of those, answered by the export's time. */
  bands: { minHours: number; maxHours: number; messages: number; answered: number }[];
  /** Messages never answered (the unanswered share) and those whose reply fell after the export was taken. */
  unanswered: number;
  repliedAfterExport: number;
}

export interface GeneratedActuals {
  seed: number;
  /** In order of receipt. */
  messages: ActualMessage[];
  marketplaces: GeneratedMarketplaceSummary[];
}

/** Integer parts of `total` in proportion to `shares`, summing to `total` (largest remainder, ties to the earlier share). */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]++;
    left--;
  }
  return parts;
}

/** The plan's forecast messages per UTC hour of [fromUtcMs, fromUtcMs + hours) for a marketplace (all its queues; 0 outside the grid). */
export function arrivalsFromPlan(plan: MonitorPlan, marketplaceId: string, fromUtcMs: number, hours: number): number[] {
  const perHour = new Array<number>(hours).fill(0);
  for (const queue of plan.queues) {
    if (queue.marketplaceId !== marketplaceId) continue;
    for (let h = 0; h < hours; h++) {
      const index = (fromUtcMs - plan.gridStartUtcMs) / HOUR_MS + h;
      if (Number.isInteger(index) && index >= 0 && index < plan.gridHours) perHour[h] += queue.arrivals[index] ?? 0;
    }
  }
  return perHour;
}

function hourlyCounts(market: GeneratedMarketplace, hours: number): number[] {
  const rates = Array.from({ length: hours }, (_, h) => (market.arrivalsPerHour ? (market.arrivalsPerHour[h] ?? 0) : (market.ratePerHour ?? 0)));
  let cumulative = 0;
  return rates.map((rate) => {
    const before = Math.round(cumulative);
    cumulative += rate;
    return Math.round(cumulative) - before;
  });
}

/** A list of `counts[i]` copies of each i, shuffled (Fisher–Yates). */
function shuffledLabels(counts: readonly number[], random: SeededRandom): number[] {
  const labels: number[] = [];
  counts.forEach((count, label) => {
    for (let i = 0; i < count; i++) labels.push(label);
  });
  for (let i = labels.length - 1; i > 0; i--) {
    const j = random.integer(0, i);
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  return labels;
}

function check(options: GenerateActualsOptions): void {
  if (!Number.isInteger(options.seed)) throw new RangeError(`the seed must be an integer, not ${options.seed}`);
  if (!(options.toUtcMs > options.fromUtcMs)) throw new RangeError('the period must end after it starts');
  for (const market of options.marketplaces) {
    const where = `marketplace "${market.marketplaceId}"`;
    const rates = market.arrivalsPerHour ?? [market.ratePerHour ?? 0];
    if (rates.some((rate) => !(rate >= 0))) throw new RangeError(`${where}: arrivals per hour must be 0 or more`);
    for (const band of market.replyBands) {
      if (!(band.minHours >= 0 && band.maxHours >= band.minHours)) throw new RangeError(`${where}: a reply band needs 0 ≤ minHours ≤ maxHours, not ${band.minHours}–${band.maxHours}`);
    }
    const shares = [...market.replyBands.map((band) => band.share), market.unansweredShare ?? 0];
    if (shares.some((share) => !(share >= 0)) || !(shares.reduce((a, b) => a + b, 0) > 0)) throw new RangeError(`${where}: reply band and unanswered shares must be 0 or more, not all 0`);
    const classes = market.classes ?? [];
    if (classes.some((c) => !(c.share >= 0)) || (classes.length > 0 && !(classes.reduce((sum, c) => sum + c.share, 0) > 0))) {
      throw new RangeError(`${where}: class shares must be 0 or more, not all 0`);
    }
  }
}

/** Generates the messages of `options.marketplaces` over the period; see the file's comment for what is exact. */
export function generateActuals(options: GenerateActualsOptions): GeneratedActuals {
  check(options);
  const random = new SeededRandom(options.seed);
  const hours = Math.ceil((options.toUtcMs - options.fromUtcMs) / HOUR_MS);
  const exportedAt = options.exportedAtUtcMs ?? Infinity;
  const messages: ActualMessage[] = [];
  const summaries: GeneratedMarketplaceSummary[] = [];
  const drafts: { message: ActualMessage; band: number | null; summary: GeneratedMarketplaceSummary }[] = [];

  for (const market of options.marketplaces) {
    const perHour = hourlyCounts(market, hours);
    const received = perHour.reduce((a, b) => a + b, 0);
    const classes = market.classes && market.classes.length > 0 ? market.classes : [{ classId: null, share: 1 }];
    const classCounts = apportion(received, classes.map((c) => c.share));
    const bandCounts = apportion(received, [...market.replyBands.map((band) => band.share), market.unansweredShare ?? 0]);
    const classOf = shuffledLabels(classCounts, random);
    const bandOf = shuffledLabels(bandCounts, random);
    const summary: GeneratedMarketplaceSummary = {
      marketplaceId: market.marketplaceId,
      perHour,
      received,
      classes: classes.map((c, i) => ({ classId: c.classId, messages: classCounts[i] })),
      bands: market.replyBands.map((band, i) => ({ minHours: band.minHours, maxHours: band.maxHours, messages: bandCounts[i], answered: 0 })),
      unanswered: bandCounts[market.replyBands.length],
      repliedAfterExport: 0,
    };
    summaries.push(summary);
    let index = 0;
    perHour.forEach((count, h) => {
      const hourStart = options.fromUtcMs + h * HOUR_MS;
      for (let k = 0; k < count; k++, index++) {
        // whole seconds, inside the hour and the period
        const latest = Math.min(HOUR_MS, options.toUtcMs - hourStart) / 1000;
        const receivedUtcMs = hourStart + Math.floor(random.uniform() * latest) * 1000;
        const band = bandOf[index] < market.replyBands.length ? bandOf[index] : null;
        let firstReplyUtcMs: number | null = null;
        if (band !== null) {
          const { minHours, maxHours } = market.replyBands[band];
          firstReplyUtcMs = receivedUtcMs + Math.floor(minHours * 3600 + random.uniform() * (maxHours - minHours) * 3600) * 1000;
        }
        const message: ActualMessage = { marketplaceId: market.marketplaceId, classId: classes[classOf[index]].classId, receivedUtcMs, firstReplyUtcMs, agent: null, siteId: null };
        drafts.push({ message, band, summary });
      }
    });
  }

  // stable: receipts at the same second keep the options' marketplace order
  drafts.sort((a, b) => a.message.receivedUtcMs - b.message.receivedUtcMs);
  let signed = 0;
  for (const { message, band, summary } of drafts) {
    if (band !== null && message.firstReplyUtcMs !== null) {
      if (message.firstReplyUtcMs > exportedAt) {
        message.firstReplyUtcMs = null;
        summary.repliedAfterExport++;
      } else {
        summary.bands[band].answered++;
        const agent = options.agents && options.agents.length > 0 ? options.agents[signed++ % options.agents.length] : null;
        message.agent = agent?.agent ?? null;
        message.siteId = agent?.siteId ?? null;
      }
    }
    messages.push(message);
  }
  return { seed: options.seed, messages, marketplaces: summaries };
}
