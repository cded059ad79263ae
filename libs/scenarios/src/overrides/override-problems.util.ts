import type { ValidationIssue } from '@app/domain';
import { ScenarioError, ScenarioErrorCode } from '../scenario-error';

/**
 * Throws the first problem an override's own values have (those found without the base setup),
 * so applying it directly fails as precisely as validating it; validation lists them all.
 */
export function throwFirstProblem(problems: readonly ValidationIssue[]): void {
  const [first] = problems;
  if (first) throw new ScenarioError(ScenarioErrorCode.InvalidDefinition, first.message, first.path);
}
