import { Injectable, NotFoundException } from '@nestjs/common';
import { validateScenario } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { TransactionRunner } from '../database/transaction-runner';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { Organisation, mapOrganisation, toOrganisationEntity } from './organisation.dto';
import { OrganisationRepository } from './organisation.repository';

@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly reader: ScenarioReaderService,
    private readonly transactions: TransactionRunner,
  ) {}

  async get(): Promise<Organisation> {
    const row = await this.organisation.get();
    if (!row) {
      throw new NotFoundException('there is no organisation yet: PUT /api/organisation or import a scenario (POST /api/scenario/import)');
    }
    return mapOrganisation(row);
  }

  /**
   * Creates or replaces the organisation. The stored setup is checked together with it by the
   * scenario rules, so e.g. a new reporting currency needs a rate from every site's currency.
   */
  async put(organisation: Organisation): Promise<Organisation> {
    return this.transactions.run(async (tx) => {
      const result = validateScenario(await this.reader.readWith(organisation, { history: false }, tx));
      if (!result.ok) throw new InvalidInputException('organisation', result.issues);
      await this.organisation.save(toOrganisationEntity(organisation), tx);
      return mapOrganisation((await this.organisation.get(tx))!);
    });
  }
}
