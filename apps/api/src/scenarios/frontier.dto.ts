import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsNumber, IsPositive, IsString, Max, Min } from 'class-validator';
import { Optional } from '../common/optional.decorator';

/** Average-wait targets planned for when the request gives none, hours: 8 points, from a reply within the hour to a day. */
export const DEFAULT_WAIT_TARGETS = [1, 2, 4, 6, 8, 12, 18, 24];

export class CreateFrontierDto {
  @ApiPropertyOptional({ example: 'as-is', description: 'A stored scenario (default: the stored setup without overrides)' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  scenarioId?: string;

  @ApiPropertyOptional({ type: [Number], example: DEFAULT_WAIT_TARGETS, description: 'Average-wait targets to plan for, hours' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @IsNumber({}, { each: true })
  @IsPositive({ each: true })
  waitTargets?: number[];

  @ApiPropertyOptional({ type: [Number], example: [1, 0.98], description: 'Least shares answered within the deadline (default [1]); below 1 only where you allow it' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsNumber({}, { each: true })
  @Min(0.01, { each: true })
  @Max(1, { each: true })
  slaTargets?: number[];

  @ApiPropertyOptional({ type: [String], description: 'Marketplaces whose wait target is swept (default: all)' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1, { message: 'marketplaceIds must name at least one marketplace (leave it out to sweep them all)' })
  @IsString({ each: true })
  marketplaceIds?: string[];

  @ApiPropertyOptional({ example: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(13)
  weeks?: number;

  @ApiPropertyOptional({ example: 30, description: 'Time limit of each plan, seconds (default 30)' })
  @Optional()
  @IsNumber()
  @Min(1)
  @Max(600)
  timeLimitSeconds?: number;
}

export class AnalysisStartedDto {
  @ApiProperty({ format: 'uuid', description: 'The result is the job’s result: GET /api/jobs/{jobId} (progress at /api/jobs/{jobId}/events)' })
  jobId: string;
}
