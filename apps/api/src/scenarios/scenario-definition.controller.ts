import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { ScenarioDefinitionDto, StoredScenarioDefinitionDto } from './scenario-definition.dto';
import { ScenarioDefinitionService } from './scenario-definition.service';
import { Access } from '../auth/access.decorator';

@ApiTags('scenarios')
@Controller('scenarios')
export class ScenarioDefinitionController {
  constructor(private readonly definitions: ScenarioDefinitionService) {}

  @Get()
  @Access('setup.read')
  @ApiOperation({ summary: 'Every stored scenario definition' })
  @ApiOkResponse({ type: [StoredScenarioDefinitionDto] })
  list(): Promise<StoredScenarioDefinitionDto[]> {
    return this.definitions.list();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: StoredScenarioDefinitionDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<StoredScenarioDefinitionDto> {
    return this.definitions.get(id);
  }

  @Post()
  @Access('scenarios.write')
  @ApiOperation({ summary: 'Store a scenario: overrides on the stored setup, checked against it (every problem named by its JSON pointer)' })
  @ApiBody({ type: ScenarioDefinitionDto })
  @ApiCreatedResponse({ type: StoredScenarioDefinitionDto })
  @ApiErrors(400, 409)
  create(@Body() body: unknown): Promise<StoredScenarioDefinitionDto> {
    return this.definitions.create(body);
  }

  @Put(':id')
  @Access('scenarios.write')
  @ApiOperation({ summary: 'Replace a scenario definition (the id cannot change)' })
  @ApiBody({ type: ScenarioDefinitionDto })
  @ApiOkResponse({ type: StoredScenarioDefinitionDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() body: unknown): Promise<StoredScenarioDefinitionDto> {
    return this.definitions.replace(id, body);
  }

  @Delete(':id')
  @Access('scenarios.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a scenario definition (stored comparisons keep their results)' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  remove(@Param('id') id: string): Promise<void> {
    return this.definitions.remove(id);
  }
}
