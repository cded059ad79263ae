import type { ValidationIssue } from '@app/domain';
import { InvalidInputException } from './invalid-input.exception';

/** Throws the common 400 when a domain validator found problems with a request body. */
export function rejectIssues(subject: string, issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new InvalidInputException(subject, issues);
}
