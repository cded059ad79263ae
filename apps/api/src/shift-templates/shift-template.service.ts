import { Injectable } from '@nestjs/common';
import { ShiftTemplate, validateShiftTemplate } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { rejectIssues } from '../common/reject-issues';
import { alreadyExists, idMismatch, notFound } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { SiteRepository } from '../sites/site.repository';
import { mapShiftTemplate, toShiftTemplateEntity } from './shift-template.dto';
import { ShiftTemplateRepository } from './shift-template.repository';

@Injectable()
export class ShiftTemplateService {
  constructor(
    private readonly shiftTemplates: ShiftTemplateRepository,
    private readonly sites: SiteRepository,
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
      await this.shiftTemplates.replace(toShiftTemplateEntity(template), tx);
      return mapShiftTemplate((await this.shiftTemplates.getById(id, tx))!);
    });
  }

  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.shiftTemplates.getById(id, tx))) throw notFound('shift template', id);
      await this.shiftTemplates.delete(id, tx);
    });
  }

  private async requireSite(template: ShiftTemplate, tx: Transaction): Promise<void> {
    if (await this.sites.exists(template.siteId, tx)) return;
    throw new InvalidInputException('shift template', [
      { path: '/siteId', message: `Shift template "${template.id}" refers to site "${template.siteId}", which does not exist.` },
    ]);
  }
}
