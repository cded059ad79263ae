import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ShiftTemplate } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { ShiftTemplateDto } from './shift-template.dto';
import { ShiftTemplateService } from './shift-template.service';
import { Access } from '../auth/access.decorator';

@ApiTags('shift templates')
@Controller('shift-templates')
export class ShiftTemplateController {
  constructor(private readonly shiftTemplates: ShiftTemplateService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [ShiftTemplateDto] })
  list(): Promise<ShiftTemplate[]> {
    return this.shiftTemplates.list();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: ShiftTemplateDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<ShiftTemplate> {
    return this.shiftTemplates.get(id);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create a shift template at an existing site' })
  @ApiCreatedResponse({ type: ShiftTemplateDto })
  @ApiErrors(400, 409)
  create(@Body() template: ShiftTemplateDto): Promise<ShiftTemplate> {
    return this.shiftTemplates.create(template as ShiftTemplate);
  }

  @Put(':id')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace a shift template (the id cannot change)' })
  @ApiOkResponse({ type: ShiftTemplateDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() template: ShiftTemplateDto): Promise<ShiftTemplate> {
    return this.shiftTemplates.replace(id, template as ShiftTemplate);
  }

  @Delete(':id')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a shift template' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.shiftTemplates.remove(id);
  }
}
