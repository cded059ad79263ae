import { ApiProperty } from '@nestjs/swagger';
import type {
  AgentAdherence,
  MarketplaceActuals,
  MonitorReport,
  PromiseCheck,
  ServiceFigures,
  SiteAdherence,
} from '@app/actuals';
import type { MonitorReportEntity } from './monitor-report.entity';

// The report is libs/actuals' MonitorReport as it is: these classes only describe it for the
// OpenAPI document (`implements` keeps them in step with the library's types).

export class LateByHoursDto {
  @ApiProperty({ example: 3.2 })
  average: number;

  @ApiProperty({ example: 9.5 })
  max: number;
}

export class ServiceFiguresDto implements ServiceFigures {
  @ApiProperty({ type: Number, nullable: true, example: 412.6, description: "Forecast arrivals the plan was made for in the same hours (null: no plan covers them)" })
  forecast: number | null;

  @ApiProperty({ example: 398, description: 'Messages received' })
  received: number;

  @ApiProperty({ example: 390, description: 'Of them, answered (by asOf)' })
  answered: number;

  @ApiProperty({ example: 371, description: 'Answered by their deadline (on the marketplace’s reply clock)' })
  answeredInTime: number;

  @ApiProperty({ example: 21, description: 'Answered after their deadline, or still open past it at asOf' })
  late: number;

  @ApiProperty({ example: 6, description: 'Open at asOf and not yet due' })
  openNotDue: number;

  @ApiProperty({ type: LateByHoursDto, nullable: true, description: 'Hours past the deadline of the late ones (open ones up to asOf); null: none late' })
  lateByHours: { average: number; max: number } | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.946, description: 'answeredInTime / (received − openNotDue), classes with a deadline only; null: nothing was due' })
  slaAttainment: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 2.4, description: 'Mean hours from receipt to first reply of the answered ones' })
  averageWaitHours: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 6.1, description: '90th percentile of the same' })
  p90WaitHours: number | null;
}

export class PromisedServiceDto {
  @ApiProperty({ example: 0.97 })
  slaAttainment: number;

  @ApiProperty({ example: 2.1 })
  averageWaitHours: number;

  @ApiProperty({ example: 5.5 })
  p90WaitHours: number;
}

export class MonitorDayDto extends ServiceFiguresDto {
  @ApiProperty({ example: '2026-03-02', description: "Buyers' local date" })
  date: string;
}

export class MonitorHourDto extends ServiceFiguresDto {
  @ApiProperty({ example: '2026-03-02T09:00-05:00', description: "Buyers' local start of the hour" })
  localStart: string;

  @ApiProperty({ example: '2026-03-02T14:00:00Z' })
  startUtc: string;

  @ApiProperty({ example: 14, description: 'Messages received and not yet answered at the end of the hour' })
  actualBacklog: number;

  @ApiProperty({ type: Number, nullable: true, example: 11.2, description: "The plan's backlog at the end of the hour (null: no plan covers it)" })
  plannedBacklog: number | null;
}

export class MarketplaceActualsDto implements MarketplaceActuals {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'null: all classes of the marketplace' })
  classId: string | null;

  @ApiProperty({ type: ServiceFiguresDto, description: 'Over the whole period' })
  actual: ServiceFiguresDto;

  @ApiProperty({ type: PromisedServiceDto, nullable: true, description: "The plan's promise for the marketplace (null: no plan)" })
  planned: PromisedServiceDto | null;

  @ApiProperty({ type: PromisedServiceDto, nullable: true, description: "The plan's newest simulation's promise (null: none)" })
  simulated: PromisedServiceDto | null;

  @ApiProperty({ type: [MonitorDayDto] })
  days: MonitorDayDto[];

  @ApiProperty({ type: [MonitorHourDto] })
  hours: MonitorHourDto[];
}

export class AgentAdherenceDto implements AgentAdherence {
  @ApiProperty({ type: String, nullable: true, example: 'mnl-007', description: "The rota's agent (null: the export names an agent the rota does not know)" })
  agentId: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The export's name for an agent it matches to no rota agent" })
  exportName: string | null;

  @ApiProperty({ type: String, nullable: true })
  agentName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'manila' })
  siteId: string | null;

  @ApiProperty({ example: 40 })
  scheduledHours: number;

  @ApiProperty({ example: 37, description: 'Scheduled hours with at least one first reply by the agent' })
  scheduledHoursWithReplies: number;

  @ApiProperty({ example: 3 })
  scheduledHoursWithoutReplies: number;

  @ApiProperty({ example: 212, description: 'First replies sent' })
  replies: number;

  @ApiProperty({ example: 4, description: "First replies sent outside the agent's shifts" })
  repliesOutsideShifts: number;
}

export class SiteAdherenceDto implements SiteAdherence {
  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty()
  scheduledHours: number;

  @ApiProperty()
  scheduledHoursWithReplies: number;

  @ApiProperty()
  replies: number;

  @ApiProperty()
  repliesOutsideShifts: number;
}

export class PromiseCheckDto implements PromiseCheck {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ description: 'Messages the auto-reply promised a time' })
  promised: number;

  @ApiProperty()
  kept: number;

  @ApiProperty({ description: 'Answered after the promised time, or open past it at asOf' })
  broken: number;

  @ApiProperty({ description: 'Open, the promised time not yet reached' })
  pending: number;

  @ApiProperty({ type: Number, nullable: true })
  keptShare: number | null;
}

/** libs/actuals' MonitorReport: docs/monitor.md says how each figure is computed. */
export class MonitorReportDto implements MonitorReport {
  @ApiProperty({ example: '2026-03-02T00:00:00Z', description: 'The period reported on, [fromUtc, toUtc)' })
  fromUtc: string;

  @ApiProperty({ example: '2026-03-09T00:00:00Z' })
  toUtc: string;

  @ApiProperty({ example: '2026-03-10T02:00:00Z', description: 'When the report was built: messages still open then are judged at this time (late once their deadline has passed)' })
  asOfUtc: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The plan the actuals are set against (null: none covers the period)' })
  planId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: "The plan's newest simulation (null: none)" })
  simulationId: string | null;

  @ApiProperty({ type: [MarketplaceActualsDto], description: 'Per marketplace (classId null), then per marketplace and class' })
  marketplaces: MarketplaceActualsDto[];

  @ApiProperty({ type: [AgentAdherenceDto], description: "Each agent's first replies against their shifts in the plan's rota" })
  agents: AgentAdherenceDto[];

  @ApiProperty({ type: [SiteAdherenceDto] })
  sites: SiteAdherenceDto[];

  @ApiProperty({ type: [PromiseCheckDto], description: 'Whether buyers had their reply by the time the auto-reply promised (empty: no promises were computed)' })
  promises: PromiseCheckDto[];

  @ApiProperty({ type: [String], example: ['Amazon DE: 31 messages late, by 3.2 h on average'] })
  notes: string[];
}

/** A stored report at a glance. */
export class MonitorReportSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['schedule'], description: 'schedule: built by the nightly job (REFRESH_CRON) for the day before' })
  trigger: string;

  @ApiProperty({ example: '2026-03-01T00:00:00Z' })
  fromUtc: string;

  @ApiProperty({ example: '2026-03-02T00:00:00Z' })
  toUtc: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  planId: string | null;

  @ApiProperty({ example: '2026-03-02T02:00:20.000Z' })
  createdAt: string;
}

export class StoredMonitorReportDto extends MonitorReportSummaryDto {
  @ApiProperty({ type: MonitorReportDto })
  report: MonitorReportDto;
}

export function mapMonitorReportSummary(row: MonitorReportEntity): MonitorReportSummaryDto {
  return { id: row.id, trigger: row.trigger, fromUtc: row.fromUtc, toUtc: row.toUtc, planId: row.planId, createdAt: row.createdAt };
}

export function mapStoredMonitorReport(row: MonitorReportEntity): StoredMonitorReportDto {
  return { ...mapMonitorReportSummary(row), report: row.report };
}
