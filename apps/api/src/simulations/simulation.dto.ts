import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Band, HourlyBand, MarketplaceResult, PoolResult, QueueResult, SimulationResult, WorstHour } from '@app/simulation';
import type { SimulationEntity } from './simulation.entity';

export class SimulationJobDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /api/jobs/{jobId} or /api/jobs/{jobId}/events' })
  jobId: string;

  @ApiProperty({ format: 'uuid' })
  simulationId: string;
}

/** Mean over the replications and the 90 % band (5th–95th percentile). */
export class BandDto {
  @ApiProperty()
  mean: number;

  @ApiProperty()
  low: number;

  @ApiProperty()
  high: number;
}

export class HourlyBandDto {
  @ApiProperty({ type: [Number] })
  mean: number[];

  @ApiProperty({ type: [Number] })
  low: number[];

  @ApiProperty({ type: [Number] })
  high: number[];
}

export class WorstHourDto {
  @ApiProperty({ example: 143, description: "Buyers' local hour of the week of arrival, 0 = Monday 00:00" })
  localHourOfWeek: number;

  @ApiProperty({ example: 'Sun 23:00–24:00' })
  label: string;

  @ApiProperty()
  averageWaitHours: number;
}

export class SimulatedQueueDto {
  @ApiProperty()
  marketplaceId: string;

  @ApiProperty()
  classId: string;

  @ApiProperty()
  realTime: boolean;

  @ApiProperty()
  deadlineHours: number;

  @ApiProperty({ type: BandDto, description: 'Share answered within the deadline on the reply clock' })
  slaAttainment: BandDto;

  @ApiProperty({ type: BandDto })
  averageWaitHours: BandDto;

  @ApiProperty({ type: BandDto })
  p90WaitHours: BandDto;

  @ApiProperty({ type: BandDto, nullable: true, description: 'Live chat: share answered within the target seconds' })
  serviceLevel: BandDto | null;

  @ApiProperty({ type: BandDto, description: 'Still waiting when the horizon ended' })
  unanswered: BandDto;
}

export class SimulatedMarketplaceDto {
  @ApiProperty()
  marketplaceId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  timeZone: string;

  @ApiProperty({ description: 'Messages needing a reply, mean per replication' })
  messages: number;

  @ApiProperty({ description: 'Expected messages of classes that need no reply (not simulated)' })
  noReplyMessages: number;

  @ApiProperty({ type: BandDto })
  slaAttainment: BandDto;

  @ApiProperty({ description: 'Share of replications whose SLA attainment fell below the target' })
  probabilitySlaBelowTarget: number;

  @ApiProperty({ type: BandDto })
  averageWaitHours: BandDto;

  @ApiProperty({ type: BandDto })
  p50WaitHours: BandDto;

  @ApiProperty({ type: BandDto })
  p90WaitHours: BandDto;

  @ApiProperty({ type: BandDto })
  p99WaitHours: BandDto;

  @ApiProperty({ type: BandDto })
  unanswered: BandDto;

  @ApiProperty({ type: WorstHourDto, nullable: true, description: "The buyers' local hour of the week with the longest first reply" })
  worstHour: WorstHourDto | null;

  @ApiProperty({ type: [Number], description: "Mean first-reply time by buyers' local hour of week of arrival (168 values, Monday 00:00 first)" })
  waitByLocalHourOfWeek: number[];

  @ApiProperty({ type: HourlyBandDto, description: 'Messages waiting at the end of each grid hour' })
  backlogByHour: HourlyBandDto;
}

export class SimulatedPoolDto {
  @ApiProperty()
  siteId: string;

  @ApiProperty({ type: [String], nullable: true, description: "Languages of this pool's agents (null: the site's)" })
  languages: string[] | null;

  @ApiProperty({ type: BandDto, description: 'Busy share of productive time' })
  occupancy: BandDto;

  @ApiProperty({ type: [Number] })
  occupancyByHour: number[];
}

export class SimulationResultDto {
  @ApiProperty({ enum: ['dispatch', 'edf', 'priority', 'fifo'], description: "How agents chose the next message: dispatch, the plan's published rule (the default for a plan that has one); edf, earliest deadline first" })
  discipline: string;

  @ApiProperty({ enum: ['exponential', 'fixed'] })
  handleTime: string;

  @ApiProperty({ example: 0.95 })
  slaTarget: number;

  @ApiProperty({ type: BandDto, description: 'Messages needing a reply per replication' })
  messages: BandDto;

  @ApiProperty({ type: BandDto })
  slaAttainment: BandDto;

  @ApiProperty()
  probabilitySlaBelowTarget: number;

  @ApiProperty({ type: BandDto })
  averageWaitHours: BandDto;

  @ApiProperty({ type: [SimulatedMarketplaceDto] })
  marketplaces: SimulatedMarketplaceDto[];

  @ApiProperty({ type: [SimulatedQueueDto] })
  queues: SimulatedQueueDto[];

  @ApiProperty({ type: [SimulatedPoolDto] })
  pools: SimulatedPoolDto[];

  @ApiProperty({ type: [String] })
  warnings: string[];
}

export class SimulationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  jobId: string | null;

  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'cancelled'] })
  status: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ enum: ['fluid', 'poisson', 'overdispersed'] })
  mode: string;

  @ApiProperty({ example: 200 })
  replications: number;

  @ApiProperty({ example: 42 })
  seed: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean SLA attainment, once succeeded' })
  slaAttainment: number | null;

  @ApiPropertyOptional({ description: 'Why it failed' })
  error?: string;
}

export class SimulationDetailDto extends SimulationDto {
  @ApiProperty({ type: SimulationResultDto, nullable: true })
  result: SimulationResultDto | null;
}

export function mapSimulation(row: SimulationEntity): SimulationDto {
  return {
    id: row.id,
    jobId: row.jobId,
    planId: row.planId,
    status: row.status,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    mode: row.mode,
    replications: row.replications,
    seed: row.seed,
    slaAttainment: row.slaAttainment,
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

export function mapSimulationDetail(row: SimulationEntity): SimulationDetailDto {
  return { ...mapSimulation(row), result: row.result ? mapResult(row.result) : null };
}

function mapResult(result: SimulationResult): SimulationResultDto {
  return {
    discipline: result.discipline,
    handleTime: result.handleTime,
    slaTarget: result.slaTarget,
    messages: band(result.messages),
    slaAttainment: band(result.slaAttainment),
    probabilitySlaBelowTarget: result.probabilitySlaBelowTarget,
    averageWaitHours: band(result.averageWaitHours),
    marketplaces: result.marketplaces.map(mapMarketplace),
    queues: result.queues.map(mapQueue),
    pools: result.pools.map(mapPool),
    warnings: [...result.warnings],
  };
}

function mapMarketplace(marketplace: MarketplaceResult): SimulatedMarketplaceDto {
  return {
    marketplaceId: marketplace.marketplaceId,
    name: marketplace.name,
    timeZone: marketplace.timeZone,
    messages: marketplace.messages,
    noReplyMessages: marketplace.noReplyMessages,
    slaAttainment: band(marketplace.slaAttainment),
    probabilitySlaBelowTarget: marketplace.probabilitySlaBelowTarget,
    averageWaitHours: band(marketplace.averageWaitHours),
    p50WaitHours: band(marketplace.p50WaitHours),
    p90WaitHours: band(marketplace.p90WaitHours),
    p99WaitHours: band(marketplace.p99WaitHours),
    unanswered: band(marketplace.unanswered),
    worstHour: marketplace.worstHour ? worstHour(marketplace.worstHour) : null,
    waitByLocalHourOfWeek: [...marketplace.waitByLocalHourOfWeek],
    backlogByHour: hourlyBand(marketplace.backlogByHour),
  };
}

function mapQueue(queue: QueueResult): SimulatedQueueDto {
  return {
    marketplaceId: queue.marketplaceId,
    classId: queue.classId,
    realTime: queue.realTime,
    deadlineHours: queue.deadlineHours,
    slaAttainment: band(queue.slaAttainment),
    averageWaitHours: band(queue.averageWaitHours),
    p90WaitHours: band(queue.p90WaitHours),
    serviceLevel: queue.serviceLevel ? band(queue.serviceLevel) : null,
    unanswered: band(queue.unanswered),
  };
}

function mapPool(pool: PoolResult): SimulatedPoolDto {
  return { siteId: pool.siteId, languages: pool.languages, occupancy: band(pool.occupancy), occupancyByHour: [...pool.occupancyByHour] };
}

function band(value: Band): BandDto {
  return { mean: value.mean, low: value.low, high: value.high };
}

function hourlyBand(value: HourlyBand): HourlyBandDto {
  return { mean: [...value.mean], low: [...value.low], high: [...value.high] };
}

function worstHour(value: WorstHour): WorstHourDto {
  return { localHourOfWeek: value.localHourOfWeek, label: value.label, averageWaitHours: value.averageWaitHours };
}
