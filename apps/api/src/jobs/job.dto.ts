import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JobSnapshot, JobStatus } from './job.types';

export class JobProgressEventDto {
  @ApiProperty({ example: '2026-03-02T10:15:00.000Z' })
  at: string;

  @ApiProperty({ example: 'solve' })
  stage: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { iteration: 3, gap: 0.02 } })
  detail?: object;
}

export class JobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'plan' })
  kind: string;

  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] })
  status: JobStatus;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ type: [JobProgressEventDto] })
  events: JobProgressEventDto[];

  @ApiPropertyOptional({ description: 'Once succeeded: what the job computed (its shape depends on the kind)' })
  result?: unknown;

  @ApiPropertyOptional({ description: 'Once failed: why' })
  error?: string;
}

/** The job as the API shows it (its input stays inside the server). */
export function mapJob(job: JobSnapshot): JobDto {
  return job;
}
