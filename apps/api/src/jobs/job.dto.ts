import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JobQueueResource } from './job-queue-place';
import type { JobSnapshot, JobStatus } from './job.types';

export class JobProgressEventDto {
  @ApiProperty({ example: '2026-03-02T10:15:00.000Z' })
  at: string;

  @ApiProperty({ example: 'solve' })
  stage: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { iteration: 3, gap: 0.02 } })
  detail?: object;
}

export class JobQueuePlaceDto {
  @ApiProperty({
    enum: ['job-slot', 'solver'],
    description: "'job-slot': not started, every job slot (JOB_CONCURRENCY, or every worker) is busy; 'solver': running, every solver thread (SOLVE_CONCURRENCY) is busy",
  })
  waitingFor: JobQueueResource;

  @ApiProperty({ example: 2, description: '1 for the next in line' })
  position: number;

  @ApiProperty({ example: 1, description: 'Jobs before it in that queue' })
  ahead: number;

  @ApiProperty({ example: 'Waiting for a solver: 1 job ahead' })
  message: string;
}

const QUEUE_DESCRIPTION = 'Present while it waits for a job slot or a solver: its place in that queue, updated as the jobs ahead start; gone once it runs';

export class JobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'plan' })
  kind: string;

  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] })
  status: JobStatus;

  @ApiProperty({ example: 'li.lei@example.com', description: "Who started it: the signed-in user's email, or 'schedule' (the nightly refresh)" })
  startedBy: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ description: 'Times a process took it up: 2 when its first worker died and another retried it' })
  attempts: number;

  @ApiProperty({ type: [JobProgressEventDto] })
  events: JobProgressEventDto[];

  @ApiPropertyOptional({ type: JobQueuePlaceDto, description: QUEUE_DESCRIPTION })
  queue?: JobQueuePlaceDto;

  @ApiPropertyOptional({ description: 'Once succeeded: what the job computed (its shape depends on the kind)' })
  result?: unknown;

  @ApiPropertyOptional({ description: 'Once failed: why' })
  error?: string;
}

export class JobListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'plan' })
  kind: string;

  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] })
  status: JobStatus;

  @ApiProperty({ example: 'li.lei@example.com', description: "Who started it: the signed-in user's email, or 'schedule' (the nightly refresh)" })
  startedBy: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty()
  attempts: number;

  @ApiPropertyOptional({ type: JobQueuePlaceDto, description: QUEUE_DESCRIPTION })
  queue?: JobQueuePlaceDto;

  @ApiPropertyOptional({ description: 'Once failed: why' })
  error?: string;
}

/** The job as the API shows it (its input stays inside the server). */
export function mapJob(job: JobSnapshot): JobDto {
  return job;
}

export function mapJobListItem(job: JobSnapshot): JobListItemDto {
  const { events: _events, result: _result, ...item } = job;
  return item;
}
