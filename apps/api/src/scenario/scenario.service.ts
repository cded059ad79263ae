import { Injectable, NotFoundException } from '@nestjs/common';
import { ScenarioFile, canonicalizeScenario, validateScenario } from '@app/domain';
import { InvalidInputException } from '../common/invalid-input.exception';
import { TransactionRunner } from '../database/transaction-runner';
import { ScenarioReaderService } from './scenario-reader.service';
import { ScenarioCounts, ScenarioWriterService } from './scenario-writer.service';

/** The whole planning setup as one scenario file: export, and import replacing everything. */
@Injectable()
export class ScenarioService {
  constructor(
    private readonly reader: ScenarioReaderService,
    private readonly writer: ScenarioWriterService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The canonical scenario file of the stored setup, history included. */
  async export(): Promise<ScenarioFile> {
    const scenario = await this.transactions.run((tx) => this.reader.read({ history: true }, tx));
    if (!scenario) {
      throw new NotFoundException('there is no organisation to export yet: PUT /api/organisation or import a scenario first');
    }
    return canonicalizeScenario(scenario);
  }

  /**
   * Validates the file completely (an older version is migrated first: validateScenario does
   * it, so what is stored is always the current version), then replaces the whole stored setup
   * in one transaction.
   */
  async import(input: unknown): Promise<ScenarioCounts> {
    const result = validateScenario(input);
    if (!result.ok) throw new InvalidInputException('scenario file', result.issues);
    return this.transactions.run((tx) => this.writer.replaceAll(result.scenario, tx));
  }

  async hasOrganisation(): Promise<boolean> {
    return (await this.reader.read({ history: false })) !== null;
  }
}
