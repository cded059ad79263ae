import { formatUtc } from '@app/domain';
import { hourStartsLocal, type CompiledModel } from '../model/compiled-model';
import type { FigureBank } from '../stats/figure-bank';
import { Figure, FIGURES_PER_BLOCK, HOURS_PER_WEEK, PROMISE_BIN_MINUTES, PROMISE_BINS, type ReplicationTally } from '../stats/replication-tally';
import { WAIT_BINS, waitQuantile } from '../stats/wait-histogram';
import type {
  ArrivalMode,
  Band,
  HandleTimeDistribution,
  HourlyBand,
  MarketplaceResult,
  PoolResult,
  PooledWait,
  QueueDiscipline,
  QueueResult,
  ServiceFigures,
  SimulationResult,
  TracedMessage,
  WorstHour,
} from '../simulation.types';

export interface RunDescription {
  status: 'completed' | 'aborted';
  mode: ArrivalMode;
  discipline: QueueDiscipline;
  handleTime: HandleTimeDistribution;
  seed: number;
  slaTarget: number;
  promiseConfidence: number;
  warnings: string[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MINUTES_PER_HOUR = 60;

/** The tally's counts as the plain-data result: bands in hours, buyer-local hours of week, promise minutes per hour. */
export function buildResult(model: CompiledModel, tally: ReplicationTally, run: RunDescription): SimulationResult {
  const Q = model.queueCount;
  const M = model.marketplaces.length;
  const replications = tally.replications;
  const figures = tally.figures;
  const probability = (index: number): number => {
    const judged = figureCount(figures, index);
    return judged > 0 ? tally.belowTarget[index / FIGURES_PER_BLOCK] / judged : NaN;
  };
  const serviceFigures = (block: number, queues: number[]): ServiceFigures => {
    const base = block * FIGURES_PER_BLOCK;
    const wait = waitByHourOfWeek(tally, queues, replications);
    return {
      messagesBand: figures.band(base + Figure.Messages),
      slaAttainment: figures.band(base + Figure.Sla),
      probabilitySlaBelowTarget: probability(base),
      averageWaitHours: figures.band(base + Figure.AverageWait, 1 / MINUTES_PER_HOUR),
      p50WaitHours: figures.band(base + Figure.P50, 1 / MINUTES_PER_HOUR),
      p90WaitHours: figures.band(base + Figure.P90, 1 / MINUTES_PER_HOUR),
      p99WaitHours: figures.band(base + Figure.P99, 1 / MINUTES_PER_HOUR),
      pooledWait: pooledWait(tally, block),
      unanswered: figures.band(base + Figure.Unanswered),
      worstHour: worstHour(wait.hours, wait.counts),
      waitByLocalHourOfWeek: wait.hours,
      messagesByLocalHourOfWeek: wait.perReplication,
      backlogByHour: hourlyBand(tally.backlogBank, block * model.hours, model.hours),
    };
  };

  const queues: QueueResult[] = [];
  for (let q = 0; q < Q; q++) {
    const marketplace = model.marketplaces[model.queueMarketplace[q]];
    queues.push({
      marketplaceId: marketplace.id,
      classId: model.queueClassIds[q],
      realTime: model.realTime[q] === 1,
      deadlineHours: model.deadlineHours[q],
      serviceLevel: model.realTime[q] ? figures.band(q * FIGURES_PER_BLOCK + Figure.ServiceLevel) : null,
      ...serviceFigures(q, [q]),
    });
  }

  const marketplaces: MarketplaceResult[] = model.marketplaces.map((marketplace, m) => {
    const own = [...Array(Q).keys()].filter((q) => model.queueMarketplace[q] === m && model.hasReplyDeadline[q] === 1);
    const figuresOfMarketplace = serviceFigures(Q + m, own);
    return {
      marketplaceId: marketplace.id,
      name: marketplace.name,
      timeZone: marketplace.timeZone,
      country: marketplace.country,
      languages: [...marketplace.languages],
      messages: figuresOfMarketplace.messagesBand.mean,
      noReplyMessages: model.noReplyMessages[m],
      ...figuresOfMarketplace,
      hourStartsLocal: hourStartsLocal(model, marketplace.timeZone),
      replyByMinutes: replyByMinutes(tally, m, model.hours, run.promiseConfidence),
      teamOnline: Array.from(model.teamOnline.subarray(m * model.hours, (m + 1) * model.hours), (flag) => flag === 1),
    };
  });

  const occupancyBase = (Q + M + 1) * FIGURES_PER_BLOCK;
  const pools: PoolResult[] = model.poolSiteIds.map((siteId, p) => {
    return {
      siteId,
      languages: model.poolLanguages[p],
      agentsOnDuty: Array.from(model.poolAgents.subarray(p * model.hours, (p + 1) * model.hours)),
      occupancy: figures.band(occupancyBase + p),
      occupancyByHour: Array.from({ length: model.hours }, (_, h) => {
        const productive = model.poolProductive[p * model.hours + h] * MINUTES_PER_HOUR * tally.profiles;
        return productive > 0 ? tally.busySum[p * model.hours + h] / productive : 0;
      }),
      hourStartsLocal: hourStartsLocal(model, model.poolTimeZones[p]),
    };
  });

  const overall = (Q + M) * FIGURES_PER_BLOCK;
  const result: SimulationResult = {
    status: run.status,
    mode: run.mode,
    discipline: run.discipline,
    handleTime: run.handleTime,
    replications,
    seed: run.seed,
    slaTarget: run.slaTarget,
    promiseConfidence: run.promiseConfidence,
    grid: { ...model.grid },
    messages: figures.band(overall + Figure.Messages),
    slaAttainment: figures.band(overall + Figure.Sla),
    probabilitySlaBelowTarget: probability(overall),
    averageWaitHours: figures.band(overall + Figure.AverageWait, 1 / MINUTES_PER_HOUR),
    marketplaces,
    queues,
    pools,
    warnings: run.warnings,
  };
  if (tally.traceLimit > 0) result.trace = traceOf(model, tally);
  return result;
}

function figureCount(figures: FigureBank, index: number): number {
  // the SLA figure of a block counts the replications in which it could be measured
  return figures.count(index + Figure.Sla);
}

function pooledWait(tally: ReplicationTally, index: number): PooledWait {
  const offset = index * WAIT_BINS;
  const answered = tally.pooledAnswered[index];
  return {
    averageHours: answered > 0 ? tally.pooledWaitSum[index] / answered / MINUTES_PER_HOUR : NaN,
    p50Hours: waitQuantile(tally.pooledHistogram, offset, 0.5) / MINUTES_PER_HOUR,
    p90Hours: waitQuantile(tally.pooledHistogram, offset, 0.9) / MINUTES_PER_HOUR,
    p99Hours: waitQuantile(tally.pooledHistogram, offset, 0.99) / MINUTES_PER_HOUR,
  };
}

function waitByHourOfWeek(tally: ReplicationTally, queues: number[], replications: number): { hours: number[]; counts: number[]; perReplication: number[] } {
  const hours: number[] = [];
  const counts: number[] = [];
  const perReplication: number[] = [];
  for (let how = 0; how < HOURS_PER_WEEK; how++) {
    let wait = 0;
    let count = 0;
    for (const q of queues) {
      wait += tally.hourOfWeekWait[q * HOURS_PER_WEEK + how];
      count += tally.hourOfWeekCount[q * HOURS_PER_WEEK + how];
    }
    counts.push(count);
    hours.push(count > 0 ? wait / count / MINUTES_PER_HOUR : 0);
    perReplication.push(replications > 0 ? count / replications : 0);
  }
  return { hours, counts, perReplication };
}

function worstHour(hours: number[], counts: number[]): WorstHour | null {
  let worst = -1;
  for (let how = 0; how < hours.length; how++) {
    if (counts[how] > 0 && (worst < 0 || hours[how] > hours[worst])) worst = how;
  }
  if (worst < 0) return null;
  return { localHourOfWeek: worst, label: hourOfWeekLabel(worst), averageWaitHours: hours[worst] };
}

export function hourOfWeekLabel(hourOfWeek: number): string {
  const hour = hourOfWeek % 24;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${WEEKDAYS[Math.floor(hourOfWeek / 24)]} ${pad(hour)}:00–${pad(hour + 1)}:00`;
}

function hourlyBand(bank: FigureBank, from: number, hours: number): HourlyBand {
  const mean: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  for (let h = 0; h < hours; h++) {
    const band: Band = bank.band(from + h);
    mean.push(band.mean);
    low.push(band.low);
    high.push(band.high);
  }
  return { mean, low, high };
}

/** Per grid hour: minutes after its start by which `confidence` of that hour's messages had their reply. */
function replyByMinutes(tally: ReplicationTally, m: number, hours: number, confidence: number): (number | null)[] {
  const result: (number | null)[] = [];
  for (let h = 0; h < hours; h++) {
    const offset = (m * hours + h) * PROMISE_BINS;
    let total = 0;
    for (let b = 0; b < PROMISE_BINS; b++) total += tally.promiseHistogram[offset + b];
    if (total <= 0) {
      result.push(null);
      continue;
    }
    let cumulative = 0;
    let answer: number | null = null;
    for (let b = 0; b < PROMISE_BINS; b++) {
      cumulative += tally.promiseHistogram[offset + b];
      if (cumulative >= confidence * total * (1 - 1e-7)) {
        // the bin's upper edge: a promise rounds up, never down; the last bin is "later than a week"
        answer = b === PROMISE_BINS - 1 ? null : (b + 1) * PROMISE_BIN_MINUTES;
        break;
      }
    }
    result.push(answer);
  }
  return result;
}

function traceOf(model: CompiledModel, tally: ReplicationTally): TracedMessage[] {
  const at = (minutes: number) => formatUtc(model.gridStartMs + Math.round(minutes * 60_000));
  return tally.trace.map((entry) => {
    // a message carried into the next week of a cyclic chain is shown in its own week
    const shift = entry.arrival < 0 ? model.minutes : 0;
    return {
      marketplaceId: model.marketplaces[model.queueMarketplace[entry.q]].id,
      classId: model.queueClassIds[entry.q],
      receivedUtc: at(entry.arrival + shift),
      answeredUtc: at(entry.answeredAt + shift),
      repliedUtc: at(entry.repliedAt + shift),
      siteId: model.poolSiteIds[entry.pool],
      withinDeadline: entry.within,
    };
  });
}
