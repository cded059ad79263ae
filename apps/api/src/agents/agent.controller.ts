import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { AgentDto } from './agent.dto';
import { AgentService } from './agent.service';
import { Access } from '../auth/access.decorator';

@ApiTags('agents')
@Controller('agents')
export class AgentController {
  constructor(private readonly agents: AgentService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [AgentDto] })
  list(): Promise<Agent[]> {
    return this.agents.list();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: AgentDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<Agent> {
    return this.agents.get(id);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create an agent at an existing site' })
  @ApiCreatedResponse({ type: AgentDto })
  @ApiErrors(400, 409)
  create(@Body() agent: AgentDto): Promise<Agent> {
    return this.agents.create(agent as Agent);
  }

  @Put(':id')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace an agent and their time off (the id cannot change)' })
  @ApiOkResponse({ type: AgentDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() agent: AgentDto): Promise<Agent> {
    return this.agents.replace(id, agent as Agent);
  }

  @Delete(':id')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an agent with their time off' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.agents.remove(id);
  }
}
