import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { AgentDto, withoutAgentPay } from './agent.dto';
import { AgentService } from './agent.service';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { seesPay } from '../auth/pay-visibility';
import type { SignedInUser } from '../auth/signed-in-user';

@ApiTags('agents')
@Controller('agents')
export class AgentController {
  constructor(private readonly agents: AgentService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [AgentDto], description: 'without hourlyRate for roles without pay.read' })
  async list(@CurrentUser() user: SignedInUser): Promise<Partial<Agent>[]> {
    const all = await this.agents.list();
    return seesPay(user) ? all : all.map(withoutAgentPay);
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: AgentDto, description: 'without hourlyRate for roles without pay.read' })
  @ApiErrors(404)
  async get(@Param('id') id: string, @CurrentUser() user: SignedInUser): Promise<Partial<Agent>> {
    const one = await this.agents.get(id);
    return seesPay(user) ? one : withoutAgentPay(one);
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
