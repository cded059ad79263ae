import { Injectable } from '@nestjs/common';
import { ShiftTemplate, validateShiftTemplate } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound, referencedBy, stillReferenced } from '../common/resource-errors';
import { AgentRepository } from '../agents/agent.repository';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { SiteRepository } from '../sites/site.repository';
import { mapShiftTemplate, toShiftTemplateEntity } from './shift-template.dto';
import { ShiftTemplateRepository } from './shift-template.repository';

@Injectable()
export class ShiftTemplateService {
  constructor(
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly sites: SiteRepository,
    private readonly agents: AgentRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<ShiftTemplate[]> {
    return (await this.shiftTemplates.list()).map(mapShiftTemplate);
  }

  async get(id: string): Promise<ShiftTemplate> {
    const row = await this.shiftTemplates.getById(id);
    if (!row) throw notFound('shift template', id);
    return mapShiftTemplate(row);
  }

  async create(template: ShiftTemplate): Promise<ShiftTemplate> {
    rejectIssues('shift template', validateShiftTemplate(template));
    return this.transactions.run(async (tx) => {
      if (await this.shiftTemplates.getById(template.id, tx)) {
        throw alreadyExists('shift template', template.id, '/api/shift-templates');
      }
      await this.requireSite(template, tx);
      await this.shiftTemplates.insert([toShiftTemplateEntity(template)], tx);
      return mapShiftTemplate((await this.shiftTemplates.getById(template.id, tx))!);
    });
  }

  async replace(id: string, template: ShiftTemplate): Promise<ShiftTemplate> {
    if (template.id !== id) throw idMismatch('/id', id, template.id);
    rejectIssues('shift template', validateShiftTemplate(template));
    return this.transactions.run(async (tx) => {
      if (!(await this.shiftTemplates.getById(id, tx))) throw notFound('shift template', id);
      await this.requireSite(template, tx);
      await this.requireAgentsStayAtSite(template, tx);
      await this.shiftTemplates.replace(toShiftTemplateEntity(template), tx);
      return mapShiftTemplate((await this.shiftTemplates.getById(id, tx))!);
    });
  }

  /** Refuses while agents list the template among the ones they may work. */
  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.shiftTemplates.getById(id, tx))) throw notFound('shift template', id);
      const users = referencedBy('agents', (await this.agents.allowedTemplate(id, tx)).map((agent) => agent.id));
      if (users.length > 0) throw stillReferenced('shift template', id, users);
      await this.shiftTemplates.delete(id, tx);
    });
  }

  /** A template agents may work cannot move to another site than theirs. */
  private async requireAgentsStayAtSite(template: ShiftTemplate, tx: Transaction): Promise<void> {
    const elsewhere = (await this.agents.allowedTemplate(template.id, tx)).filter((agent) => agent.siteId !== template.siteId);
    if (elsewhere.length === 0) return;
    throw new InvalidInputException('shift template', [
      {
        path: '/siteId',
        message: `Shift template "${template.id}" cannot move to site "${template.siteId}": ${referencedBy('agents', elsewhere.map((agent) => agent.id))[0]} of site "${elsewhere[0].siteId}" may work it; change their shift templates first.`,
      },
    ]);
  }

  private async requireSite(template: ShiftTemplate, tx: Transaction): Promise<void> {
    if (await this.sites.exists(template.siteId, tx)) return;
    throw new InvalidInputException('shift template', [
      { path: '/siteId', message: `Shift template "${template.id}" refers to site "${template.siteId}", which does not exist.` },
    ]);
  }
}
