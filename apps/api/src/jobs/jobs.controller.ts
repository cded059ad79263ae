import { Controller, DefaultValuePipe, Get, HttpCode, MessageEvent, Param, ParseIntPipe, Post, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Observable, map } from 'rxjs';
import { ApiErrors } from '../common/api-errors.decorator';
import { JobDto, JobListItemDto, mapJob, mapJobListItem } from './job.dto';
import { JobsService } from './jobs.service';
import { Access } from '../auth/access.decorator';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Access('jobs.read')
  @ApiOperation({ summary: 'Background jobs, newest first: every kind, whichever process ran them (stored, so they outlive a restart)' })
  @ApiQuery({ name: 'limit', required: false, description: 'How many (default 100)' })
  @ApiOkResponse({ type: [JobListItemDto] })
  async list(@Query('limit', new DefaultValuePipe(100), ParseIntPipe) limit: number): Promise<JobListItemDto[]> {
    return (await this.jobs.list(Math.min(Math.max(limit, 1), 1000))).map(mapJobListItem);
  }

  @Get(':id')
  @Access('jobs.read')
  @ApiOperation({ summary: 'Status, progress events, and result or error of a background job' })
  @ApiOkResponse({ type: JobDto })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<JobDto> {
    return mapJob(await this.jobs.get(id));
  }

  @Sse(':id/events')
  @Access('jobs.read')
  @ApiOperation({
    summary: 'Server-sent events of a job',
    description:
      'Every progress event so far and then as they happen (`event: progress`); while the job waits for a job slot or a solver, ' +
        'its place whenever it changes (`event: queue`, data: { queue: { waitingFor, position, ahead, message } }, then { queue: null } once it runs); then one final event: ' +
      '`done` (data: { status, result }), `failed` (data: { status, error }) or `cancelled`; then the stream ends.',
  })
  @ApiProduces('text/event-stream')
  @ApiErrors(404)
  async events(@Param('id') id: string): Promise<Observable<MessageEvent>> {
    await this.jobs.get(id);
    return this.jobs.events(id).pipe(map((event) => ({ type: event.type, data: event.data })));
  }

  @Post(':id/cancel')
  @Access('jobs.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running job' })
  @ApiOkResponse({ type: JobDto })
  @ApiErrors(404, 409)
  async cancel(@Param('id') id: string): Promise<JobDto> {
    return mapJob(await this.jobs.cancel(id));
  }
}
