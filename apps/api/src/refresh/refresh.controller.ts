import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { RefreshRunDetailDto, RefreshRunDto, RefreshStartedDto, RefreshStatusDto } from './refresh.dto';
import { RefreshScheduler } from './refresh.scheduler';
import { RefreshService } from './refresh.service';
import { Access } from '../auth/access.decorator';

@ApiTags('refresh')
@Controller('refresh')
export class RefreshController {
  constructor(
    private readonly refresh: RefreshService,
    private readonly scheduler: RefreshScheduler,
  ) {}

  @Get()
  @Access('setup.read')
  @ApiOperation({ summary: 'The refresh schedule (UTC), its next run and the run in progress' })
  @ApiOkResponse({ type: RefreshStatusDto })
  async status(): Promise<RefreshStatusDto> {
    return {
      enabled: this.scheduler.schedule !== null,
      cron: this.scheduler.schedule?.cron ?? null,
      timeZone: 'UTC',
      nextRunAt: this.scheduler.nextRunAt()?.toISOString() ?? null,
      running: await this.refresh.running(),
    };
  }

  @Post('run')
  @Access('setup.write')
  @HttpCode(202)
  @ApiOperation({ summary: 'Refresh now: re-forecast from the newest history and re-plan every live scenario (a background job)' })
  @ApiAcceptedResponse({ type: RefreshStartedDto })
  @ApiErrors(409)
  run(): Promise<RefreshStartedDto> {
    return this.refresh.runNow();
  }

  @Get('runs')
  @Access('setup.read')
  @ApiOperation({ summary: 'Refresh runs, newest first, with each live scenario’s change since its previous run' })
  @ApiOkResponse({ type: [RefreshRunDto] })
  runs(): Promise<RefreshRunDto[]> {
    return this.refresh.runs();
  }

  @Get('runs/:id')
  @Access('setup.read')
  @ApiOperation({ summary: 'One refresh run: each live scenario as planned then, beside its previous run' })
  @ApiOkResponse({ type: RefreshRunDetailDto })
  @ApiErrors(404)
  runDetail(@Param('id') id: string): Promise<RefreshRunDetailDto> {
    return this.refresh.run(id);
  }
}
