import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ScenarioFile } from '@app/domain';
import { applyScenarioDefinition, ScenarioError, type EffectiveScenario, type ScenarioDefinition } from '@app/scenarios';
import { InvalidInputException } from '../common/invalid-input.exception';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { toScenarioDefinition } from './scenario-definition.dto';
import { ScenarioDefinitionRepository } from './scenario-definition.repository';

/**
 * What a comparison, frontier or what-if runs on: the stored setup (history included, for the
 * forecast) and stored definitions applied to it, read and checked before a job starts so a bad
 * request fails at once with 400/404/409 instead of inside the job.
 */
@Injectable()
export class ScenarioInputsService {
  constructor(
    private readonly reader: ScenarioReaderService,
    private readonly stored: ScenarioDefinitionRepository,
  ) {}

  async base(): Promise<ScenarioFile> {
    const base = await this.reader.read({ history: true });
    if (!base) throw new NotFoundException('there is no planning setup yet: PUT /api/organisation or import a scenario first');
    return base;
  }

  /**
   * The stored definitions in the order asked; an unknown id is a 400 naming its position in
   * the request (`path` is the JSON pointer of the id list).
   */
  async definitions(ids: string[], path: string): Promise<ScenarioDefinition[]> {
    const rows = new Map((await this.stored.getByIds(ids)).map((row) => [row.id, row]));
    const issues = ids.flatMap((id, index) => (rows.has(id) ? [] : [{ path: `${path}/${index}`, message: `Scenario "${id}" does not exist.` }]));
    if (issues.length) throw new InvalidInputException('request body', issues);
    return ids.map((id) => toScenarioDefinition(rows.get(id)!));
  }

  /** One stored definition; an unknown id is a 400 on `path`. */
  async definition(id: string, path: string): Promise<ScenarioDefinition> {
    const row = await this.stored.getById(id);
    if (!row) throw new InvalidInputException('request body', [{ path, message: `Scenario "${id}" does not exist.` }]);
    return toScenarioDefinition(row);
  }

  /** A stored definition applied to the setup; 409 when the setup changed under it (an id it names is gone). */
  apply(base: ScenarioFile, definition: ScenarioDefinition): EffectiveScenario {
    try {
      return applyScenarioDefinition(base, definition);
    } catch (error) {
      if (error instanceof ScenarioError) {
        throw new ConflictException(`scenario "${definition.id}" no longer fits the planning setup: ${error.message}; change it with PUT /api/scenarios/${definition.id}`);
      }
      throw error;
    }
  }
}
