import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { HOUR_MS, formatUtc } from '@app/domain';
import type { InfeasibilityExplanation, MarketplaceService, PayrollPeriod, PlanPayroll, PlanResult, SiteCost, SitePayroll, StaffingGap, SuggestedFix } from '@app/optimizer';
import type { RotaCheck } from '@app/scenarios/adapters/team-plan.adapter';
import { DispatchRunDto, mapDispatchRun } from './plan-dispatch.dto';
import type { PlanEntity } from './plan.entity';

export class PlanJobDto {
  @ApiProperty({ format: 'uuid', description: 'Follow it at GET /api/jobs/{jobId} or /api/jobs/{jobId}/events' })
  jobId: string;

  @ApiProperty({ format: 'uuid' })
  planId: string;
}

export class PlanGridDto {
  @ApiProperty({ example: '2026-03-02T00:00:00Z', description: 'UTC instant of hour 0' })
  start: string;

  @ApiProperty({ example: '2026-03-09T00:00:00Z', description: 'UTC instant after the last hour' })
  end: string;

  @ApiProperty({ example: 168 })
  hours: number;

  @ApiProperty({ enum: ['dated', 'cyclic'] })
  mode: string;
}

export class PlanListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  jobId: string | null;

  @ApiProperty({
    example: 'optimal',
    description: "'running', 'failed', 'cancelled', or the planner's answer: 'optimal', 'feasible', 'infeasible', 'timedout'",
  })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: "The planner's answer in a sentence (why there is no plan, when infeasible)" })
  message: string | null;

  @ApiPropertyOptional({ description: 'Why the run failed' })
  error?: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The forecast planned for' })
  forecastId: string | null;

  @ApiProperty()
  scenarioName: string;

  @ApiProperty({ enum: ['highs', 'jslp'] })
  solver: string;

  @ApiProperty({ example: 30 })
  timeLimitSeconds: number;

  @ApiProperty({ type: Number, nullable: true })
  mipGap: number | null;

  @ApiProperty({ type: PlanGridDto })
  grid: PlanGridDto;

  @ApiProperty({ example: 'USD' })
  reportingCurrency: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Pay of all planned shifts over the grid, reporting currency' })
  totalCost: number | null;

  @ApiProperty({ type: Number, nullable: true })
  costPerMessage: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of messages answered within their deadline, 0..1' })
  slaAttainment: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'LP relaxation optimum: no plan can cost less' })
  lpBound: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '(cost − bound) / cost' })
  gap: number | null;

  @ApiProperty({ type: Number, nullable: true })
  solveSeconds: number | null;
}

export class SiteCostDto {
  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty({ example: 'PHP' })
  currency: string;

  @ApiProperty({ description: "In the site's currency" })
  local: number;

  @ApiProperty({ description: 'In the reporting currency' })
  reporting: number;

  @ApiProperty({ description: 'Agent-hours on duty inside the grid' })
  agentHours: number;

  @ApiProperty()
  paidHours: number;
}

export class LocalHourServiceDto {
  @ApiProperty({ example: 9, description: "Buyers' local hour of arrival, 0–23" })
  hour: number;

  @ApiProperty()
  messages: number;

  @ApiProperty()
  averageWaitHours: number;

  @ApiProperty()
  p90WaitHours: number;
}

export class MarketplaceServiceDto {
  @ApiProperty({ example: 'amazon-us' })
  marketplaceId: string;

  @ApiProperty({ example: 'America/New_York' })
  timeZone: string;

  @ApiProperty({ description: 'Messages needing a reply over the grid' })
  messages: number;

  @ApiProperty({ example: 1, description: 'Share answered within the deadline, replaying the plan earliest-deadline-first' })
  slaAttainment: number;

  @ApiProperty({ description: 'Average first-reply time, hours' })
  averageWaitHours: number;

  @ApiProperty({ description: '90th-percentile first-reply time, hours' })
  p90WaitHours: number;

  @ApiPropertyOptional({ description: 'The average-wait target, when the marketplace has one' })
  waitTargetHours?: number;

  @ApiProperty({ description: "Average wait under the LP's own split of agent time" })
  plannedAverageWaitHours: number;

  @ApiProperty({ description: 'Messages still waiting (not yet due) when a dated grid ends' })
  carriedOver: number;

  @ApiPropertyOptional({ description: "Messages waiting at the end of an average hour of the grid's last week (replayed): what a steady state carries, the yardstick of carriedOver (the closing-backlog rule's). Absent for a plan stored before it was reported" })
  averageBacklog?: number;

  @ApiProperty({ type: [LocalHourServiceDto], description: "By the buyers' local hour of arrival" })
  byLocalHour: LocalHourServiceDto[];
}

export class MissedTargetDto {
  @ApiProperty({ example: 'amazon-de' })
  marketplaceId: string;

  @ApiProperty({ enum: ['deadline', 'average-wait'], description: "'deadline': the share answered within the deadline; 'average-wait': the average first-reply time target, hours" })
  target: string;

  @ApiProperty({ example: 3, description: 'What was asked: a share (0..1) for a deadline, hours for an average wait' })
  promised: number;

  @ApiProperty({ example: 3.4, description: 'What a replay of the published dispatch rule gives' })
  replayed: number;
}

export class CarriedOverDto {
  @ApiProperty({ example: 412, description: 'Messages still waiting, not yet due, when the dated grid ends (the next window opens with them), over all marketplaces' })
  messages: number;

  @ApiProperty({ example: 530, description: "The plan's average hourly backlog over all marketplaces: what a steady state carries; the planner keeps each queue's closing backlog within its own" })
  averageBacklog: number;
}

export class HourSpanDto {
  @ApiProperty()
  fromUtc: string;

  @ApiProperty()
  toUtc: string;

  @ApiProperty({ example: 'Tue 11:00–15:00 Asia/Tokyo' })
  local: string;
}

export class InfeasibilityFindingDto {
  @ApiProperty({ example: 'no-language-coverage' })
  reason: string;

  @ApiPropertyOptional()
  marketplaceId?: string;

  @ApiPropertyOptional()
  siteId?: string;

  @ApiProperty({ type: [HourSpanDto] })
  spans: HourSpanDto[];

  @ApiProperty({ example: 'No site speaks Japanese, the language amazon-jp buyers write in …' })
  message: string;
}

export class InfeasibilityDto {
  @ApiProperty()
  summary: string;

  @ApiProperty({ enum: ['pre-check', 'relaxation'] })
  method: string;

  @ApiProperty({ type: [InfeasibilityFindingDto] })
  findings: InfeasibilityFindingDto[];
}

export class PayrollPeriodDto {
  @ApiProperty({ example: '2026-12', description: '"week 1", "week 2" … (7 × 24 grid hours from the start) or a site-local calendar month "YYYY-MM"' })
  period: string;

  @ApiProperty({ description: 'Salaried: contracted hours worked; hourly: every paid hour at the base rate (reporting currency)' })
  base: number;

  @ApiProperty({ description: 'Night, weekend and statutory-holiday premiums above the base rate' })
  premiums: number;

  @ApiProperty()
  overtime: number;

  @ApiProperty({ description: 'Capacity bought from vendors' })
  vendor: number;

  @ApiProperty({ description: 'Salaried hours paid but not scheduled' })
  idleContracted: number;

  @ApiProperty({ description: 'The five components added up' })
  total: number;
}

export class SitePayrollDto {
  @ApiProperty({ example: 'shenzhen' })
  siteId: string;

  @ApiProperty({ example: 'CNY', description: "The site's currency (of totalLocal)" })
  currency: string;

  @ApiProperty({ description: 'Reporting currency, as every component' })
  base: number;

  @ApiProperty()
  premiums: number;

  @ApiProperty()
  overtime: number;

  @ApiProperty()
  vendor: number;

  @ApiProperty()
  idleContracted: number;

  @ApiProperty({ description: 'The five components added up, reporting currency' })
  total: number;

  @ApiProperty({ description: "The same total in the site's currency" })
  totalLocal: number;

  @ApiProperty({ description: 'Paid hours scheduled over the grid' })
  workedHours: number;

  @ApiProperty({ description: 'Salaried hours contracted over the grid' })
  contractedHours: number;

  @ApiProperty({ type: [PayrollPeriodDto] })
  byWeek: PayrollPeriodDto[];

  @ApiProperty({ type: [PayrollPeriodDto], description: 'Site-local calendar months, over the hours actually planned' })
  byMonth: PayrollPeriodDto[];
}

export class PlanPayrollDto {
  @ApiProperty({ example: 'USD' })
  reportingCurrency: string;

  @ApiProperty({ example: 168, description: 'The grid hours paid for: a one-week plan is one week of payroll' })
  hours: number;

  @ApiProperty({ description: 'Every site together: the plan’s totalCost' })
  total: number;

  @ApiProperty({ type: [SitePayrollDto] })
  sites: SitePayrollDto[];
}

export class SuggestedHireDto {
  @ApiProperty({ enum: ['hire-agents'] })
  kind: 'hire-agents';

  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty({ example: 3 })
  count: number;

  @ApiProperty({ example: 'mnl-01', description: 'The agent whose terms (languages, contract, pay, shifts) the hires copy' })
  likeAgentId: string;

  @ApiProperty({ example: '2026-12-07', description: 'First site-local date they work' })
  from: string;
}

export class VendorWindowDto {
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5, 6, 7], description: 'ISO weekdays (1 = Monday)' })
  days: number[];

  @ApiProperty({ example: '22:00' })
  start: string;

  @ApiProperty({ example: '06:00', description: 'Exclusive; wraps midnight when not after start' })
  end: string;
}

export class VendorCoverDto {
  @ApiProperty({ example: 'vendor-cover-manila-en-2026-12-07' })
  id: string;

  @ApiProperty({ example: 'Manila remote team en vendor cover 2026-12-07' })
  name: string;

  @ApiProperty({ example: 'Asia/Manila' })
  timeZone: string;

  @ApiProperty({ example: 'PH' })
  country: string;

  @ApiProperty({ type: [VendorWindowDto], description: "The gap's hours on the site's clock" })
  serviceHours: VendorWindowDto[];

  @ApiProperty({ type: [String], example: ['en'] })
  languages: string[];

  @ApiProperty({ example: 'USD', description: "The site's currency" })
  currency: string;

  @ApiProperty({ description: "Price per message: an agent-hour of the site's work costs the site's vendorHourlyRate" })
  pricePerMessage: number;

  @ApiProperty({ description: "Most messages an hour: enough for the gap's peak" })
  capacityPerHour: number;

  @ApiProperty({ example: '2026-12-07', description: 'First and last site-local date of the cover' })
  start: string;

  @ApiProperty({ example: '2026-12-13' })
  end: string;
}

export class SuggestedVendorDto {
  @ApiProperty({ enum: ['vendor'] })
  kind: 'vendor';

  @ApiProperty({ type: VendorCoverDto })
  vendor: VendorCoverDto;
}

const SUGGESTED_FIX_SCHEMA = { oneOf: [{ $ref: getSchemaPath(SuggestedHireDto) }, { $ref: getSchemaPath(SuggestedVendorDto) }] };

@ApiExtraModels(SuggestedHireDto, SuggestedVendorDto)
export class StaffingOptionDto {
  @ApiProperty({ enum: ['hire', 'overtime', 'vendor'] })
  kind: string;

  @ApiProperty({ example: 'Hire 3 Manila remote team agents speaking en from 2026-12-07' })
  description: string;

  @ApiProperty({ description: 'Reporting currency over the plan’s grid; vendor hours at the site’s vendorHourlyRate' })
  cost: number;

  @ApiPropertyOptional({ description: 'Agent-hours bought from a vendor (vendor options)' })
  vendorHours?: number;

  @ApiPropertyOptional({ ...SUGGESTED_FIX_SCHEMA, description: 'The option as a scenario override (POST /api/scenarios), for a hire or vendor cover' })
  override?: SuggestedHireDto | SuggestedVendorDto;
}

export class StaffingGapDto {
  @ApiProperty({ example: 'manila' })
  siteId: string;

  @ApiProperty({ example: 'Manila remote team' })
  siteName: string;

  @ApiProperty({ type: [String], example: ['en'], description: 'The language pool short of agents: new agents must speak them' })
  languages: string[];

  @ApiProperty({ example: '2026-12-06T17:00:00Z', description: 'First hour short (UTC)' })
  fromUtc: string;

  @ApiProperty({ example: '2026-12-06T23:00:00Z', description: 'End of the last hour short (UTC)' })
  toUtc: string;

  @ApiProperty({ example: '2026-12-07T01:00+08:00', description: "The same on the site's clock" })
  localFrom: string;

  @ApiProperty({ example: '2026-12-07T07:00+08:00' })
  localTo: string;

  @ApiProperty({ description: 'Most agents missing at once' })
  peakAgents: number;

  @ApiProperty({ description: 'Agent-hours missing over the run' })
  agentHours: number;

  @ApiProperty()
  message: string;

  @ApiProperty({ type: [StaffingOptionDto], description: 'Ways to close it, cheapest first' })
  options: StaffingOptionDto[];

  @ApiProperty({ type: SuggestedHireDto, description: 'The hire as a scenario override (POST /api/scenarios), ready to compare' })
  suggestedOverride: SuggestedHireDto;

  @ApiProperty({
    ...SUGGESTED_FIX_SCHEMA,
    nullable: true,
    description: 'The cheapest option that is a scenario override (a hire or vendor cover), ready to compare; null for a plan stored before vendor cover was offered',
  })
  suggestedFix: SuggestedHireDto | SuggestedVendorDto | null;
}

export class SeatCapDto {
  @ApiProperty()
  siteId: string;

  @ApiProperty()
  templateId: string;

  @ApiProperty()
  startUtc: string;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ description: 'Most agents the shift was capped at' })
  most: number;
}

export class RotaCheckDto {
  @ApiProperty({ example: 941, description: 'Seats of the planned shifts' })
  seatsPlanned: number;

  @ApiProperty({ example: 941, description: 'Seats the named rota built inside the plan job filled' })
  seatsFilled: number;

  @ApiProperty({ example: 1, description: 'Plans solved: 1 when the first plan’s rota filled every seat' })
  rounds: number;

  @ApiProperty({ type: [SeatCapDto], description: 'Planned shifts the rota could not fill, capped for the next round' })
  cuts: SeatCapDto[];

  @ApiProperty({ description: 'Soft rules the rota bends: agents given fewer hours than their contract, or without two days off in a row' })
  softBreaches: number;
}

export class PlanSummaryDto extends PlanListItemDto {
  @ApiProperty({ type: [SiteCostDto] })
  costBySite: SiteCostDto[];

  @ApiProperty({
    type: PlanPayrollDto,
    nullable: true,
    description: 'Payroll by site and pay component, by week and by site-local month; its total is totalCost. Null without a result, or for a plan stored before payroll was reported',
  })
  payroll: PlanPayrollDto | null;

  @ApiProperty({ type: [StaffingGapDto], description: 'Runs of hours a site’s language pool lacks named agents, with ways to close them; empty when the team suffices' })
  staffingGap: StaffingGapDto[];

  @ApiProperty({
    type: RotaCheckDto,
    nullable: true,
    description: 'The named rota built inside the plan job: seats filled of planned. Null without named agents, without a plan, or for a plan stored before the check',
  })
  rotaCheck: RotaCheckDto | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Cost of waiting in the objective (marketplaces with a cost per waiting hour)' })
  waitingCost: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Best proven lower bound (the LP’s, or the MIP’s when higher)' })
  bound: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Objective of the integer plan: total cost + waiting cost' })
  objective: number | null;

  @ApiProperty({ type: String, nullable: true, enum: ['lp', 'rounding', 'mip'], description: 'Where the integer plan came from' })
  integerSource: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['quick', 'standard', 'thorough', 'custom'],
    description: 'The planning effort (solver work, not seconds) the plan was made with: the same setup, window and effort give this plan on any machine. Null for a plan stored before efforts',
  })
  effort: string | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The wall-clock safety cap (timeLimitSeconds) stopped the solver before the effort was spent: this plan depends on the machine’s speed and load. Null for a plan stored before efforts',
  })
  clockLimitReached: boolean | null;

  @ApiProperty({ example: 38, description: 'Agents starting a shift, over all planned shifts' })
  shiftStarts: number;

  @ApiProperty({ type: [MarketplaceServiceDto] })
  marketplaces: MarketplaceServiceDto[];

  @ApiProperty({
    type: CarriedOverDto,
    nullable: true,
    description: 'What a dated plan leaves to the next one (per marketplace: marketplaces[].carriedOver). Null for a cyclic week, without a plan, or for a plan stored before it was reported',
  })
  carriedOver: CarriedOverDto | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2,
    description:
      'Solves it took until the published dispatch rule, replayed, kept every promise the model made (plan → replay → tighten → re-solve; 1: the first plan kept them), or the round limit was reached. 0 without a plan; null for a plan stored before it was reported',
  })
  promiseRounds: number | null;

  @ApiProperty({ type: [MissedTargetDto], description: 'Targets the published rule still misses, with the replayed figure; empty when every one is kept' })
  missedTargets: MissedTargetDto[];

  @ApiProperty({
    type: [DispatchRunDto],
    description:
      'The rule the team works by, per site and runs of grid hours: the queues in order. Every service figure replays it. Empty without a plan, or for a plan stored before the rule was published',
  })
  dispatch: DispatchRunDto[];

  @ApiPropertyOptional({ type: InfeasibilityDto, description: 'Present when infeasible: why, in words a manager understands' })
  infeasibility?: InfeasibilityDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The stored plan of the week before, whose closing backlog this window opened with; null when it opened with none',
  })
  openingBacklogFromPlanId: string | null;

  @ApiProperty({ type: [String], description: 'Assumptions and adjustments the planner made' })
  notes: string[];
}

export function mapPlanListItem(row: PlanEntity): PlanListItemDto {
  const startMs = Date.parse(row.gridStartUtc);
  return {
    id: row.id,
    jobId: row.jobId,
    status: row.status,
    message: row.message,
    ...(row.error !== null ? { error: row.error } : {}),
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    forecastId: row.forecastId,
    scenarioName: row.scenarioName,
    solver: row.solver,
    timeLimitSeconds: row.timeLimitSeconds,
    mipGap: row.mipGap,
    grid: { start: row.gridStartUtc, end: formatUtc(startMs + row.gridHours * HOUR_MS), hours: row.gridHours, mode: row.gridMode },
    reportingCurrency: row.reportingCurrency,
    totalCost: row.totalCost,
    costPerMessage: row.costPerMessage,
    slaAttainment: row.slaAttainment,
    lpBound: row.lpBound,
    gap: row.gap,
    solveSeconds: row.solveSeconds,
  };
}

export function mapPlanSummary(row: PlanEntity): PlanSummaryDto {
  const result = row.result;
  return {
    ...mapPlanListItem(row),
    costBySite: (result?.costBySite ?? []).map(mapSiteCost),
    // plans stored before these were reported have none of them
    payroll: result?.payroll ? mapPayroll(result.payroll) : null,
    staffingGap: (result?.staffingGap ?? []).map(mapStaffingGap),
    rotaCheck: result?.rotaCheck ? mapRotaCheck(result.rotaCheck) : null,
    waitingCost: result?.waitingCost ?? null,
    carriedOver: result?.carriedOver ? { messages: result.carriedOver.messages, averageBacklog: result.carriedOver.averageBacklog } : null,
    promiseRounds: result?.promiseRounds ?? null,
    missedTargets: (result?.missedTargets ?? []).map((m) => ({ marketplaceId: m.marketplaceId, target: m.target, promised: m.promised, replayed: m.replayed })),
    bound: result?.bound ?? null,
    objective: result?.objective ?? null,
    integerSource: result?.integerSource ?? null,
    effort: result?.effort ?? null,
    clockLimitReached: result?.clockLimitReached ?? null,
    shiftStarts: (result?.shifts ?? []).reduce((sum, shift) => sum + shift.count, 0),
    marketplaces: (result?.marketplaces ?? []).map(mapMarketplaceService),
    dispatch: (result?.dispatch ?? []).map(mapDispatchRun),
    ...(result?.infeasibility ? { infeasibility: mapInfeasibility(result.infeasibility) } : {}),
    openingBacklogFromPlanId: result?.openingBacklogFrom ?? null,
    notes: result?.notes ?? [],
  };
}

/** The headline columns stored beside a finished plan's result. */
export function planHeadline(result: PlanResult): Pick<
  PlanEntity,
  'status' | 'message' | 'totalCost' | 'costPerMessage' | 'slaAttainment' | 'lpBound' | 'gap' | 'solveSeconds' | 'reportingCurrency'
> {
  const planned = result.shifts.length > 0 || result.status === 'optimal' || result.status === 'feasible';
  return {
    status: result.status,
    message: result.message,
    reportingCurrency: result.reportingCurrency,
    totalCost: planned ? result.totalCost : null,
    costPerMessage: planned ? result.costPerMessage : null,
    slaAttainment: planned ? result.slaAttainment : null,
    lpBound: result.lpBound,
    gap: result.gap,
    solveSeconds: result.solveSeconds,
  };
}

function mapSiteCost(cost: SiteCost): SiteCostDto {
  return { siteId: cost.siteId, currency: cost.currency, local: cost.local, reporting: cost.reporting, agentHours: cost.agentHours, paidHours: cost.paidHours };
}

function mapPayroll(payroll: PlanPayroll): PlanPayrollDto {
  return { reportingCurrency: payroll.reportingCurrency, hours: payroll.hours, total: payroll.total, sites: payroll.sites.map(mapSitePayroll) };
}

function mapSitePayroll(site: SitePayroll): SitePayrollDto {
  return {
    siteId: site.siteId,
    currency: site.currency,
    base: site.base,
    premiums: site.premiums,
    overtime: site.overtime,
    vendor: site.vendor,
    idleContracted: site.idleContracted,
    total: site.total,
    totalLocal: site.totalLocal,
    workedHours: site.workedHours,
    contractedHours: site.contractedHours,
    byWeek: site.byWeek.map(mapPayrollPeriod),
    byMonth: site.byMonth.map(mapPayrollPeriod),
  };
}

function mapPayrollPeriod(period: PayrollPeriod): PayrollPeriodDto {
  return {
    period: period.period,
    base: period.base,
    premiums: period.premiums,
    overtime: period.overtime,
    vendor: period.vendor,
    idleContracted: period.idleContracted,
    total: period.total,
  };
}

function mapStaffingGap(gap: StaffingGap): StaffingGapDto {
  const hire = gap.suggestedOverride;
  return {
    siteId: gap.siteId,
    siteName: gap.siteName,
    languages: [...gap.languages],
    fromUtc: gap.fromUtc,
    toUtc: gap.toUtc,
    localFrom: gap.localFrom,
    localTo: gap.localTo,
    peakAgents: gap.peakAgents,
    agentHours: gap.agentHours,
    message: gap.message,
    options: gap.options.map((option) => ({
      kind: option.kind,
      description: option.description,
      cost: option.cost,
      ...(option.vendorHours !== undefined ? { vendorHours: option.vendorHours } : {}),
      ...(option.override ? { override: mapSuggestedFix(option.override) } : {}),
    })),
    suggestedOverride: { kind: hire.kind, siteId: hire.siteId, count: hire.count, likeAgentId: hire.likeAgentId, from: hire.from },
    suggestedFix: gap.suggestedFix ? mapSuggestedFix(gap.suggestedFix) : null,
  };
}

function mapSuggestedFix(fix: SuggestedFix): SuggestedHireDto | SuggestedVendorDto {
  if (fix.kind === 'hire-agents') return { kind: fix.kind, siteId: fix.siteId, count: fix.count, likeAgentId: fix.likeAgentId, from: fix.from };
  const v = fix.vendor;
  return {
    kind: 'vendor',
    vendor: {
      id: v.id,
      name: v.name,
      timeZone: v.timeZone,
      country: v.country,
      serviceHours: v.serviceHours.map((w) => ({ days: [...w.days], start: w.start, end: w.end })),
      languages: [...v.languages],
      currency: v.currency,
      pricePerMessage: v.pricePerMessage,
      capacityPerHour: v.capacityPerHour,
      start: v.start,
      end: v.end,
    },
  };
}

function mapRotaCheck(check: RotaCheck): RotaCheckDto {
  return {
    seatsPlanned: check.seatsPlanned,
    seatsFilled: check.seatsFilled,
    rounds: check.rounds,
    cuts: check.cuts.map((cut) => ({ siteId: cut.siteId, templateId: cut.templateId, startUtc: cut.startUtc, languages: [...cut.languages], most: cut.most })),
    softBreaches: check.softBreaches,
  };
}

function mapMarketplaceService(service: MarketplaceService): MarketplaceServiceDto {
  return {
    marketplaceId: service.marketplaceId,
    timeZone: service.timeZone,
    messages: service.messages,
    slaAttainment: service.slaAttainment,
    averageWaitHours: service.averageWaitHours,
    p90WaitHours: service.p90WaitHours,
    ...(service.waitTargetHours !== undefined ? { waitTargetHours: service.waitTargetHours } : {}),
    plannedAverageWaitHours: service.plannedAverageWaitHours,
    carriedOver: service.carriedOver,
    ...(service.averageBacklog !== undefined ? { averageBacklog: service.averageBacklog } : {}),
    byLocalHour: service.byLocalHour.map((hour) => ({
      hour: hour.hour,
      messages: hour.messages,
      averageWaitHours: hour.averageWaitHours,
      p90WaitHours: hour.p90WaitHours,
    })),
  };
}

function mapInfeasibility(explanation: InfeasibilityExplanation): InfeasibilityDto {
  return {
    summary: explanation.summary,
    method: explanation.method,
    findings: explanation.findings.map((finding) => ({
      reason: finding.reason,
      ...(finding.marketplaceId !== undefined ? { marketplaceId: finding.marketplaceId } : {}),
      ...(finding.siteId !== undefined ? { siteId: finding.siteId } : {}),
      spans: finding.spans.map((span) => ({ fromUtc: span.fromUtc, toUtc: span.toUtc, local: span.local })),
      message: finding.message,
    })),
  };
}
