import { Controller, Get, HttpCode, MessageEvent, Param, Post, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Observable, map } from 'rxjs';
import { ApiErrors } from '../common/api-errors.decorator';
import { JobDto, mapJob } from './job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Status, progress events, and result or error of a background job' })
  @ApiOkResponse({ type: JobDto })
  @ApiErrors(404)
  get(@Param('id') id: string): JobDto {
    return mapJob(this.jobs.get(id));
  }

  @Sse(':id/events')
  @ApiOperation({
    summary: 'Server-sent events of a job',
    description:
      'Every progress event so far and then as they happen (`event: progress`), then one final event: ' +
      '`done` (data: { status, result }), `failed` (data: { status, error }) or `cancelled`; then the stream ends.',
  })
  @ApiProduces('text/event-stream')
  @ApiErrors(404)
  events(@Param('id') id: string): Observable<MessageEvent> {
    return this.jobs.events(id).pipe(map((event) => ({ type: event.type, data: event.data })));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running job' })
  @ApiOkResponse({ type: JobDto })
  @ApiErrors(404, 409)
  cancel(@Param('id') id: string): JobDto {
    return mapJob(this.jobs.cancel(id));
  }
}
