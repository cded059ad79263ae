import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsNumber, IsString, Max, Min } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { MAX_COMPARED, MIN_COMPARED, type ScenarioColumn, type ScenarioComparison, type StaffingGapSummary } from '@app/scenarios';
import { SuggestedHireDto } from '../plans/plan.dto';
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
  @Optional()
  @IsInt()
  @Min(1)
  @Max(13)
  weeks?: number;

  @ApiPropertyOptional({ example: 20, description: 'Stochastic replications of each simulation (0: planned figures only; default 20)' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(500)
  replications?: number;

  @ApiPropertyOptional({ example: 30, description: 'Time limit of each plan, seconds (default 30)' })
  @Optional()
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

/** Money by pay component over the horizon, reporting currency. */
export class PayrollComponentsDto {
  @ApiProperty({ description: 'Salaried: contracted hours worked; hourly: every paid hour at the base rate' }) base: number;
  @ApiProperty({ description: 'Night, weekend and statutory-holiday premiums above the base rate' }) premiums: number;
  @ApiProperty() overtime: number;
  @ApiProperty({ description: 'Capacity bought from vendors' }) vendor: number;
  @ApiProperty({ description: 'Salaried hours paid but not scheduled' }) idleContracted: number;
  @ApiProperty({ description: 'The five added up' }) total: number;
}

export class StaffingGapSummaryDto {
  @ApiProperty({ example: 12.5, description: 'Agent-hours the named team cannot cover, every gap together' }) agentHours: number;
  @ApiProperty({ example: 2, description: 'Runs of hours in which a site’s language pool lacks agents' }) gaps: number;
  @ApiProperty({ type: SuggestedHireDto, nullable: true, description: 'The first gap’s suggested hire, an override ready to compare; null without a gap' })
  suggestedOverride: StaffingGapSummary['suggestedOverride'];
}

const FREE_FORM = { type: 'object', additionalProperties: true } as const;

/** One scenario's column (the scenarios library's ScenarioColumn); money in the comparison's reporting currency. */
export class ScenarioColumnDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: ['optimal', 'feasible', 'infeasible', 'timedout', 'aborted', 'error'] }) status: ScenarioColumn['status'];
  @ApiPropertyOptional({ description: 'Why there is no plan' }) message?: string;
  @ApiProperty({ ...FREE_FORM, description: 'horizon, perMonth, perMessageAnswered, bySite (sites and vendors), lpBound, gap' }) cost: ScenarioColumn['cost'];
  @ApiProperty({ type: PayrollComponentsDto, nullable: true, description: 'Payroll by component; its total is cost.horizon. Null without a plan (or in a comparison run before payroll was reported)' })
  payroll: ScenarioColumn['payroll'];
  @ApiProperty({ type: PayrollComponentsDto, nullable: true, description: 'This column’s payroll minus the first column’s (the baseline); the baseline’s is all zeros; null when either has none' })
  payrollVsBaseline: ScenarioColumn['payrollVsBaseline'];
  @ApiProperty({
    ...FREE_FORM,
    nullable: true,
    description:
      'difference (this column’s cost minus the baseline’s), lowest and highest (the range the best plans’ difference lies in, given each plan’s gap to its bound; null: open) and real (the range excludes zero; else the difference is within the solvers’ gap). Null for the baseline and without plans',
  })
  costVsBaseline: ScenarioColumn['costVsBaseline'];
  @ApiProperty({ type: StaffingGapSummaryDto, nullable: true, description: 'Work the named team cannot cover; null without a plan' })
  staffingGap: ScenarioColumn['staffingGap'];
  @ApiProperty({ ...FREE_FORM, description: 'arriving, deflected, needingReply, acknowledgedShare' }) messages: ScenarioColumn['messages'];
  @ApiProperty({ type: 'array', items: FREE_FORM, description: 'Per site: paid hours, full-time equivalents, most on duty at once' }) headcount: ScenarioColumn['headcount'];
  @ApiProperty({ ...FREE_FORM, description: "share within deadline: planned, the plan's replay of its dispatch rule; simulated, the 90 % band of the same rule; outsideBand, the first lies outside the second" }) sla: ScenarioColumn['sla'];
  @ApiProperty({ type: [String], description: 'A sentence for each service figure outside its simulated band (empty: all inside, or not simulated)' }) serviceNotes: string[];
  @ApiProperty({ type: 'array', items: FREE_FORM, description: "Per marketplace: planned (the rule replayed), simulated (its 90 % bands) and outsideBand, the figures outside their band" }) marketplaces: ScenarioColumn['marketplaces'];
  @ApiProperty({ type: 'array', items: FREE_FORM, description: 'The buyer-local hours of the week with the longest simulated wait' }) longestWaits: ScenarioColumn['longestWaits'];
  @ApiPropertyOptional() solver?: string;
  @ApiPropertyOptional() solveSeconds?: number;
}

/** The scenarios library's ScenarioComparison: columns in the order compared, the first the baseline. */
export class ScenarioComparisonDto {
  @ApiProperty({ example: 'USD' }) reportingCurrency: string;
  @ApiProperty({ ...FREE_FORM, description: 'startUtc, hours, mode' }) grid: ScenarioComparison['grid'];
  @ApiProperty() weeks: number;
  @ApiProperty() replications: number;
  @ApiProperty() seed: number;
  @ApiProperty({ type: [ScenarioColumnDto] }) scenarios: ScenarioColumnDto[];
}

export class ComparisonDto extends ComparisonSummaryDto {
  @ApiProperty({
    type: ScenarioComparisonDto,
    description:
      'One column per scenario: cost per month, over the horizon, by site and vendor, per message answered; payroll by component and its difference ' +
      'from the first scenario; the staffing gap; headcount by site; SLA planned and simulated with its 90% band; wait per marketplace; the hours of ' +
      'the week where buyers wait longest',
  })
  comparison: ScenarioComparisonDto;
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
  return { ...mapComparisonSummary(row), comparison: withPayrollFields(row.result) };
}

/** A comparison stored before payroll, staffing gaps or the band check were reported reads them as null (or nothing flagged). */
export function withPayrollFields(comparison: ScenarioComparison): ScenarioComparison {
  return {
    ...comparison,
    scenarios: comparison.scenarios.map((column) => ({
      ...column,
      payroll: column.payroll ?? null,
      payrollVsBaseline: column.payrollVsBaseline ?? null,
      costVsBaseline: column.costVsBaseline ?? null,
      staffingGap: column.staffingGap ?? null,
      // stored before the band check: nothing flagged
      sla: { ...column.sla, outsideBand: column.sla.outsideBand ?? false },
      serviceNotes: column.serviceNotes ?? [],
      marketplaces: column.marketplaces.map((marketplace) => ({ ...marketplace, outsideBand: marketplace.outsideBand ?? [] })),
    })),
  };
}
