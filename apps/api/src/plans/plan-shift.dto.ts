import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlannedShift, PlannedWorkload, QueueArrivals } from '@app/domain';

export class PlannedShiftDto {
  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty({ example: 'manila-8h' })
  templateId: string;

  @ApiProperty({ example: '2026-03-02', description: 'Site-local start date' })
  date: string;

  @ApiProperty({ example: '08:00', description: 'Site-local start time' })
  localStart: string;

  @ApiProperty({ example: '2026-03-02T00:00:00Z' })
  startUtc: string;

  @ApiProperty({ example: '2026-03-02T08:00:00Z', description: 'End, exclusive' })
  endUtc: string;

  @ApiProperty({ example: 3, description: 'Agents starting this shift' })
  count: number;

  @ApiPropertyOptional({ type: [String], description: 'Languages every agent on it must speak' })
  languages?: string[];
}

export class QueueArrivalsDto {
  @ApiProperty()
  marketplaceId: string;

  @ApiProperty()
  classId: string;

  @ApiProperty({ type: [Number], description: 'Messages per grid hour' })
  values: number[];
}

export class HourGridDto {
  @ApiProperty({ example: '2026-03-02T00:00:00Z' })
  startUtc: string;

  @ApiProperty({ example: 168 })
  hours: number;

  @ApiProperty({ enum: ['dated', 'cyclic'] })
  mode: string;
}

/** The plan as the CLI's simulate and rota commands read it. */
export class PlannedWorkloadDto {
  @ApiProperty()
  scenarioName: string;

  @ApiProperty({ type: HourGridDto })
  grid: HourGridDto;

  @ApiProperty({ type: [PlannedShiftDto] })
  shifts: PlannedShiftDto[];

  @ApiProperty({ type: [QueueArrivalsDto] })
  arrivals: QueueArrivalsDto[];

  @ApiPropertyOptional({ type: [QueueArrivalsDto] })
  openingBacklog?: QueueArrivalsDto[];
}

export function mapPlannedShift(shift: PlannedShift): PlannedShiftDto {
  return {
    siteId: shift.siteId,
    templateId: shift.templateId,
    date: shift.date,
    localStart: shift.localStart,
    startUtc: shift.startUtc,
    endUtc: shift.endUtc,
    count: shift.count,
    ...(shift.languages?.length ? { languages: [...shift.languages] } : {}),
  };
}

/** Only the PlannedWorkload part of a planner result: what the simulator and the rota accept. */
export function mapPlannedWorkload(plan: PlannedWorkload): PlannedWorkloadDto {
  const queues = (list: QueueArrivals[]) => list.map((entry) => ({ marketplaceId: entry.marketplaceId, classId: entry.classId, values: [...entry.values] }));
  return {
    scenarioName: plan.scenarioName,
    grid: { startUtc: plan.grid.startUtc, hours: plan.grid.hours, mode: plan.grid.mode },
    shifts: plan.shifts.map(mapPlannedShift),
    arrivals: queues(plan.arrivals),
    ...(plan.openingBacklog ? { openingBacklog: queues(plan.openingBacklog) } : {}),
  };
}
