import { ConflictException, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { isIsoDate, isTimeOfDay } from '@app/domain';
import { AgentRepository } from '../agents/agent.repository';
import { Clock } from '../common/clock';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ShiftTemplateRepository } from '../shift-templates/shift-template.repository';
import { CreateRotaPinDto, RotaPinDto, mapRotaPin } from './rota-pin.dto';
import { RotaPinEntity } from './rota-pin.entity';
import { RotaPinRepository } from './rota-pin.repository';

/** A manager's pins: checked against the setup when made, stored until deleted, applied to every rota they fall in. */
@Injectable()
export class RotaPinService {
  constructor(
    private readonly pins: RotaPinRepository,
    private readonly agents: AgentRepository,
    private readonly templates: ShiftTemplateRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<RotaPinDto[]> {
    return (await this.pins.list()).map(mapRotaPin);
  }

  async create(body: CreateRotaPinDto): Promise<RotaPinDto> {
    return this.transactions.run(async (tx) => {
      const row = await this.checked(body, tx);
      const twins = await this.pins.ofAgentOn(row.agentId, row.date, tx);
      const twin = twins.find((other) => other.kind === row.kind && other.siteId === row.siteId && other.templateId === row.templateId && other.localStart === row.localStart);
      if (twin) throw new ConflictException(`the same pin already exists as pin ${twin.id}`);
      return mapRotaPin(await this.pins.insert(row, tx));
    });
  }

  async remove(id: number): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.pins.getById(id, tx))) throw notFound('pin', String(id));
      await this.pins.delete(id, tx);
    });
  }

  /** The pin as a row, or a 400 naming every field that does not fit the stored setup. */
  private async checked(body: CreateRotaPinDto, tx: Transaction): Promise<Omit<RotaPinEntity, 'id'>> {
    const issues: InputIssue[] = [];
    const agent = await this.agents.getById(body.agentId, tx);
    if (!agent) issues.push({ path: '/agentId', message: `Agent "${body.agentId}" does not exist.` });
    const createdAt = this.clock.now().toISOString();

    if (body.shift === undefined) {
      if (body.off !== true || body.date === undefined) {
        issues.push({ path: '', message: 'A pin needs either "shift" { siteId, templateId, date, localStart } or "date" with "off": true.' });
      } else if (!isIsoDate(body.date)) {
        issues.push({ path: '/date', message: `"${body.date}" is not a date YYYY-MM-DD.` });
      }
      if (issues.length) throw new InvalidInputException('pin', issues);
      return { agentId: body.agentId, kind: 'day-off', date: body.date as string, siteId: null, templateId: null, localStart: null, createdAt };
    }

    const { shift } = body;
    if (body.date !== undefined || body.off !== undefined) {
      issues.push({ path: '/shift', message: 'A pin is either onto a shift ("shift") or a day off ("date" with "off"), not both.' });
    }
    if (!isIsoDate(shift.date)) issues.push({ path: '/shift/date', message: `"${shift.date}" is not a date YYYY-MM-DD.` });
    if (!isTimeOfDay(shift.localStart)) issues.push({ path: '/shift/localStart', message: `"${shift.localStart}" is not a time HH:mm.` });
    const template = await this.templates.getById(shift.templateId, tx);
    if (!template) {
      issues.push({ path: '/shift/templateId', message: `Shift template "${shift.templateId}" does not exist.` });
    } else {
      if (template.siteId !== shift.siteId) {
        issues.push({ path: '/shift/siteId', message: `Shift template "${template.id}" belongs to site "${template.siteId}", not "${shift.siteId}".` });
      }
      if (isTimeOfDay(shift.localStart) && !template.startTimes.includes(shift.localStart)) {
        issues.push({ path: '/shift/localStart', message: `Shift template "${template.id}" starts at ${template.startTimes.join(', ')}, not ${shift.localStart}.` });
      }
      if (isIsoDate(shift.date)) {
        const day = DateTime.fromISO(shift.date, { zone: 'utc' });
        if (!template.days.includes(day.weekday)) {
          issues.push({ path: '/shift/date', message: `Shift template "${template.id}" does not run on ${day.toFormat('cccc')}s (${shift.date}).` });
        }
      }
    }
    if (agent && agent.siteId !== shift.siteId) {
      issues.push({ path: '/shift/siteId', message: `Agent "${agent.id}" works at site "${agent.siteId}", not "${shift.siteId}".` });
    }
    if (issues.length) throw new InvalidInputException('pin', issues);
    return {
      agentId: body.agentId,
      kind: 'shift',
      date: shift.date,
      siteId: shift.siteId,
      templateId: shift.templateId,
      localStart: shift.localStart,
      createdAt,
    };
  }
}
