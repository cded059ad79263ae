import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { AnalysisStartedDto, CreateFrontierDto } from './frontier.dto';
import { FrontierService } from './frontier.service';
import { CreateWhatIfDto } from './what-if.dto';
import { WhatIfService } from './what-if.service';
import { Access } from '../auth/access.decorator';

/** One-off analyses whose result is the job's result (not stored). */
@ApiTags('scenarios')
@Controller()
export class AnalysisController {
  constructor(
    private readonly frontier: FrontierService,
    private readonly whatIf: WhatIfService,
  ) {}

  @Post('frontier')
  @Access('scenarios.write')
  @HttpCode(202)
  @ApiOperation({
    summary: 'The cost–service frontier: a plan per average-wait (and SLA) target, as points of cost against wait (a background job)',
    description: 'More wait allowed never costs more: each point shows the cheapest plan among those for targets at least as strict, and says when that repaired the solver’s answer.',
  })
  @ApiAcceptedResponse({ type: AnalysisStartedDto })
  @ApiErrors(400, 404, 409)
  createFrontier(@Body() body: CreateFrontierDto): Promise<AnalysisStartedDto> {
    return this.frontier.start(body);
  }

  @Post('what-if')
  @Access('scenarios.write')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Peak or holiday what-if: extra shifts per site and day, their cost, and the SLA if nobody is added (a background job)',
  })
  @ApiAcceptedResponse({ type: AnalysisStartedDto })
  @ApiErrors(400, 404, 409)
  createWhatIf(@Body() body: CreateWhatIfDto): Promise<AnalysisStartedDto> {
    return this.whatIf.start(body);
  }
}
