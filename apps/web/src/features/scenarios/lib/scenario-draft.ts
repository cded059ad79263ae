import { DraftParser, type DraftResult } from '../../../lib/draft-parser';
import { slugify } from '../../../lib/slug.util';
import type { ScenarioDefinitionBody, StoredScenarioDefinition } from '../api/scenario.types';
import { overrideToDraft, parseOverrideDraft, type OverrideDraft } from './override-drafts';

export interface ScenarioDraft {
  id: string;
  /** True once the id was typed by hand (it then stops following the name). */
  idEdited: boolean;
  name: string;
  description: string;
  overrides: OverrideDraft[];
}

export const emptyScenarioDraft = (): ScenarioDraft => ({ id: '', idEdited: false, name: '', description: '', overrides: [] });

export function scenarioToDraft(scenario: StoredScenarioDefinition): ScenarioDraft {
  return { id: scenario.id, idEdited: true, name: scenario.name, description: scenario.description ?? '', overrides: scenario.overrides.map(overrideToDraft) };
}

/** The id follows the name ("Deflect 30 %" → "deflect-30") until it is typed by hand. */
export function withName(draft: ScenarioDraft, name: string): ScenarioDraft {
  return { ...draft, name, id: draft.idEdited ? draft.id : slugify(name) };
}

/** The definition to store; override fields are named `overrides.<index>.<field>`. */
export function parseScenarioDraft(draft: ScenarioDraft): DraftResult<ScenarioDefinitionBody> {
  const parser = new DraftParser();
  const id = parser.text('id', draft.id, 'Id');
  const name = parser.text('name', draft.name, 'Name');
  const description = draft.description.trim();
  const overrides = draft.overrides.map((override, index) => parseOverrideDraft(override, parser, `overrides.${index}.`));
  return parser.result({ id, name, ...(description ? { description } : {}), overrides });
}
