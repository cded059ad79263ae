import { DateTime } from 'luxon';
import { isValidTimeZone } from '@app/domain';
import type { ActualsColumnMapping, ActualsCsvIssue } from './actuals.types';

/**
 * The column layouts of the helpdesk exports the actuals import knows by name. The header names
 * below are the ones these helpdesks' standard CSV exports are documented or commonly seen to
 * use; they could not be checked against every account (exports change with the account's
 * language, custom fields and the report a user builds). A user whose export differs writes a
 * mapping file: a JSON object of the `ActualsColumnMapping` shape (see `parseColumnMapping`),
 * for example a built-in layout copied and its headers, `marketplaceValues` or `siteValues`
 * changed. Headers are matched case-insensitively and without spaces, underscores or hyphens,
 * so "Created at", "created_at" and "CreatedAt" are the same column.
 *
 * Values are mapped to ids through `marketplaceValues`, `classValues` and `siteValues`
 * (matched case-insensitively); a value not listed must already be the id.
 */

/** Amazon's marketplace domains (as Buyer-Seller Messaging and eDesk name them) → the marketplace ids of the presets and the demo. */
const AMAZON_MARKETPLACE_VALUES: Record<string, string> = {
  'Amazon.com': 'amazon-us',
  'Amazon.ca': 'amazon-ca',
  'Amazon.com.mx': 'amazon-mx',
  'Amazon.com.br': 'amazon-br',
  'Amazon.co.uk': 'amazon-uk',
  'Amazon.de': 'amazon-de',
  'Amazon.fr': 'amazon-fr',
  'Amazon.it': 'amazon-it',
  'Amazon.es': 'amazon-es',
  'Amazon.nl': 'amazon-nl',
  'Amazon.se': 'amazon-se',
  'Amazon.pl': 'amazon-pl',
  'Amazon.com.be': 'amazon-be',
  'Amazon.com.tr': 'amazon-tr',
  'Amazon.ae': 'amazon-ae',
  'Amazon.sa': 'amazon-sa',
  'Amazon.in': 'amazon-in',
  'Amazon.co.jp': 'amazon-jp',
  'Amazon.com.au': 'amazon-au',
  'Amazon.sg': 'amazon-sg',
};

export const HELPDESK_LAYOUTS: Readonly<Record<string, ActualsColumnMapping>> = {
  /** The product's own layout, as `actualsToCsv` writes it: ISO 8601 timestamps with an offset, ids as values. */
  followsun: {
    name: 'followsun',
    columns: { marketplace: 'marketplace', receivedAt: 'received_at', firstReplyAt: 'first_reply_at', class: 'class', agent: 'agent', site: 'site' },
  },
  /**
   * Zendesk Support's ticket export (Explore or the admin CSV export): one row per ticket.
   * "Brand" names the marketplace when each marketplace has its own brand (map the brand names
   * with `marketplaceValues`; an account with one brand writes a mapping file naming the custom
   * field that holds the marketplace). "First reply time in minutes" is calendar minutes from
   * creation to the first public agent reply (not the "… within business hours" column); empty
   * for a ticket not yet answered. "Group" is taken as the site: map group names with
   * `siteValues`, or leave `site` out of a mapping file.
   */
  zendesk: {
    name: 'zendesk',
    columns: { marketplace: 'Brand', receivedAt: 'Created at', firstReplyMinutes: 'First reply time in minutes', agent: 'Assignee email', site: 'Group' },
  },
  /**
   * Freshdesk's ticket export: "Created time" and "First response time" as timestamps, "Agent"
   * (the agent's name or e-mail), "Group" as the site and "Product" as the marketplace (one
   * Freshdesk product per marketplace).
   */
  freshdesk: {
    name: 'freshdesk',
    columns: { marketplace: 'Product', receivedAt: 'Created time', firstReplyAt: 'First response time', agent: 'Agent', site: 'Group' },
  },
  /**
   * Gorgias's ticket export: "Created Datetime", "First Response Datetime", "Assignee User
   * Email", and "Integration" (the store or marketplace integration the ticket came in by) as
   * the marketplace; no site column.
   */
  gorgias: {
    name: 'gorgias',
    columns: { marketplace: 'Integration', receivedAt: 'Created Datetime', firstReplyAt: 'First Response Datetime', agent: 'Assignee User Email' },
  },
  /**
   * eDesk's message export: "Received", "First Reply", "User" (the agent), and "Channel", which
   * names the marketplace by its domain ("Amazon.com", "Amazon.de"), mapped to the usual ids.
   */
  edesk: {
    name: 'edesk',
    columns: { marketplace: 'Channel', receivedAt: 'Received', firstReplyAt: 'First Reply', agent: 'User' },
    marketplaceValues: AMAZON_MARKETPLACE_VALUES,
  },
  /**
   * Amazon Seller Central's Buyer-Seller Messaging report: "Marketplace" by domain, "Message
   * Received Date" and "Response Date" (the first response; empty when unanswered). It names no
   * agent. A report whose column is "First Response" needs a mapping file.
   */
  'amazon-bsm': {
    name: 'amazon-bsm',
    columns: { marketplace: 'Marketplace', receivedAt: 'Message Received Date', firstReplyAt: 'Response Date' },
    marketplaceValues: AMAZON_MARKETPLACE_VALUES,
  },
};

/** How headers are compared: case-insensitively and without spaces, underscores or hyphens. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

type MappingResult = { ok: true; mapping: ActualsColumnMapping } | { ok: false; errors: ActualsCsvIssue[] };

const COLUMN_KEYS = ['marketplace', 'receivedAt', 'firstReplyAt', 'firstReplyMinutes', 'class', 'agent', 'site'] as const;
const REQUIRED_COLUMNS = ['marketplace', 'receivedAt'] as const;
const TOP_KEYS = ['name', 'columns', 'marketplaceValues', 'classValues', 'siteValues', 'timestampFormat', 'timeZone'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

/** A value map (export value → id): an object of non-empty strings, no two keys equal when case is ignored. */
function readValueMap(key: string, value: unknown, add: (field: string, message: string) => void): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    add(key, `${key} must be an object of export values to ids, such as {"Amazon.com": "amazon-us"}, not ${describe(value)}`);
    return undefined;
  }
  const map: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [from, to] of Object.entries(value)) {
    if (typeof to !== 'string' || to.trim() === '') {
      add(`${key}.${from}`, `${key}."${from}" must be a non-empty id, not ${describe(to)}`);
      continue;
    }
    const folded = from.trim().toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      add(`${key}.${from}`, `${key} lists "${from}" and "${earlier}", the same value when case is ignored; keep one`);
      continue;
    }
    seen.set(folded, from);
    map[from] = to.trim();
  }
  return map;
}

/** A luxon format must read back a full date and time (year, month, day, hour, minute). */
function timestampFormatProblem(format: string): string | null {
  const sample = DateTime.fromISO('2026-09-07T14:05:06', { zone: 'utc' });
  const back = DateTime.fromFormat(sample.toFormat(format), format, { zone: 'utc', setZone: true });
  if (back.isValid && back.toFormat('yyyy-MM-dd HH:mm') === '2026-09-07 14:05') return null;
  return `timestampFormat "${format}" does not read a full date and time; a luxon format must name the year, month, day, hour and minute, such as "dd/MM/yyyy HH:mm" or "yyyy-MM-dd'T'HH:mm:ssZZ"`;
}

/**
 * Checks a user's mapping file (parsed JSON) and returns it as a mapping, or every problem with
 * the key it is at (`field`: "columns.receivedAt", "marketplaceValues.Amazon.com" …; `row` 0).
 */
export function parseColumnMapping(json: unknown): MappingResult {
  const errors: ActualsCsvIssue[] = [];
  const add = (field: string | null, message: string) => errors.push({ row: 0, field, message });
  if (!isPlainObject(json)) {
    add(null, `a mapping file must be a JSON object with "name" and "columns", not ${describe(json)}`);
    return { ok: false, errors };
  }
  for (const key of Object.keys(json)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) add(key, `"${key}" is not a mapping key; known: ${TOP_KEYS.join(', ')}`);
  }
  const name = json.name;
  if (typeof name !== 'string' || name.trim() === '') add('name', `name must be a short non-empty text, such as "my-zendesk", not ${describe(name)}`);

  const columns: Record<string, string> = {};
  const rawColumns = json.columns;
  if (!isPlainObject(rawColumns)) {
    add('columns', `columns must be an object naming the export's header for each field, such as {"marketplace": "Brand", "receivedAt": "Created at", "firstReplyAt": "Solved at"}, not ${describe(rawColumns)}`);
  } else {
    const headerOf = new Map<string, string>();
    for (const [key, value] of Object.entries(rawColumns)) {
      const field = `columns.${key}`;
      if (!(COLUMN_KEYS as readonly string[]).includes(key)) {
        add(field, `"${key}" is not a column of the actuals; known: ${COLUMN_KEYS.join(', ')}`);
        continue;
      }
      if (typeof value !== 'string' || headerKey(value) === '') {
        add(field, `${field} must be the export's header text, not ${describe(value)}`);
        continue;
      }
      const earlier = headerOf.get(headerKey(value));
      if (earlier !== undefined) {
        add(field, `${field} and columns.${earlier} both name the header "${value}"; each field needs a column of its own`);
        continue;
      }
      headerOf.set(headerKey(value), key);
      columns[key] = value.trim();
    }
    for (const key of REQUIRED_COLUMNS) {
      if (!(key in rawColumns)) add(`columns.${key}`, `columns.${key} is missing: the export's header of the ${key === 'marketplace' ? 'marketplace' : 'time the message was received'}`);
    }
    if (!('firstReplyAt' in rawColumns) && !('firstReplyMinutes' in rawColumns)) {
      add('columns.firstReplyAt', 'columns needs firstReplyAt (the first reply\'s timestamp) or firstReplyMinutes (minutes from receipt to the first reply)');
    } else if ('firstReplyAt' in rawColumns && 'firstReplyMinutes' in rawColumns) {
      add('columns.firstReplyMinutes', 'columns names both firstReplyAt and firstReplyMinutes; give one of them');
    }
  }

  const marketplaceValues = readValueMap('marketplaceValues', json.marketplaceValues, add);
  const classValues = readValueMap('classValues', json.classValues, add);
  const siteValues = readValueMap('siteValues', json.siteValues, add);

  const timestampFormat = json.timestampFormat;
  if (timestampFormat !== undefined) {
    if (typeof timestampFormat !== 'string' || timestampFormat.trim() === '') add('timestampFormat', `timestampFormat must be a luxon format such as "dd/MM/yyyy HH:mm", not ${describe(timestampFormat)}`);
    else {
      const problem = timestampFormatProblem(timestampFormat);
      if (problem) add('timestampFormat', problem);
    }
  }
  const timeZone = json.timeZone;
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isValidTimeZone(timeZone))) {
    add('timeZone', `timeZone ${describe(timeZone)} is not an IANA time zone; use a name such as "America/New_York" or "UTC"`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const mapping: ActualsColumnMapping = {
    name: (name as string).trim(),
    columns: columns as unknown as ActualsColumnMapping['columns'],
  };
  if (marketplaceValues) mapping.marketplaceValues = marketplaceValues;
  if (classValues) mapping.classValues = classValues;
  if (siteValues) mapping.siteValues = siteValues;
  if (timestampFormat !== undefined) mapping.timestampFormat = timestampFormat as string;
  if (timeZone !== undefined) mapping.timeZone = timeZone as string;
  return { ok: true, mapping };
}

/**
 * A built-in layout by its name (case-insensitive), or a user's mapping file object checked by
 * `parseColumnMapping`.
 */
export function resolveMapping(nameOrObject: unknown): MappingResult {
  if (typeof nameOrObject !== 'string') return parseColumnMapping(nameOrObject);
  const layout = HELPDESK_LAYOUTS[nameOrObject.trim().toLowerCase()];
  if (layout) return { ok: true, mapping: layout };
  return {
    ok: false,
    errors: [
      {
        row: 0,
        field: null,
        message: `unknown helpdesk layout "${nameOrObject}"; known: ${Object.keys(HELPDESK_LAYOUTS).join(', ')} (or upload a mapping file naming your export's columns)`,
      },
    ],
  };
}
