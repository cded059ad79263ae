import type { ApiIssue } from '../../../lib/api-client';
import { normalizeIssuePath, readableIssuePath } from '../../../lib/issue-paths.util';

export interface ScenarioIssueRow {
  key: string;
  /** Dotted path as the API named it ("sites.1.timeZone"). */
  path: string;
  /** The same path for people ("sites › #2 › timeZone"). */
  readablePath: string;
  message: string;
}

/** A rejected scenario file's issues, in the API's order, with paths people can read. */
export function scenarioIssueRows(issues: readonly ApiIssue[]): ScenarioIssueRow[] {
  return issues.map((issue, index) => {
    const path = normalizeIssuePath(issue.path ?? issue.field ?? '');
    return { key: `${path}-${index}`, path, readablePath: readableIssuePath(path), message: issue.message };
  });
}
