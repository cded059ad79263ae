import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  isValidTimeZone,
  SCENARIO_JSON_SCHEMA,
  validateAgent,
  validateCurrencyRate,
  validateShiftTemplate,
  validateSite,
  type ScenarioFile,
  type ValidationIssue,
} from '@app/domain';
import { applyScenarioDefinition } from '../apply-definition';
import { agentCountRule } from '../overrides/agent-count.util';
import { agentLeaveProblems } from '../overrides/agent-leave.override';
import { hireAgentsProblems } from '../overrides/hire-agents.override';
import { moveAgentsProblems } from '../overrides/move-agents.override';
import { ScenarioError } from '../scenario-error';
import type { OverrideKind, ScenarioDefinition, ScenarioDefinitionFile } from '../scenario-definition.types';
import { SCENARIO_DEFINITION_JSON_SCHEMA } from './scenario-definition.schema';

export type DefinitionValidationResult = { ok: true; definition: ScenarioDefinitionFile | ScenarioDefinition } | { ok: false; issues: ValidationIssue[] };

/** Fields inside overrides that are scenario-file entities: the domain validates them, with its own sentences. */
const ENTITY_FIELDS: Record<string, (value: unknown, path: string) => ValidationIssue[]> = {
  site: validateSite,
  currencyRate: validateCurrencyRate,
};
const ENTITY_LISTS: Record<string, (value: unknown, path: string) => ValidationIssue[]> = {
  shiftTemplates: validateShiftTemplate,
  agents: validateAgent,
};

/** Every override kind (a record, so that a new kind cannot be forgotten here). */
const OVERRIDE_KINDS = Object.keys({
  'volume-multiplier': true,
  deflection: true,
  'site-availability': true,
  'cost-change': true,
  'add-site': true,
  vendor: true,
  'auto-reply': true,
  'hire-agents': true,
  'agent-leave': true,
  'move-agents': true,
} satisfies Record<OverrideKind, true>);

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, discriminator: true, allowUnionTypes: true, verbose: true });
    addFormats(ajv);
    ajv.addSchema(SCENARIO_JSON_SCHEMA as object);
    compiled = ajv.compile(SCENARIO_DEFINITION_JSON_SCHEMA as object);
  }
  return compiled;
}

/**
 * Checks a scenario definition (as parsed from JSON): its structure, the rules between its
 * values, and — when the base setup is given — that every id it names exists there. Every
 * problem comes back at once as a JSON pointer and a sentence.
 */
export function validateScenarioDefinition(input: unknown, base?: ScenarioFile): DefinitionValidationResult {
  const issues = [...structuralIssues(input), ...entityIssues(input)];
  if (issues.length === 0) issues.push(...semanticIssues(input as ScenarioDefinition));
  if (issues.length === 0 && base) {
    try {
      applyScenarioDefinition(base, input as ScenarioDefinition);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      issues.push({ path: error.path ?? '', message: sentence(error.message.replace(`${error.path}: `, '')) });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, definition: input as ScenarioDefinition };
}

function structuralIssues(input: unknown): ValidationIssue[] {
  const validate = validator();
  if (validate(input)) return [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (insideEntity(error.instancePath)) continue;
    const issue = issueOf(error);
    const key = `${issue.path}\n${issue.message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return issues;
}

function insideEntity(pointer: string): boolean {
  return /^\/overrides\/\d+\/(site|currencyRate|shiftTemplates|agents)(\/|$)/.test(pointer);
}

/** A count of agents to hire or move: "/overrides/3/count". */
const AGENT_COUNT = /^\/overrides\/\d+\/count$/;

function issueOf(error: ErrorObject): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath || 'the definition';
  if (AGENT_COUNT.test(error.instancePath) && ['type', 'minimum', 'maximum'].includes(error.keyword)) {
    return { path: error.instancePath, message: `${at} ${agentCountRule(error.data)}.` };
  }
  switch (error.keyword) {
    case 'required':
      return { path: `${error.instancePath}/${String(params.missingProperty)}`, message: `${at} has no "${String(params.missingProperty)}", which is required.` };
    case 'additionalProperties':
      return {
        path: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: `${at} has a field "${String(params.additionalProperty)}" that a scenario definition does not have.`,
      };
    case 'discriminator':
      return {
        path: `${error.instancePath}/kind`,
        message: `${at} has an unknown kind; use one of ${OVERRIDE_KINDS.join(', ')}.`,
      };
    case 'enum':
      return { path: error.instancePath, message: `${at} must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}, not ${JSON.stringify(error.data)}.` };
    case 'const':
      return { path: error.instancePath, message: `${at} must be "${String(params.allowedValue)}".` };
    default:
      return { path: error.instancePath, message: sentence(`${at} ${error.message ?? 'is not valid'}`) };
  }
}

function entityIssues(input: unknown): ValidationIssue[] {
  const overrides = (input as { overrides?: unknown })?.overrides;
  if (!Array.isArray(overrides)) return [];
  const issues: ValidationIssue[] = [];
  overrides.forEach((override, index) => {
    if (!override || typeof override !== 'object') return;
    const path = `/overrides/${index}`;
    for (const [field, validate] of Object.entries(ENTITY_FIELDS)) {
      const value = (override as Record<string, unknown>)[field];
      if (value !== undefined) issues.push(...validate(value, `${path}/${field}`));
    }
    for (const [field, validate] of Object.entries(ENTITY_LISTS)) {
      const list = (override as Record<string, unknown>)[field];
      if (Array.isArray(list)) list.forEach((item, position) => issues.push(...validate(item, `${path}/${field}/${position}`)));
      else if (list !== undefined) issues.push({ path: `${path}/${field}`, message: `${path}/${field} must be a list.` });
    }
  });
  return issues;
}

function semanticIssues(definition: ScenarioDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  definition.overrides.forEach((override, index) => {
    const path = `/overrides/${index}`;
    if ((override.kind === 'volume-multiplier' || override.kind === 'site-availability') && override.end < override.start) {
      issues.push({ path: `${path}/end`, message: `The ${override.kind} override ends on ${override.end}, before it starts on ${override.start}.` });
    }
    if (override.kind === 'vendor' && override.vendor.start && override.vendor.end && override.vendor.end < override.vendor.start) {
      issues.push({ path: `${path}/vendor/end`, message: `The contract of vendor "${override.vendor.id}" ends on ${override.vendor.end}, before it starts on ${override.vendor.start}.` });
    }
    if (override.kind === 'cost-change') {
      if (override.wageRisePercent !== undefined && override.hourlyCost !== undefined) {
        issues.push({ path: `${path}/hourlyCost`, message: 'A cost change gives either "wageRisePercent" or "hourlyCost", not both.' });
      }
      if (override.wageRisePercent === undefined && override.hourlyCost === undefined && !override.premiums && !override.nightHours) {
        issues.push({ path, message: 'A cost change must change something: "wageRisePercent", "hourlyCost", "premiums" or "nightHours".' });
      }
    }
    if (override.kind === 'hire-agents') issues.push(...sentences(hireAgentsProblems(override, path)));
    if (override.kind === 'agent-leave') issues.push(...sentences(agentLeaveProblems(override, path)));
    if (override.kind === 'move-agents') issues.push(...sentences(moveAgentsProblems(override, path)));
    if (override.kind === 'vendor' && !isValidTimeZone(override.vendor.timeZone)) {
      issues.push({
        path: `${path}/vendor/timeZone`,
        message: `The time zone "${override.vendor.timeZone}" of vendor "${override.vendor.id}" is not an IANA time zone; use a name such as "Europe/Sofia".`,
      });
    }
  });
  const ids = new Set<string>();
  return issues.concat(
    definition.overrides.flatMap((override, index) => {
      const id = override.kind === 'vendor' ? override.vendor.id : override.kind === 'add-site' ? override.site.id : null;
      if (id === null) return [];
      const duplicate = ids.has(id);
      ids.add(id);
      return duplicate ? [{ path: `/overrides/${index}`, message: `Two overrides add a site or vendor with the id "${id}".` }] : [];
    }),
  );
}

function sentences(problems: ValidationIssue[]): ValidationIssue[] {
  return problems.map((problem) => ({ path: problem.path, message: sentence(problem.message) }));
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return (trimmed.charAt(0).toUpperCase() + trimmed.slice(1)).replace(/([^.])$/, '$1.');
}
