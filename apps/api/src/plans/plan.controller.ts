import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { COVERAGE_VIEWS, PlanCoverageDto } from './plan-coverage.dto';
import { PlanJobDto, PlanListItemDto, PlanSummaryDto } from './plan.dto';
import { CreatePlanDto } from './plan-request.dto';
import { PlannedShiftDto, PlannedWorkloadDto } from './plan-shift.dto';
import { PlanWindowsDto } from './plan-windows.dto';
import { PlansService } from './plans.service';
import { Access } from '../auth/access.decorator';

@ApiTags('plans')
@Controller('plans')
export class PlanController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @Access('plans.run')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Plan the cheapest shift mix for a window of the horizon (a background job)',
    description:
      'The window is `start` (a date inside the organisation’s horizon) and `weeks`; by default the next full week. ' +
      'It reads its slice of the horizon’s forecast and opens with the backlog the stored plan of the week before it left. ' +
      'Returns at once with the job and the plan id. Progress events: `series` (only when the job forecasts first), ' +
      '`start` { solver, variables, constraints, integers }, `lp-bound` { bound, seconds }, ' +
      '`incumbent` { cost, bound, gap, seconds, source } as better plans are found, and `done` { status, cost, bound, gap, seconds }. ' +
      'An infeasible setup is an answer: the job succeeds and the plan says why.',
  })
  @ApiAcceptedResponse({ type: PlanJobDto })
  @ApiErrors(400, 404)
  create(@Body() request: CreatePlanDto): Promise<PlanJobDto> {
    return this.plans.start(request);
  }

  @Get()
  @Access('costs.read')
  @ApiOperation({ summary: 'Plans, newest first' })
  @ApiOkResponse({ type: [PlanListItemDto] })
  list(): Promise<PlanListItemDto[]> {
    return this.plans.list();
  }

  @Get('windows')
  @Access('plans.run')
  @ApiOperation({ summary: "The horizon's weeks for a week picker: events and public holidays in each, the default window, the plan each would take its opening backlog from" })
  @ApiOkResponse({ type: PlanWindowsDto })
  @ApiErrors(404)
  windows(): Promise<PlanWindowsDto> {
    return this.plans.windows();
  }

  @Get(':id')
  @Access('costs.read')
  @ApiOperation({ summary: 'Cost per site and in total, cost per message, SLA, first-reply times per marketplace, bound, gap, solve time' })
  @ApiOkResponse({ type: PlanSummaryDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<PlanSummaryDto> {
    return this.plans.get(id);
  }

  @Get(':id/shifts')
  @Access('costs.read')
  @ApiOperation({ summary: 'The planned shifts: site, template, local start date and time, UTC span, agents' })
  @ApiOkResponse({ type: [PlannedShiftDto] })
  @ApiErrors(404, 409)
  shifts(@Param('id') id: string): Promise<PlannedShiftDto[]> {
    return this.plans.shifts(id);
  }

  @Get(':id/coverage')
  @Access('coverage.read')
  @ApiOperation({ summary: 'Hourly workload against capacity per site and per queue, on one clock' })
  @ApiQuery({ name: 'view', required: false, enum: COVERAGE_VIEWS, description: "Clock of `local`: UTC (default), a site's, or the buyers'" })
  @ApiQuery({ name: 'siteId', required: false, description: 'Only this site (and its clock for view=site)' })
  @ApiQuery({ name: 'marketplaceId', required: false, description: "Only this marketplace's queues (and its clock for view=buyer)" })
  @ApiOkResponse({ type: PlanCoverageDto })
  @ApiErrors(400, 404, 409)
  coverage(
    @Param('id') id: string,
    @Query('view') view?: string,
    @Query('siteId') siteId?: string,
    @Query('marketplaceId') marketplaceId?: string,
  ): Promise<PlanCoverageDto> {
    return this.plans.coverage(id, { view, siteId, marketplaceId });
  }

  @Get(':id/file')
  @Access('costs.read')
  @ApiOperation({ summary: 'The plan as a file the CLI reads (simulate --plan, rota --plan): grid, shifts, arrivals' })
  @ApiOkResponse({ type: PlannedWorkloadDto })
  @ApiErrors(404, 409)
  file(@Param('id') id: string): Promise<PlannedWorkloadDto> {
    return this.plans.file(id);
  }

  @Delete(':id')
  @Access('plans.delete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a plan and its simulations; 409 while it is being solved' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.plans.remove(id);
  }
}
