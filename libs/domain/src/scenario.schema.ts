import { DEFAULT_MAX_DAYS_PER_WEEK, DEFAULT_OVERTIME, DEFAULT_PAY_BASIS, DEFAULT_VENDOR_RATE_MULTIPLE } from './pay-policy';
import { SCENARIO_SCHEMA_VERSION } from './scenario.types';
import { MAX_MESSAGES_PER_HOUR, MAX_SITE_HEADCOUNT } from './domain-limits';

/**
 * JSON Schema (draft-07) of the scenario file, version 2: the structural half of the
 * contract in scenario.types.ts. Rules that need more than one value (shares summing to 1,
 * references between collections, real time zones, close after open …) are checked by
 * scenario-validation.ts on top of it. Version 1 files are migrated to version 2 before they
 * are checked (scenario-migration.ts); this document describes version 2 only.
 *
 * docs/scenario.schema.json is this very document, serialised (a unit test keeps the two
 * equal; regenerate with `npm run docs:demo`).
 */

/** Patterns are exported so that error messages can describe them in words. */
export const SCHEMA_PATTERNS = {
  id: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  timeOfDay: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  language: '^[a-z]{2}$',
  country: '^[A-Z]{2}$',
  holidayCountry: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$',
  currency: '^[A-Z]{3}$',
  /** Some visible character: a name of spaces alone shows as nothing in every list. */
  displayName: '\\S',
} as const;

export const SCENARIO_SCHEMA_ID = `https://followsun.dev/schemas/scenario-v${SCENARIO_SCHEMA_VERSION}.json`;

export const SCENARIO_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCENARIO_SCHEMA_ID,
  title: 'followsun scenario file',
  description:
    'A whole planning setup: marketplaces (where buyers write), sites (teams), shift templates, agents, calendar events, currency rates and hourly message history. Times of day are local "HH:mm", dates are local "YYYY-MM-DD", instants are ISO 8601 UTC.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'name',
    'reportingCurrency',
    'marketplaces',
    'sites',
    'shiftTemplates',
    'agents',
    'events',
    'currencyRates',
    'history',
  ],
  properties: {
    schemaVersion: {
      description: `Version of this file format; this document describes version ${SCENARIO_SCHEMA_VERSION}. Version 1 files are still read: they are migrated first (their agents become payBasis "hourly").`,
      const: SCENARIO_SCHEMA_VERSION,
    },
    name: { description: 'Name of the scenario, shown in lists and reports.', type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
    reportingCurrency: {
      description: 'ISO 4217 code in which all costs are reported (e.g. "USD").',
      type: 'string',
      pattern: SCHEMA_PATTERNS.currency,
    },
    horizon: { $ref: '#/definitions/PlanningHorizon' },
    marketplaces: { description: 'Where buyers write from.', type: 'array', items: { $ref: '#/definitions/Marketplace' } },
    sites: { description: 'Teams of agents, each in one time zone.', type: 'array', items: { $ref: '#/definitions/Site' } },
    shiftTemplates: {
      description: 'Allowed shifts per site, in site-local time.',
      type: 'array',
      items: { $ref: '#/definitions/ShiftTemplate' },
    },
    agents: { description: 'Named people at the sites.', type: 'array', items: { $ref: '#/definitions/Agent' } },
    events: {
      description: 'Peaks (volume uplift) and holidays (volume or availability changes).',
      type: 'array',
      items: { $ref: '#/definitions/CalendarEvent' },
    },
    currencyRates: {
      description: 'Conversion of every site currency other than the reporting currency.',
      type: 'array',
      items: { $ref: '#/definitions/CurrencyRate' },
    },
    history: {
      description: 'Hourly message counts per marketplace (and class, where known).',
      type: 'array',
      items: { $ref: '#/definitions/HistorySeries' },
    },
  },
  definitions: {
    Id: {
      description: 'Identifier: letters, digits, ".", "_" or "-", starting with a letter or digit.',
      type: 'string',
      minLength: 1,
      maxLength: 100,
      pattern: SCHEMA_PATTERNS.id,
    },
    TimeOfDay: { description: 'Local time of day "HH:mm", 00:00–23:59.', type: 'string', pattern: SCHEMA_PATTERNS.timeOfDay },
    LocalDate: { description: 'Local calendar date "YYYY-MM-DD".', type: 'string', format: 'date' },
    TimeZone: { description: 'IANA time zone, e.g. "America/New_York".', type: 'string', minLength: 1, maxLength: 64 },
    Language: { description: 'ISO 639-1 language code, e.g. "en".', type: 'string', pattern: SCHEMA_PATTERNS.language },
    Languages: {
      description: 'Languages, ISO 639-1, each once.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { $ref: '#/definitions/Language' },
    },
    Currency: { description: 'ISO 4217 currency code, e.g. "CNY".', type: 'string', pattern: SCHEMA_PATTERNS.currency },
    Weekdays: {
      description: 'ISO weekdays, 1 = Monday … 7 = Sunday, each once.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 7 },
    },
    PlanningHorizon: {
      description: 'The period to plan.',
      type: 'object',
      additionalProperties: false,
      required: ['start', 'weeks', 'mode'],
      properties: {
        start: { description: 'First date of the horizon; UTC midnight of this date is hour 0.', $ref: '#/definitions/LocalDate' },
        weeks: { description: 'Length in weeks.', type: 'integer', minimum: 1, maximum: 104 },
        mode: {
          description: '"dated": real dates with an opening backlog; "cyclic": one week repeated.',
          enum: ['dated', 'cyclic'],
        },
      },
    },
    ReplyClock: {
      description:
        'When the reply clock runs: "calendar" = every hour of the week; "business" = only opening hours on open days in the buyers\' time zone.',
      type: 'object',
      required: ['kind'],
      discriminator: { propertyName: 'kind' },
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind'],
          properties: { kind: { const: 'calendar' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'days', 'open', 'close', 'holidaysStopClock'],
          properties: {
            kind: { const: 'business' },
            days: { description: 'Weekdays the clock runs, in the buyers\' time zone.', $ref: '#/definitions/Weekdays' },
            open: { description: 'Local opening time.', $ref: '#/definitions/TimeOfDay' },
            close: { description: 'Local closing time, after the opening time on the same day.', $ref: '#/definitions/TimeOfDay' },
            holidaysStopClock: {
              description: "Whether the buyers' country's public holidays stop the clock.",
              type: 'boolean',
            },
          },
        },
      ],
    },
    RealTimeTarget: {
      description: 'Service level of a real-time channel (live chat), staffed per hour by Erlang C.',
      type: 'object',
      additionalProperties: false,
      required: ['serviceLevel', 'answerWithinSeconds'],
      properties: {
        serviceLevel: { description: 'Share answered within the time, e.g. 0.8.', type: 'number', exclusiveMinimum: 0, maximum: 1 },
        answerWithinSeconds: { description: 'Answer time in seconds.', type: 'number', exclusiveMinimum: 0 },
      },
    },
    PriorityClass: {
      description: 'A kind of message with its own share, reply deadline and handle time.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'share', 'replyDeadlineHours', 'handleMinutes'],
      properties: {
        id: { description: 'Unique within its marketplace, e.g. "urgent".', $ref: '#/definitions/Id' },
        name: { description: 'Display name.', type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        share: {
          description: "Share of the marketplace's volume, 0..1; the shares of a marketplace sum to 1.",
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
        replyDeadlineHours: {
          description: "Reply deadline in hours on the marketplace's reply clock; null when no reply is needed.",
          type: ['number', 'null'],
          exclusiveMinimum: 0,
        },
        handleMinutes: { description: 'Average handle time in minutes.', type: 'number', minimum: 0, maximum: 1440 },
        realTime: { $ref: '#/definitions/RealTimeTarget' },
      },
    },
    WaitTarget: {
      description: 'How short the perceived wait must be, beyond the deadlines.',
      type: 'object',
      additionalProperties: false,
      properties: {
        averageHours: { description: 'Cap on the average first-reply time, hours.', type: 'number', exclusiveMinimum: 0 },
        lateShare: {
          description: 'Cap on the share of messages answered later than `afterHours`.',
          type: 'object',
          additionalProperties: false,
          required: ['afterHours', 'maxShare'],
          properties: {
            afterHours: { type: 'number', exclusiveMinimum: 0 },
            maxShare: { type: 'number', minimum: 0, maximum: 1 },
          },
        },
        costPerWaitingHour: {
          description: 'Alternative to hard caps: cost per message-hour of waiting, in the reporting currency.',
          type: 'number',
          minimum: 0,
        },
      },
    },
    Marketplace: {
      description: 'Where buyers write from: a platform store in one buyers\' time zone.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'platform', 'timeZone', 'country', 'languages', 'replyClock', 'classes'],
      properties: {
        id: { description: 'Slug, unique, e.g. "amazon-us".', $ref: '#/definitions/Id' },
        name: { description: 'Display name.', type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        platform: { description: 'Selling platform.', enum: ['amazon', 'shopify', 'tiktok-shop', 'ebay', 'walmart', 'other'] },
        timeZone: { description: "Buyers' IANA time zone; their behaviour follows this clock.", $ref: '#/definitions/TimeZone' },
        country: {
          description: "Buyers' ISO 3166-1 alpha-2 country, for their public holidays.",
          type: 'string',
          pattern: SCHEMA_PATTERNS.country,
        },
        languages: { description: 'Languages the buyers write in.', $ref: '#/definitions/Languages' },
        replyClock: { $ref: '#/definitions/ReplyClock' },
        classes: {
          description: 'Priority classes; their shares sum to 1.',
          type: 'array',
          minItems: 1,
          items: { $ref: '#/definitions/PriorityClass' },
        },
        waitTarget: { $ref: '#/definitions/WaitTarget' },
      },
    },
    Premiums: {
      description: 'Pay multipliers on the base hourly cost (1 = no premium, 3 = 300 % pay).',
      type: 'object',
      additionalProperties: false,
      required: ['night', 'weekend', 'statutoryHoliday'],
      properties: {
        night: { type: 'number', minimum: 0, maximum: 10 },
        weekend: { type: 'number', minimum: 0, maximum: 10 },
        statutoryHoliday: { type: 'number', minimum: 0, maximum: 10 },
      },
    },
    OvertimePolicy: {
      description: `Hours beyond an agent's weekly contract: paid at \`multiplier\` × the agent's base rate, at most \`maxHoursPerAgentPerWeek\` a week. Absent on a site: multiplier ${DEFAULT_OVERTIME.multiplier}, at most ${DEFAULT_OVERTIME.maxHoursPerAgentPerWeek} hours.`,
      type: 'object',
      additionalProperties: false,
      required: ['multiplier', 'maxHoursPerAgentPerWeek'],
      properties: {
        multiplier: { description: 'Pay multiplier of an overtime hour (1 = plain base rate).', type: 'number', minimum: 1, maximum: 10 },
        maxHoursPerAgentPerWeek: {
          description: 'Most overtime hours one agent may work in a rota week (0 = no overtime).',
          type: 'number',
          minimum: 0,
          maximum: 168,
        },
      },
    },
    Site: {
      description: 'A team of agents in one time zone.',
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'name',
        'timeZone',
        'currency',
        'hourlyCost',
        'premiums',
        'nightHours',
        'holidayCountry',
        'languages',
        'minHeadcount',
        'maxHeadcount',
        'shrinkage',
      ],
      properties: {
        id: { $ref: '#/definitions/Id' },
        name: { type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        timeZone: { description: "The site's IANA time zone.", $ref: '#/definitions/TimeZone' },
        currency: { description: 'Currency of the pay.', $ref: '#/definitions/Currency' },
        hourlyCost: { description: 'Base hourly cost of one agent, in the site currency.', type: 'number', minimum: 0 },
        premiums: { $ref: '#/definitions/Premiums' },
        nightHours: {
          description: 'Local night window in which the night premium applies (may wrap midnight).',
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end'],
          properties: { start: { $ref: '#/definitions/TimeOfDay' }, end: { $ref: '#/definitions/TimeOfDay' } },
        },
        holidayCountry: {
          description: 'ISO 3166-1 alpha-2 country, optionally with a subdivision ("CN", "US-CA"), for public holidays.',
          type: 'string',
          pattern: SCHEMA_PATTERNS.holidayCountry,
        },
        languages: { description: 'Languages spoken at the site.', $ref: '#/definitions/Languages' },
        minHeadcount: { description: 'Fewest agents the site keeps.', type: 'integer', minimum: 0, maximum: MAX_SITE_HEADCOUNT },
        maxHeadcount: { description: 'Most agents the site can have.', type: 'integer', minimum: 0, maximum: MAX_SITE_HEADCOUNT },
        shrinkage: {
          description: 'Share of paid time lost to breaks, meetings, training, absence: 0 ≤ shrinkage < 1.',
          type: 'number',
          minimum: 0,
          exclusiveMaximum: 1,
        },
        occupancy: {
          description: 'Share of productive time spent handling messages: 0 < occupancy ≤ 1 (0.9 when absent).',
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
        },
        overtime: { $ref: '#/definitions/OvertimePolicy' },
        vendorHourlyRate: {
          description: `Price of one agent-hour of outsourced cover for the site's staffing gaps, flat at every hour, in the site's currency (> 0). Absent: ${DEFAULT_VENDOR_RATE_MULTIPLE} × hourlyCost.`,
          type: 'number',
          exclusiveMinimum: 0,
        },
      },
    },
    ShiftTemplate: {
      description: 'An allowed shift at a site, in site-local time.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'siteId', 'name', 'lengthHours', 'paidHours', 'startTimes', 'days'],
      properties: {
        id: { $ref: '#/definitions/Id' },
        siteId: { description: 'The site the template belongs to.', $ref: '#/definitions/Id' },
        name: { type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        lengthHours: { description: 'Length in hours, breaks included; at most 24.', type: 'number', exclusiveMinimum: 0, maximum: 24 },
        paidHours: { description: 'Paid hours, at most the length.', type: 'number', minimum: 0, maximum: 24 },
        startTimes: {
          description: 'Allowed local start times.',
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { $ref: '#/definitions/TimeOfDay' },
        },
        days: { description: 'Local weekdays on which the shift may start.', $ref: '#/definitions/Weekdays' },
      },
    },
    TimeOff: {
      description: 'An absence, inclusive local dates.',
      type: 'object',
      additionalProperties: false,
      required: ['start', 'end'],
      properties: {
        start: { $ref: '#/definitions/LocalDate' },
        end: { $ref: '#/definitions/LocalDate' },
        reason: { type: 'string', maxLength: 500 },
      },
    },
    Agent: {
      description: 'A named person at a site.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'siteId', 'languages', 'contractHoursPerWeek', 'maxConsecutiveDays', 'timeOff'],
      properties: {
        id: { $ref: '#/definitions/Id' },
        name: { type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        siteId: { $ref: '#/definitions/Id' },
        languages: { $ref: '#/definitions/Languages' },
        contractHoursPerWeek: { description: 'Contracted hours per week.', type: 'number', minimum: 0, maximum: 168 },
        maxConsecutiveDays: { description: 'Most working days in a row.', type: 'integer', minimum: 1, maximum: 31 },
        timeOff: { type: 'array', items: { $ref: '#/definitions/TimeOff' } },
        payBasis: {
          description: `"salaried": the contract hours are paid whether worked or not, premiums and overtime on top; "hourly": every scheduled hour is paid (base rate × premium), overtime beyond the contract at the overtime rate. Absent: "${DEFAULT_PAY_BASIS}".`,
          enum: ['salaried', 'hourly'],
        },
        hourlyRate: {
          description: "Base pay per hour in the site's currency, greater than 0. Absent: the site's hourlyCost.",
          type: 'number',
          exclusiveMinimum: 0,
        },
        maxDaysPerWeek: {
          description: `Most working days (shift starts) in one rota week, 1–7. Absent: ${DEFAULT_MAX_DAYS_PER_WEEK}.`,
          type: 'integer',
          minimum: 1,
          maximum: 7,
        },
        shiftTemplateIds: {
          description: "Shift templates of the agent's own site that the agent may work, each once. Absent: every template of the site.",
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { $ref: '#/definitions/Id' },
        },
      },
    },
    CalendarEvent: {
      description: 'A peak or holiday: changes volume on marketplaces and/or availability at sites.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'kind', 'start', 'end', 'marketplaceIds', 'siteIds'],
      properties: {
        id: { $ref: '#/definitions/Id' },
        name: { type: 'string', minLength: 1, maxLength: 200, pattern: SCHEMA_PATTERNS.displayName },
        kind: { enum: ['peak', 'holiday'] },
        start: { description: 'First local date (inclusive).', $ref: '#/definitions/LocalDate' },
        end: { description: 'Last local date (inclusive).', $ref: '#/definitions/LocalDate' },
        marketplaceIds: {
          description: 'Marketplaces whose volume the event changes.',
          type: 'array',
          uniqueItems: true,
          items: { $ref: '#/definitions/Id' },
        },
        siteIds: {
          description: 'Sites whose availability the event changes.',
          type: 'array',
          uniqueItems: true,
          items: { $ref: '#/definitions/Id' },
        },
        volumeMultiplier: {
          description: 'Volume multiplier on the affected marketplaces (e.g. 3); absent: learnt from history.',
          type: 'number',
          exclusiveMinimum: 0,
        },
        availabilityCap: {
          description: "Largest share of an affected site's headcount on duty, 0..1.",
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
      },
    },
    CurrencyRate: {
      description: 'Value of one unit of a currency in the reporting currency.',
      type: 'object',
      additionalProperties: false,
      required: ['currency', 'toReporting'],
      properties: {
        currency: { $ref: '#/definitions/Currency' },
        toReporting: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    HistorySeries: {
      description: 'Hourly message counts from `start` (UTC, on the hour) onwards; null marks a missing hour (not a zero).',
      type: 'object',
      additionalProperties: false,
      required: ['marketplaceId', 'classId', 'start', 'counts'],
      properties: {
        marketplaceId: { $ref: '#/definitions/Id' },
        classId: {
          description: 'Priority class, or null for the marketplace total.',
          type: ['string', 'null'],
          minLength: 1,
          maxLength: 100,
          pattern: SCHEMA_PATTERNS.id,
        },
        start: { description: 'UTC instant of the first hour, ISO 8601, on the hour.', type: 'string', format: 'date-time' },
        counts: {
          description: 'Messages received in each hour; null = unknown.',
          type: 'array',
          items: { type: ['integer', 'null'], minimum: 0, maximum: MAX_MESSAGES_PER_HOUR },
        },
      },
    },
  },
} as const;
