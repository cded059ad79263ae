import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsString, Matches, Max, Min } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { MAX_PLAN_WEEKS, MAX_TIME_LIMIT_SECONDS, PLAN_EFFORTS, TIME_LIMIT_SECONDS_PER_WEEK, defaultPlanOptions, type PlanEffort } from '@app/optimizer';

export const PLAN_SOLVERS = ['highs', 'jslp'] as const;

/**
 * POST /api/plans. Shape only; the service places the window in the horizon and finds its
 * forecast. Every default is the planner's `defaultPlanOptions`, shown here as the OpenAPI `default`.
 */
export class CreatePlanDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Forecast whose arrivals to plan for. Default: the newest succeeded forecast covering the window; without one, the job forecasts the organisation’s horizon first',
  })
  @Optional()
  @IsString()
  forecastId?: string;

  @ApiPropertyOptional({
    example: '2027-01-11',
    description:
      "First date of the window (its UTC midnight is hour 0), inside the organisation's horizon. Default: the next full week — the Monday after today on the first site's calendar, kept inside the horizon",
  })
  @Optional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'start must be a date YYYY-MM-DD' })
  start?: string;

  @ApiPropertyOptional({ example: 1, default: defaultPlanOptions.weeks, minimum: 1, maximum: MAX_PLAN_WEEKS, description: 'Weeks the window covers (a cyclic horizon plans its one week)' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_PLAN_WEEKS)
  weeks?: number;

  @ApiPropertyOptional({ enum: PLAN_SOLVERS, default: defaultPlanOptions.solver })
  @Optional()
  @IsIn(PLAN_SOLVERS)
  solver?: (typeof PLAN_SOLVERS)[number];

  @ApiPropertyOptional({
    enum: PLAN_EFFORTS,
    default: defaultPlanOptions.effort,
    description: 'Solver work the plan gets: the same setup, window and effort give the same plan on a quiet or a loaded machine',
  })
  @Optional()
  @IsIn(PLAN_EFFORTS)
  effort?: PlanEffort;

  @ApiPropertyOptional({
    example: 30,
    default: defaultPlanOptions.timeLimitSeconds,
    minimum: 1,
    maximum: MAX_TIME_LIMIT_SECONDS,
    description: `Wall-clock safety cap of the solve (the effort decides the work; the plan says when this cap bound). Default: ${defaultPlanOptions.timeLimitSeconds} s for one week, ${TIME_LIMIT_SECONDS_PER_WEEK} s a week for longer windows`,
  })
  @Optional()
  @IsNumber()
  @Min(1)
  @Max(MAX_TIME_LIMIT_SECONDS)
  timeLimitSeconds?: number;

  @ApiPropertyOptional({ example: 0.01, default: defaultPlanOptions.mipGap, description: 'Stop improving once the plan is within this relative gap of the bound' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(1)
  mipGap?: number;
}
