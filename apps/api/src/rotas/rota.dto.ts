import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsNumber, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import type { RotaOptions } from '@app/roster';

/** The labour rules and search settings a manager may change; the rest keep the roster library's defaults. */
export class RotaOptionsDto {
  @ApiPropertyOptional({ example: 11, description: 'Least rest between two shifts, hours (real elapsed time)' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(48)
  restHours?: number;

  @ApiPropertyOptional({ example: 4, description: 'Paid hours a week may exceed the contract by this much (and fall short by it, softly)' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(40)
  weeklyHoursTolerance?: number;

  @ApiPropertyOptional({ example: 6, description: 'Most working days in a row for agents without their own limit' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(31)
  defaultMaxConsecutiveDays?: number;

  @ApiPropertyOptional({ example: 600, description: 'Annealing steps per planned seat (0: descent only, faster)' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  annealStepsPerSeat?: number;

  @ApiPropertyOptional({ example: 1, description: 'Seed of the search: the same seed and input give the same rota' })
  @Optional()
  @IsInt()
  @Min(0)
  seed?: number;
}

export class CreateRotaDto {
  @ApiProperty({ example: '5b0c…', description: 'A stored plan (POST /api/plans)' })
  @IsString()
  @IsNotEmpty()
  planId: string;

  @ApiPropertyOptional({ type: RotaOptionsDto })
  @Optional()
  @ValidateNested()
  @Type(() => RotaOptionsDto)
  options?: RotaOptionsDto;
}

export class RotaStartedDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at /api/jobs/{jobId} and /api/jobs/{jobId}/events' })
  jobId: string;

  @ApiProperty({ format: 'uuid', description: 'Where the rota is stored once the job has succeeded' })
  rotaId: string;
}

export class RotaCountsDto {
  @ApiProperty() seatsPlanned: number;
  @ApiProperty() seatsFilled: number;
  @ApiProperty() seatsUnfilled: number;
  @ApiProperty() agents: number;
  @ApiProperty() sites: number;
  @ApiProperty() softBreaches: number;
  @ApiProperty() pinIssues: number;
}

export class RotaSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() planId: string;
  @ApiProperty({ enum: ['complete', 'partial'], description: 'partial: some seats unfilled or pins not applied (listed in the rota)' })
  status: 'complete' | 'partial';
  @ApiProperty({ description: 'When it was (re)built' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ example: '2026-03-02' }) firstDate: string;
  @ApiProperty({ example: '2026-03-08' }) lastDate: string;
  @ApiProperty({ type: RotaCountsDto }) summary: RotaCountsDto;
}

export class RotaShiftCellDto {
  @ApiProperty() templateId: string;
  @ApiProperty({ example: '09:00' }) localStart: string;
  @ApiProperty({ example: '18:00' }) localEnd: string;
  @ApiProperty({ example: '2026-03-02', description: 'Site-local end date (the next day for overnight shifts)' }) endDate: string;
  @ApiProperty() startUtc: string;
  @ApiProperty() endUtc: string;
  @ApiProperty() paidHours: number;
  @ApiProperty({ type: [String] }) marketplaceIds: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty() night: boolean;
  @ApiProperty() weekend: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({
    type: [String],
    example: ['08:00–12:00 Amazon DE urgent → Amazon DE standard → Amazon US standard'],
    description: "The plan's dispatch rule during the shift, site-local times, one line per part; empty when the plan is gone",
  })
  dispatch: string[];
}

export class RotaDayCellDto {
  @ApiProperty({ example: '2026-03-02' }) date: string;
  @ApiProperty({ type: [RotaShiftCellDto], description: 'Shifts starting that site-local day (at most one)' }) shifts: RotaShiftCellDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Public holiday or holiday event of the agent’s site that day' }) holiday: string | null;
  @ApiProperty({ description: 'Approved time off' }) timeOff: boolean;
}

export class RotaAgentRowDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() siteId: string;
  @ApiProperty({ type: [RotaDayCellDto], description: 'One cell per entry of the rota’s `dates`' }) days: RotaDayCellDto[];
}

export class RotaHolidayMarkDto {
  @ApiProperty() date: string;
  @ApiProperty({ type: [String], example: ['Spring Festival'] }) names: string[];
  @ApiProperty({ description: 'A statutory public holiday (pay multiplier applies)' }) statutory: boolean;
  @ApiProperty({ example: 3 }) multiplier: number;
}

export class RotaSiteDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty() firstDate: string;
  @ApiProperty() lastDate: string;
  @ApiProperty({ type: [RotaHolidayMarkDto] }) holidays: RotaHolidayMarkDto[];
}

export class ShiftRefResponseDto {
  @ApiProperty() siteId: string;
  @ApiProperty() templateId: string;
  @ApiProperty() date: string;
  @ApiProperty() localStart: string;
}

export class UnfilledShiftDto {
  @ApiProperty({ type: ShiftRefResponseDto }) shift: ShiftRefResponseDto;
  @ApiProperty() localEnd: string;
  @ApiProperty() startUtc: string;
  @ApiProperty() endUtc: string;
  @ApiProperty() planned: number;
  @ApiProperty() missing: number;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { language: 3, 'time-off': 2 }, description: 'Agents kept off by each rule' })
  blockers: Record<string, number>;
  @ApiProperty({ example: '2 of 3 shifts 09:00–18:00 on Sunday 2026-03-08 at Shenzhen unfilled: …' }) message: string;
}

export class SoftRuleBreachDto {
  @ApiProperty({ enum: ['two-consecutive-days-off', 'under-contract-hours'] }) rule: string;
  @ApiProperty() agentId: string;
  @ApiProperty() agentName: string;
  @ApiProperty() siteId: string;
  @ApiProperty() weekStart: string;
  @ApiProperty() weekEnd: string;
  @ApiProperty() message: string;
}

export class PinIssueDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The pin as applied: { agentId, shift } or { agentId, date, off }' }) pin: object;
  @ApiProperty({ example: 'rest' }) problem: string;
  @ApiProperty() message: string;
}

export class RotaOptionsResolvedDto implements Omit<RotaOptions, 'generatedAt'> {
  @ApiProperty() restHours: number;
  @ApiProperty() weeklyHoursTolerance: number;
  @ApiProperty() defaultMaxConsecutiveDays: number;
  @ApiProperty() improvementPasses: number;
  @ApiProperty() annealStepsPerSeat: number;
  @ApiProperty() seed: number;
  @ApiProperty() fillSearchBudget: number;
}

/** A rota laid out for a grid: agents down, the rota's dates across. */
export class RotaDto extends RotaSummaryDto {
  @ApiProperty({ type: RotaOptionsResolvedDto }) options: RotaOptionsResolvedDto;
  @ApiProperty({ type: [String], description: 'The status, then every unfilled shift and pin not applied, in words' }) messages: string[];
  @ApiProperty({ type: [String], description: 'Every site-local date of the rota, first to last' }) dates: string[];
  @ApiProperty({ type: [RotaSiteDto] }) sites: RotaSiteDto[];
  @ApiProperty({ type: [RotaAgentRowDto] }) agents: RotaAgentRowDto[];
  @ApiProperty({ type: [UnfilledShiftDto] }) unfilled: UnfilledShiftDto[];
  @ApiProperty({ type: [SoftRuleBreachDto] }) softBreaches: SoftRuleBreachDto[];
  @ApiProperty({ type: [PinIssueDto] }) pinIssues: PinIssueDto[];
}

export class RotaPublishedDto extends RotaSummaryDto {
  @ApiProperty({ description: 'Holiday days worked in this rota, now in the duty history' }) holidayDutyRecorded: number;
}

export class HolidayDutyDto {
  @ApiProperty() agentId: string;
  @ApiProperty({ example: '2026-02-16' }) date: string;
  @ApiProperty({ example: 'Spring Festival' }) holiday: string;
  @ApiPropertyOptional({ example: 1, description: '1 = first day of a multi-day holiday' }) dayOfHoliday?: number;
  @ApiProperty({ format: 'uuid' }) rotaId: string;
}
