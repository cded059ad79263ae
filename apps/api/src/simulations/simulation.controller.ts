import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { SimulationDetailDto, SimulationDto, SimulationJobDto } from './simulation.dto';
import { CreateSimulationDto } from './simulation-request.dto';
import { SimulationsService } from './simulations.service';
import { Access } from '../auth/access.decorator';

@ApiTags('simulations')
@Controller('simulations')
export class SimulationController {
  constructor(private readonly simulations: SimulationsService) {}

  @Post()
  @Access('plans.run')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Replay a stored plan message by message (a background job)',
    description:
      'Returns at once with the job and the simulation id. Progress events: `replications` { completed, total, fraction } ' +
      '(at most one per percent); the job ends with the headline, GET /api/simulations/{id} has the rest.',
  })
  @ApiAcceptedResponse({ type: SimulationJobDto })
  @ApiErrors(400, 404, 409)
  create(@Body() request: CreateSimulationDto): Promise<SimulationJobDto> {
    return this.simulations.start(request);
  }

  @Get()
  @Access('costs.read')
  @ApiOperation({ summary: 'Simulations, newest first' })
  @ApiQuery({ name: 'planId', required: false })
  @ApiOkResponse({ type: [SimulationDto] })
  list(@Query('planId') planId?: string): Promise<SimulationDto[]> {
    return this.simulations.list(planId);
  }

  @Get(':id')
  @Access('costs.read')
  @ApiOperation({ summary: 'SLA attainment, first-reply times, backlog and occupancy, with 90 % bands over the replications' })
  @ApiOkResponse({ type: SimulationDetailDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<SimulationDetailDto> {
    return this.simulations.get(id);
  }
}
