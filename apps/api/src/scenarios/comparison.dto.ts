import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_COMPARED, MIN_COMPARED, type ScenarioComparison } from '@app/scenarios';
import { ComparisonEntity } from './comparison.entity';
import type { ComparisonListRow } from './comparison.repository';

export class CreateComparisonDto {
  @ApiProperty({ type: [String], example: ['as-is', 'deflect-30'], description: `${MIN_COMPARED} to ${MAX_COMPARED} stored scenarios, compared in this order` })
  @IsArray()
  @ArrayMinSize(MIN_COMPARED)
  @ArrayMaxSize(MAX_COMPARED)
  @ArrayUnique()
  @IsString({ each: true })
  scenarioIds: string[];

  @ApiPropertyOptional({ example: 4, description: 'Weeks to plan (default: the setup’s horizon)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(13)
  weeks?: number;

  @ApiPropertyOptional({ example: 20, description: 'Stochastic replications of each simulation (0: planned figures only; default 20)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  replications?: number;

  @ApiPropertyOptional({ example: 30, description: 'Time limit of each plan, seconds (default 30)' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(600)
  timeLimitSeconds?: number;
}

export class ComparisonStartedDto {
  @ApiProperty({ format: 'uuid', description: 'Progress per scenario at /api/jobs/{jobId}/events' })
  jobId: string;

  @ApiProperty({ format: 'uuid', description: 'Where the comparison is stored once the job has succeeded' })
  comparisonId: string;
}

export class ComparisonSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [String] }) scenarioIds: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Weeks asked for (null: the setup’s horizon)' }) weeks: number | null;
  @ApiProperty({ type: Number, nullable: true }) replications: number | null;
  @ApiProperty({ type: Number, nullable: true }) timeLimitSeconds: number | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'When the stored result was computed' }) ranAt: string;
  @ApiProperty({ description: 'How many times it has run (1 + re-runs)' }) runs: number;
}

export class ComparisonDto extends ComparisonSummaryDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'ScenarioComparison of the scenarios library: reportingCurrency, grid, weeks, replications, seed and one column per scenario ' +
      '(cost per month, over the horizon, by site and vendor, per message answered; headcount by site; SLA planned and simulated with its 90% band; ' +
      'wait per marketplace; the hours of the week where buyers wait longest)',
  })
  comparison: ScenarioComparison;
}

export function mapComparisonSummary(row: ComparisonListRow): ComparisonSummaryDto {
  return {
    id: row.id,
    scenarioIds: row.scenarioIds,
    weeks: row.weeks,
    replications: row.replications,
    timeLimitSeconds: row.timeLimitSeconds,
    createdAt: row.createdAt,
    ranAt: row.ranAt,
    runs: row.runs,
  };
}

export function mapComparison(row: ComparisonEntity): ComparisonDto {
  return { ...mapComparisonSummary(row), comparison: row.result };
}
