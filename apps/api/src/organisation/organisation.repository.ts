import { Injectable } from '@nestjs/common';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ORGANISATION_ID } from './organisation.dto';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  get(tx: Transaction = this.transactions.default): Promise<OrganisationEntity | null> {
    return tx.getRepository(OrganisationEntity).findOneBy({ id: ORGANISATION_ID });
  }

  async save(row: OrganisationEntity, tx?: Transaction): Promise<void> {
    return this.transactions.within(tx, async (transaction) => {
      await transaction.getRepository(OrganisationEntity).save(row);
    });
  }

  async deleteAll(tx: Transaction): Promise<void> {
    await tx.getRepository(OrganisationEntity).createQueryBuilder().delete().execute();
  }
}
