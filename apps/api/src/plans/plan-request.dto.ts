import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';

export const PLAN_SOLVERS = ['highs', 'jslp'] as const;
export const DEFAULT_TIME_LIMIT_SECONDS = 30;
export const MAX_TIME_LIMIT_SECONDS = 3600;
/** The planner's own default: stop improving within 0.5 % of the bound. */
export const DEFAULT_MIP_GAP = 0.005;

/** POST /api/plans. Shape only; the service checks the forecast exists and covers the weeks. */
export class CreatePlanDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Forecast whose arrivals to plan for. Default: the latest succeeded forecast; without any, the job forecasts first',
  })
  @IsOptional()
  @IsString()
  forecastId?: string;

  @ApiPropertyOptional({ example: 4, minimum: 1, maximum: 13, description: "Weeks to plan from the forecast's start. Default: the whole forecast" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(13)
  weeks?: number;

  @ApiPropertyOptional({ enum: PLAN_SOLVERS, default: 'highs' })
  @IsOptional()
  @IsIn(PLAN_SOLVERS)
  solver?: (typeof PLAN_SOLVERS)[number];

  @ApiPropertyOptional({ example: 30, default: DEFAULT_TIME_LIMIT_SECONDS, minimum: 1, maximum: MAX_TIME_LIMIT_SECONDS })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(MAX_TIME_LIMIT_SECONDS)
  timeLimitSeconds?: number;

  @ApiPropertyOptional({ example: 0.01, default: DEFAULT_MIP_GAP, description: 'Stop improving once the plan is within this relative gap of the bound' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  mipGap?: number;
}
