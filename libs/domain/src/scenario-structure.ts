import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { SCENARIO_JSON_SCHEMA, SCENARIO_SCHEMA_ID, SCHEMA_PATTERNS } from './scenario.schema';
import { SCENARIO_SCHEMA_VERSION } from './scenario.types';
import type { ValidationIssue } from './validation.types';
import { locateIssue, type EntityKind, type IssueLocation } from './issue-subject.util';

/**
 * The structural half of validation: the JSON Schema, compiled once, with ajv's errors
 * turned into sentences that name the entity, the field and the reason.
 */

export type SchemaDefinition = keyof typeof SCENARIO_JSON_SCHEMA.definitions;

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function compiled(definition: SchemaDefinition | null): ValidateFunction {
  const key = definition ?? '';
  const cached = validators.get(key);
  if (cached) return cached;
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, discriminator: true, allowUnionTypes: true, verbose: true });
    addFormats(ajv);
    ajv.addSchema(SCENARIO_JSON_SCHEMA as object);
  }
  const validator = ajv.getSchema(definition ? `${SCENARIO_SCHEMA_ID}#/definitions/${definition}` : SCENARIO_SCHEMA_ID);
  if (!validator) throw new Error(`schema definition ${key} is missing`);
  validators.set(key, validator);
  return validator;
}

const PATTERN_WORDS: Record<string, string> = {
  [SCHEMA_PATTERNS.id]: 'an identifier of letters, digits, ".", "_" or "-" that starts with a letter or digit',
  [SCHEMA_PATTERNS.timeOfDay]: 'a time of day HH:mm between 00:00 and 23:59',
  [SCHEMA_PATTERNS.language]: 'a two-letter ISO 639-1 language code in lower case, such as "en"',
  [SCHEMA_PATTERNS.country]: 'a two-letter ISO 3166-1 country code in upper case, such as "US"',
  [SCHEMA_PATTERNS.holidayCountry]: 'an upper-case ISO 3166-1 country code, optionally with a subdivision, such as "CN" or "US-CA"',
  [SCHEMA_PATTERNS.currency]: 'a three-letter ISO 4217 currency code in upper case, such as "USD"',
  [SCHEMA_PATTERNS.displayName]: 'a name with at least one visible character',
};

const FORMAT_WORDS: Record<string, string> = {
  date: 'a real calendar date YYYY-MM-DD',
  'date-time': 'an ISO 8601 instant with its offset, such as "2026-09-07T00:00:00Z"',
};

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'an object';
  return String(value);
}

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function reason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  switch (error.keyword) {
    case 'type':
      return `must be ${typeWords(params.type)}, not ${value === null ? 'null' : shown(value)}`;
    case 'minimum':
      return `must be at least ${params.limit}, not ${shown(value)}`;
    case 'maximum':
      return `must be at most ${params.limit}, not ${shown(value)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${params.limit}, not ${shown(value)}`;
    case 'exclusiveMaximum':
      return `must be less than ${params.limit}, not ${shown(value)}`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`;
    case 'maxLength':
      return `must be at most ${params.limit} characters long`;
    case 'minItems':
      return `must list at least ${params.limit} ${params.limit === 1 ? 'entry' : 'entries'}`;
    case 'uniqueItems': {
      const list = value as unknown[];
      return `lists ${shown(list[params.j as number])} twice`;
    }
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${shown(value)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, not ${shown(value)}`;
    case 'pattern':
      return `must be ${PATTERN_WORDS[String(params.pattern)] ?? `text matching ${params.pattern}`}, not ${shown(value)}`;
    case 'format':
      return `must be ${FORMAT_WORDS[String(params.format)] ?? `in ${params.format} format`}, not ${shown(value)}`;
    case 'discriminator':
      return `has the kind ${shown((value as Record<string, unknown>)?.kind)}; use "calendar" or "business"`;
    default:
      return error.message ?? 'is not valid';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "In site \"sz\", shrinkage must be …" or "Site \"sz\" must be …" for the entity itself. */
function sentence(location: IssueLocation, predicate: string): string {
  if (!location.field) return `${capitalise(location.subject)} ${predicate}.`;
  return `In ${location.subject}, ${location.field} ${predicate}.`;
}

function issueOf(error: ErrorObject, root: unknown, rootKind: EntityKind, basePath: string): ValidationIssue | null {
  const params = error.params as Record<string, unknown>;
  const location = locateIssue(root, rootKind, error.instancePath);
  if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
    const property = String(error.keyword === 'required' ? params.missingProperty : params.additionalProperty);
    const predicate =
      error.keyword === 'required'
        ? `has no "${property}", which is required`
        : `has a field "${property}" that a version ${SCENARIO_SCHEMA_VERSION} scenario does not have`;
    return {
      path: basePath + error.instancePath + '/' + property.replace(/~/g, '~0').replace(/\//g, '~1'),
      message: sentence(location, predicate),
    };
  }
  // anyOf/oneOf wrappers repeat what their branches already said
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') return null;
  // a missing "kind" is already reported as a missing required field
  if (error.keyword === 'discriminator' && (error.data as Record<string, unknown> | null)?.kind === undefined) return null;
  return { path: basePath + error.instancePath, message: sentence(location, reason(error)) };
}

/** Structural issues of a whole scenario file (null definition) or of one entity. */
export function structuralIssues(
  value: unknown,
  definition: SchemaDefinition | null,
  rootKind: EntityKind,
  basePath = '',
): ValidationIssue[] {
  const validate = compiled(definition);
  if (validate(value)) return [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const issue = issueOf(error, value, rootKind, basePath);
    if (!issue) continue;
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
