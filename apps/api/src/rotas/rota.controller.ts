import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { CreateRotaDto, HolidayDutyDto, RotaDto, RotaPublishedDto, RotaStartedDto, RotaSummaryDto } from './rota.dto';
import { RotaFairnessDto, RotaHolidaysDto } from './rota-report.dto';
import { RotaDownload, RotaService } from './rota.service';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { rotaReachOf } from './rota-reach';

@ApiTags('rotas')
@Controller('rotas')
export class RotaController {
  constructor(private readonly rotas: RotaService) {}

  @Post()
  @Access('rotas.write')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Build a named rota from a stored plan in the background',
    description: 'Uses the stored pins and the holiday-duty history of published rotas. Follow the job at /api/jobs/{jobId}; the rota is then at /api/rotas/{rotaId}.',
  })
  @ApiAcceptedResponse({ type: RotaStartedDto })
  @ApiErrors(400, 404, 409)
  create(@Body() body: CreateRotaDto): Promise<RotaStartedDto> {
    return this.rotas.start(body.planId, body.options);
  }

  @Get()
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'Every stored rota, newest first (a viewer: the published ones)' })
  @ApiOkResponse({ type: [RotaSummaryDto] })
  list(@CurrentUser() user: SignedInUser): Promise<RotaSummaryDto[]> {
    return this.rotas.list(rotaReachOf(user));
  }

  @Get('holiday-duty')
  @Access('rotas.read')
  @ApiOperation({ summary: 'Who worked which holiday day, from published rotas (fed into every new rota)' })
  @ApiOkResponse({ type: [HolidayDutyDto] })
  holidayDuty(): Promise<HolidayDutyDto[]> {
    return this.rotas.holidayDuty();
  }

  @Get(':id')
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'A rota as a grid: agents × dates with shift times, holidays and time off marked; unfilled shifts and broken soft rules' })
  @ApiOkResponse({ type: RotaDto })
  @ApiErrors(404)
  get(@Param('id') id: string, @CurrentUser() user: SignedInUser): Promise<RotaDto> {
    return this.rotas.get(id, rotaReachOf(user));
  }

  @Get(':id/fairness')
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'Nights, weekends and holiday duty per agent, and their spread per site' })
  @ApiOkResponse({ type: RotaFairnessDto })
  @ApiErrors(404)
  fairness(@Param('id') id: string, @CurrentUser() user: SignedInUser): Promise<RotaFairnessDto> {
    return this.rotas.fairness(id, rotaReachOf(user));
  }

  @Get(':id/holidays')
  @Access('rotas.read')
  @ApiOperation({ summary: 'Holiday rotas: the crew of each public-holiday or event day, the pay multiplier and the extra cost' })
  @ApiOkResponse({ type: RotaHolidaysDto })
  @ApiErrors(404)
  holidays(@Param('id') id: string): Promise<RotaHolidaysDto> {
    return this.rotas.holidays(id);
  }

  @Post(':id/rerun')
  @Access('rotas.write')
  @HttpCode(202)
  @ApiOperation({ summary: 'Build the rota again (same plan and options) with the pins and duty history as they are now' })
  @ApiAcceptedResponse({ type: RotaStartedDto })
  @ApiErrors(404, 409)
  rerun(@Param('id') id: string): Promise<RotaStartedDto> {
    return this.rotas.rerun(id);
  }

  @Post(':id/publish')
  @Access('rotas.write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make the rota final and record its holiday duty, so the next rota rotates it' })
  @ApiOkResponse({ type: RotaPublishedDto })
  @ApiErrors(404, 409)
  publish(@Param('id') id: string): Promise<RotaPublishedDto> {
    return this.rotas.publish(id);
  }

  @Get(':id/export.csv')
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'The rota as CSV: agent, date, local start and end, site, marketplaces …' })
  @ApiProduces('text/csv')
  @ApiErrors(404)
  async csv(@Param('id') id: string, @CurrentUser() user: SignedInUser): Promise<StreamableFile> {
    return download(await this.rotas.csv(id, rotaReachOf(user)));
  }

  @Get(':id/agents/:agentId.ics')
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'An agent’s shifts as iCalendar, in their site’s time zone' })
  @ApiProduces('text/calendar')
  @ApiErrors(404)
  async agentCalendar(@Param('id') id: string, @Param('agentId') agentId: string, @CurrentUser() user: SignedInUser): Promise<StreamableFile> {
    return download(await this.rotas.agentCalendar(id, agentId, rotaReachOf(user)));
  }

  @Get(':id/sites/:siteId.ics')
  @Access('rotas.read', 'rotas.readPublished')
  @ApiOperation({ summary: 'Every shift at a site as iCalendar, in the site’s time zone' })
  @ApiProduces('text/calendar')
  @ApiErrors(404)
  async siteCalendar(@Param('id') id: string, @Param('siteId') siteId: string, @CurrentUser() user: SignedInUser): Promise<StreamableFile> {
    return download(await this.rotas.siteCalendar(id, siteId, rotaReachOf(user)));
  }
}

function download(file: RotaDownload): StreamableFile {
  return new StreamableFile(Buffer.from(file.body, 'utf8'), { type: file.contentType, disposition: `attachment; filename="${file.fileName}"` });
}
