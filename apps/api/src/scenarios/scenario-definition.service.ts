import { Injectable } from '@nestjs/common';
import { validateScenarioDefinition, type ScenarioDefinition } from '@app/scenarios';
import { Clock } from '../common/clock';
import { InvalidInputException } from '../common/invalid-input.exception';
import { alreadyExists, idMismatch, notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { StoredScenarioDefinitionDto, mapScenarioDefinition } from './scenario-definition.dto';
import { ScenarioDefinitionEntity } from './scenario-definition.entity';
import { ScenarioDefinitionRepository } from './scenario-definition.repository';

/** Scenario definitions: overrides on the stored setup, checked by the scenarios library against it. */
@Injectable()
export class ScenarioDefinitionService {
  constructor(
    private readonly definitions: ScenarioDefinitionRepository,
    private readonly reader: ScenarioReaderService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<StoredScenarioDefinitionDto[]> {
    return (await this.definitions.list()).map(mapScenarioDefinition);
  }

  async get(id: string): Promise<StoredScenarioDefinitionDto> {
    const row = await this.definitions.getById(id);
    if (!row) throw notFound('scenario', id);
    return mapScenarioDefinition(row);
  }

  async create(input: unknown): Promise<StoredScenarioDefinitionDto> {
    const definition = await this.checked(input);
    return this.transactions.run(async (tx) => {
      if (await this.definitions.getById(definition.id, tx)) throw alreadyExists('scenario', definition.id, '/api/scenarios');
      const now = this.clock.now().toISOString();
      const row = toEntity(definition, now, now);
      await this.definitions.insert(row, tx);
      return mapScenarioDefinition(row);
    });
  }

  async replace(id: string, input: unknown): Promise<StoredScenarioDefinitionDto> {
    const bodyId = (input as { id?: unknown } | null)?.id;
    if (typeof bodyId === 'string' && bodyId !== id) throw idMismatch('/id', id, bodyId);
    const definition = await this.checked(input);
    return this.transactions.run(async (tx) => {
      const existing = await this.definitions.getById(id, tx);
      if (!existing) throw notFound('scenario', id);
      const row = toEntity(definition, existing.createdAt, this.clock.now().toISOString());
      await this.definitions.replace(row, tx);
      return mapScenarioDefinition(row);
    });
  }

  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.definitions.getById(id, tx))) throw notFound('scenario', id);
      await this.definitions.delete(id, tx);
    });
  }

  /** The definition, or a 400 naming every problem (structure, values, ids missing from the stored setup). */
  private async checked(input: unknown): Promise<ScenarioDefinition> {
    if (input !== null && typeof input === 'object' && 'base' in input) {
      throw new InvalidInputException('scenario definition', [
        { path: '/base', message: 'A stored scenario applies to the stored planning setup; leave "base" out (it names a file for the CLI).' },
      ]);
    }
    const base = await this.reader.read({ history: false });
    const result = validateScenarioDefinition(input, base ?? undefined);
    if (!result.ok) throw new InvalidInputException('scenario definition', result.issues);
    return result.definition;
  }
}

function toEntity(definition: ScenarioDefinition, createdAt: string, updatedAt: string): ScenarioDefinitionEntity {
  return Object.assign(new ScenarioDefinitionEntity(), {
    id: definition.id,
    name: definition.name,
    description: definition.description ?? null,
    live: definition.live ?? false,
    overrides: definition.overrides,
    createdAt,
    updatedAt,
  });
}
