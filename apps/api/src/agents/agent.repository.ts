import { Injectable } from '@nestjs/common';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { AgentEntity } from './agent.entity';
import { TimeOffEntity } from './time-off.entity';

/** Agents with their time off. */
@Injectable()
export class AgentRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<AgentEntity[]> {
    const rows = await tx.getRepository(AgentEntity).find({ relations: { timeOff: true } });
    return rows.sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<AgentEntity | null> {
    return tx.getRepository(AgentEntity).findOne({ where: { id }, relations: { timeOff: true } });
  }

  async idsAtSite(siteId: string, tx: Transaction = this.transactions.default): Promise<string[]> {
    const rows = await tx.getRepository(AgentEntity).find({ select: { id: true }, where: { siteId } });
    return rows.map((row) => row.id).sort(compareIds);
  }

  /** Agents whose allowed shift templates name `templateId` (absent lists name none), by id. */
  async allowedTemplate(templateId: string, tx: Transaction = this.transactions.default): Promise<{ id: string; siteId: string }[]> {
    // a JSON list column: filtered here, the same on SQLite and PostgreSQL
    const rows = await tx.getRepository(AgentEntity).find({ select: { id: true, siteId: true, shiftTemplateIds: true } });
    return rows
      .filter((row) => row.shiftTemplateIds?.includes(templateId))
      .map((row) => ({ id: row.id, siteId: row.siteId }))
      .sort((a, b) => compareIds(a.id, b.id));
  }

  async insert(rows: AgentEntity[], tx: Transaction): Promise<void> {
    if (rows.length === 0) return;
    await tx.getRepository(AgentEntity).insert(rows.map(withoutTimeOff));
    const timeOff = rows.flatMap((row) => row.timeOff);
    if (timeOff.length > 0) await tx.getRepository(TimeOffEntity).insert(timeOff);
  }

  /** Overwrites the agent row and replaces its time off. */
  async replace(row: AgentEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(TimeOffEntity).delete({ agentId: row.id });
    await tx.getRepository(AgentEntity).update({ id: row.id }, withoutTimeOff(row));
    if (row.timeOff.length > 0) await tx.getRepository(TimeOffEntity).insert(row.timeOff);
  }

  /** Deletes the agent and (cascading) its time off. */
  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(AgentEntity).delete({ id });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(TimeOffEntity).createQueryBuilder().delete().execute();
    await tx.getRepository(AgentEntity).createQueryBuilder().delete().execute();
  }
}

function withoutTimeOff(row: AgentEntity): Omit<AgentEntity, 'timeOff'> {
  const { timeOff: _timeOff, ...columns } = row;
  return columns;
}
