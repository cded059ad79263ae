import { ApiProperty } from '@nestjs/swagger';
import type { DispatchRun } from '@app/optimizer';

/** One run of the plan's dispatch rule (see docs/plan-dispatch-rule.md). */
export class DispatchRunDto {
  @ApiProperty({ example: 'krakow' })
  siteId: string;

  @ApiProperty({ example: 8, description: 'First grid hour of the run (hour 0 is grid.start)' })
  fromHour: number;

  @ApiProperty({ example: 12, description: 'Grid hour after the run' })
  toHour: number;

  @ApiProperty({ example: '2026-03-02T08:00:00Z', description: 'UTC start of the run' })
  fromUtc: string;

  @ApiProperty({ example: '2026-03-02T12:00:00Z', description: 'UTC end of the run (exclusive)' })
  toUtc: string;

  @ApiProperty({
    type: [String],
    example: ['amazon-de/urgent', 'amazon-de/standard', 'amazon-us/standard'],
    description:
      'Queues "marketplaceId/classId" in the order the site’s agents work them: oldest message first within a queue, the next queue only when every earlier one they can answer is empty; queues in languages an agent does not speak are skipped',
  })
  queues: string[];
}

export function mapDispatchRun(run: DispatchRun): DispatchRunDto {
  return { siteId: run.siteId, fromHour: run.fromHour, toHour: run.toHour, fromUtc: run.fromUtc, toUtc: run.toUtc, queues: [...run.queues] };
}
