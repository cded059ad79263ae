import type { ValidationIssue } from '@app/domain';

/** Most agents one override hires or moves (the JSON Schema's limit too). */
export const MAX_AGENTS_PER_OVERRIDE = 1000;

/** A problem when `count` is not a whole number of agents from 1 to MAX_AGENTS_PER_OVERRIDE. */
export function agentCountProblems(count: unknown, path: string): ValidationIssue[] {
  const whole = typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_AGENTS_PER_OVERRIDE;
  return whole ? [] : [{ path, message: `the count ${agentCountRule(count)}` }];
}

/** "must be a whole number of agents from 1 to 1000, not 2.5" (the definition's schema errors say the same). */
export function agentCountRule(count: unknown): string {
  return `must be a whole number of agents from 1 to ${MAX_AGENTS_PER_OVERRIDE}, not ${JSON.stringify(count) ?? 'nothing'}`;
}
