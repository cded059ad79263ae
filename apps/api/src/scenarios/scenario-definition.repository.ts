import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { compareIds } from '../common/compare-ids';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ScenarioDefinitionEntity } from './scenario-definition.entity';

@Injectable()
export class ScenarioDefinitionRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  async list(tx: Transaction = this.transactions.default): Promise<ScenarioDefinitionEntity[]> {
    return (await tx.getRepository(ScenarioDefinitionEntity).find()).sort((a, b) => compareIds(a.id, b.id));
  }

  async live(tx: Transaction = this.transactions.default): Promise<ScenarioDefinitionEntity[]> {
    return (await tx.getRepository(ScenarioDefinitionEntity).findBy({ live: true })).sort((a, b) => compareIds(a.id, b.id));
  }

  getById(id: string, tx: Transaction = this.transactions.default): Promise<ScenarioDefinitionEntity | null> {
    return tx.getRepository(ScenarioDefinitionEntity).findOneBy({ id });
  }

  getByIds(ids: string[], tx: Transaction = this.transactions.default): Promise<ScenarioDefinitionEntity[]> {
    return tx.getRepository(ScenarioDefinitionEntity).findBy({ id: In(ids) });
  }

  async insert(row: ScenarioDefinitionEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(ScenarioDefinitionEntity).insert(row);
  }

  async replace(row: ScenarioDefinitionEntity, tx: Transaction): Promise<void> {
    await tx.getRepository(ScenarioDefinitionEntity).update({ id: row.id }, row);
  }

  async delete(id: string, tx: Transaction): Promise<void> {
    await tx.getRepository(ScenarioDefinitionEntity).delete({ id });
  }
}
