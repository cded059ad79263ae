import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScenarioColumn } from '@app/scenarios';
import { LiveRunEntity } from './live-run.entity';
import { RefreshChange, RefreshRunEntity } from './refresh-run.entity';

export class RefreshRunningDto {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty() since: string;
}

export class RefreshStatusDto {
  @ApiProperty({ description: 'Whether a schedule is configured (REFRESH_CRON)' }) enabled: boolean;
  @ApiProperty({ type: String, nullable: true, example: '0 2 * * *' }) cron: string | null;
  @ApiProperty({ example: 'UTC' }) timeZone: 'UTC';
  @ApiProperty({ type: String, nullable: true, description: 'Next scheduled run, UTC' }) nextRunAt: string | null;
  @ApiProperty({ type: RefreshRunningDto, nullable: true }) running: RefreshRunningDto | null;
}

export class RefreshStartedDto {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ format: 'uuid', description: 'Progress at /api/jobs/{jobId}/events' }) jobId: string;
}

export class RefreshChangeDto {
  @ApiProperty() scenarioId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) liveRunId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The run this one is compared with (the scenario’s previous refresh)' }) previousLiveRunId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Monthly cost now minus at the previous run (reporting currency)' }) costPerMonthChange: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Planned SLA attainment now minus at the previous run' }) slaChange: number | null;
}

export class RefreshRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'cancelled', 'skipped'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'The schedule’s occurrence a scheduled run is for' }) scheduledFor: string | null;
  @ApiProperty() startedAt: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) jobId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed or was skipped; live scenarios left out and why' }) message: string | null;
  @ApiProperty({ type: [RefreshChangeDto] }) changes: RefreshChangeDto[];
}

export class LiveRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() scenarioId: string;
  @ApiProperty() ranAt: string;
  @ApiProperty({ example: '2026-03-03' }) horizonStart: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The scenario’s comparison column (cost, SLA, wait …) as planned and simulated then' })
  column: ScenarioColumn;
}

export class RefreshScenarioDto {
  @ApiProperty() scenarioId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: LiveRunDto }) current: LiveRunDto;
  @ApiPropertyOptional({ type: LiveRunDto, nullable: true }) previous: LiveRunDto | null;
  @ApiProperty({ type: Number, nullable: true }) costPerMonthChange: number | null;
  @ApiProperty({ type: Number, nullable: true }) slaChange: number | null;
}

export class RefreshRunDetailDto extends RefreshRunDto {
  @ApiProperty({ type: [RefreshScenarioDto], description: 'Each live scenario as this run planned it, beside its previous run' }) scenarios: RefreshScenarioDto[];
}

export function mapRefreshRun(row: RefreshRunEntity): RefreshRunDto {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    scheduledFor: row.scheduledFor,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    jobId: row.jobId,
    message: row.message,
    changes: row.changes.map((change: RefreshChange) => ({ ...change })),
  };
}

export function mapLiveRun(row: LiveRunEntity): LiveRunDto {
  return { id: row.id, scenarioId: row.scenarioId, ranAt: row.ranAt, horizonStart: row.horizonStart, column: row.column };
}
