import { Injectable } from '@nestjs/common';
import { Agent, agentShiftTemplateIssues, validateAgent } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ShiftTemplateRepository } from '../shift-templates/shift-template.repository';
import { SiteRepository } from '../sites/site.repository';
import { mapAgent, toAgentEntity } from './agent.dto';
import { AgentRepository } from './agent.repository';

@Injectable()
export class AgentService {
  constructor(
    private readonly agents: AgentRepository,
    private readonly sites: SiteRepository,
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<Agent[]> {
    return (await this.agents.list()).map(mapAgent);
  }

  async get(id: string): Promise<Agent> {
    const row = await this.agents.getById(id);
    if (!row) throw notFound('agent', id);
    return mapAgent(row);
  }

  async create(agent: Agent): Promise<Agent> {
    rejectIssues('agent', validateAgent(agent));
    return this.transactions.run(async (tx) => {
      if (await this.agents.getById(agent.id, tx)) throw alreadyExists('agent', agent.id, '/api/agents');
      await this.requireSite(agent, tx);
      await this.requireShiftTemplates(agent, tx);
      await this.agents.insert([toAgentEntity(agent)], tx);
      return mapAgent((await this.agents.getById(agent.id, tx))!);
    });
  }

  async replace(id: string, agent: Agent): Promise<Agent> {
    if (agent.id !== id) throw idMismatch('/id', id, agent.id);
    rejectIssues('agent', validateAgent(agent));
    return this.transactions.run(async (tx) => {
      if (!(await this.agents.getById(id, tx))) throw notFound('agent', id);
      await this.requireSite(agent, tx);
      await this.requireShiftTemplates(agent, tx);
      await this.agents.replace(toAgentEntity(agent), tx);
      return mapAgent((await this.agents.getById(id, tx))!);
    });
  }

  /** Deletes the agent with their time off. */
  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.agents.getById(id, tx))) throw notFound('agent', id);
      await this.agents.delete(id, tx);
    });
  }

  private async requireSite(agent: Agent, tx: Transaction): Promise<void> {
    if (await this.sites.exists(agent.siteId, tx)) return;
    throw new InvalidInputException('agent', [
      { path: '/siteId', message: `Agent "${agent.id}" works at site "${agent.siteId}", which does not exist.` },
    ]);
  }

  /** The allowed shift templates must be stored templates of the agent's own site. */
  private async requireShiftTemplates(agent: Agent, tx: Transaction): Promise<void> {
    if (agent.shiftTemplateIds === undefined) return;
    const templates = (await this.shiftTemplates.list(tx)).map((row) => ({ id: row.id, siteId: row.siteId }));
    rejectIssues('agent', agentShiftTemplateIssues(agent, templates));
  }
}
