import { ApiProperty } from '@nestjs/swagger';

export const COVERAGE_VIEWS = ['utc', 'site', 'buyer'] as const;
export type CoverageView = (typeof COVERAGE_VIEWS)[number];

export class SiteCoverageHourDto {
  @ApiProperty({ example: '2026-03-02T00:00:00Z' })
  utc: string;

  @ApiProperty({ example: '2026-03-02T08:00+08:00', description: "The hour on the view's clock" })
  local: string;

  @ApiProperty({ description: 'Agents on duty (shifts covering the hour)' })
  onDuty: number;

  @ApiProperty({ description: 'Most agents allowed on duty (headcount × availability cap)' })
  maxOnDuty: number;

  @ApiProperty({ description: 'Handling minutes the agents on duty deliver (after shrinkage and occupancy)' })
  capacityMinutes: number;

  @ApiProperty({ description: 'Minutes of work the plan gives them' })
  workloadMinutes: number;
}

export class SiteCoverageDto {
  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 'Asia/Manila' })
  timeZone: string;

  @ApiProperty({ type: [SiteCoverageHourDto] })
  hours: SiteCoverageHourDto[];
}

export class QueueCoverageHourDto {
  @ApiProperty()
  utc: string;

  @ApiProperty()
  local: string;

  @ApiProperty({ description: 'Messages arriving (the forecast planned for)' })
  arrivals: number;

  @ApiProperty({ description: "Messages answered, by the LP's split of agent time" })
  answered: number;

  @ApiProperty({ description: 'Messages waiting at the end of the hour, answered earliest-deadline-first' })
  backlog: number;

  @ApiProperty({ description: 'Messages waiting at the end of the hour as the LP planned it' })
  plannedBacklog: number;

  @ApiProperty({ description: 'Minutes of work answered in the hour' })
  workloadMinutes: number;
}

export class QueueCoverageDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ example: 'standard' })
  classId: string;

  @ApiProperty({ enum: ['deferred', 'realTime'] })
  kind: string;

  @ApiProperty({ type: Number, nullable: true })
  deadlineHours: number | null;

  @ApiProperty()
  handleMinutes: number;

  @ApiProperty({ type: [QueueCoverageHourDto] })
  hours: QueueCoverageHourDto[];
}

export class PlanCoverageDto {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ enum: COVERAGE_VIEWS })
  view: CoverageView;

  @ApiProperty({ example: 'Asia/Manila', description: 'The clock every `local` is on' })
  timeZone: string;

  @ApiProperty({ type: [SiteCoverageDto] })
  sites: SiteCoverageDto[];

  @ApiProperty({ type: [QueueCoverageDto] })
  queues: QueueCoverageDto[];
}
