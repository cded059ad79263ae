/** One problem found in a scenario file or a single entity, in words a manager understands. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. "/marketplaces/2/classes/0/share" ("" = the whole document). */
  path: string;
  /** A full sentence naming the entity, the field and the reason. */
  message: string;
}

export type ScenarioValidationResult<T> = { ok: true; scenario: T } | { ok: false; issues: ValidationIssue[] };
