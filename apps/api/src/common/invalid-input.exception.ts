import { BadRequestException } from '@nestjs/common';

/** One problem with the input: where (a JSON pointer, or a CSV row and field) and why. */
export interface InputIssue {
  /** JSON pointer into the body, e.g. "/classes/0/share" ("" = the whole body). */
  path?: string;
  row?: number;
  field?: string | null;
  message: string;
}

/**
 * 400 with the shape every client can rely on:
 * `{ statusCode: 400, error: 'Bad Request', message, issues }`, where `message` names the first
 * problems in one line and `issues` lists all of them.
 */
export class InvalidInputException extends BadRequestException {
  constructor(subject: string, readonly issues: InputIssue[], message = summarise(subject, issues)) {
    super({ statusCode: 400, error: 'Bad Request', message, issues });
  }
}

function summarise(subject: string, issues: InputIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => describe(issue).replace(/\.$/, ''));
  const more = issues.length > 3 ? [`and ${issues.length - 3} more`] : [];
  return `${subject} is invalid: ${[...shown, ...more].join('; ')}.`;
}

function describe(issue: InputIssue): string {
  if (issue.row !== undefined) return `row ${issue.row}${issue.field ? ` (${issue.field})` : ''}: ${issue.message}`;
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
