import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarEvent } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { CalendarEventDto } from './calendar-event.dto';
import { CalendarEventService } from './calendar-event.service';
import { Access } from '../auth/access.decorator';

@ApiTags('events')
@Controller('events')
export class CalendarEventController {
  constructor(private readonly events: CalendarEventService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [CalendarEventDto] })
  list(): Promise<CalendarEvent[]> {
    return this.events.list();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: CalendarEventDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<CalendarEvent> {
    return this.events.get(id);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create a peak or holiday affecting existing marketplaces and sites' })
  @ApiCreatedResponse({ type: CalendarEventDto })
  @ApiErrors(400, 409)
  create(@Body() event: CalendarEventDto): Promise<CalendarEvent> {
    return this.events.create(event as CalendarEvent);
  }

  @Put(':id')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace an event (the id cannot change)' })
  @ApiOkResponse({ type: CalendarEventDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() event: CalendarEventDto): Promise<CalendarEvent> {
    return this.events.replace(id, event as CalendarEvent);
  }

  @Delete(':id')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an event' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.events.remove(id);
  }
}
