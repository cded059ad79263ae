import { SCENARIO_SCHEMA_ID } from '@app/domain';
import { MAX_AGENTS_PER_OVERRIDE } from '../overrides/agent-count.util';

/**
 * JSON Schema (draft-07) of a scenario definition: a base setup plus overrides. Sites,
 * shift templates, agents and currency rates inside overrides are the scenario file's own
 * (referenced from its schema). Rules that need more than one value or the base setup
 * (dates in order, known ids, real time zones) are checked by validate-definition.ts.
 *
 * docs/scenario-definition.schema.json is this document, serialised (a unit test keeps the two equal).
 */

export const SCENARIO_DEFINITION_SCHEMA_ID = 'https://followsun.dev/schemas/scenario-definition-v1.json';

const ref = (definition: string) => ({ $ref: `${SCENARIO_SCHEMA_ID}#/definitions/${definition}` });

export const SCENARIO_DEFINITION_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCENARIO_DEFINITION_SCHEMA_ID,
  title: 'followsun scenario definition',
  description:
    'A named what-if: a base scenario file plus overrides applied in order (peaks, self-service deflection, site closures, pay changes, a new site, an outsourcing vendor, auto-reply hours, hiring, leave, agents moved to other shifts or sites). Dates are local "YYYY-MM-DD" and inclusive; times of day are local "HH:mm".',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'overrides'],
  properties: {
    id: ref('Id'),
    name: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 2000 },
    live: { description: 'Re-planned by the nightly refresh.', type: 'boolean' },
    base: { description: 'Path of the base scenario file, relative to this file (CLI).', type: 'string', minLength: 1 },
    overrides: { type: 'array', maxItems: 100, items: { $ref: '#/definitions/Override' } },
  },
  definitions: {
    Share: { type: 'number', minimum: 0, maximum: 1 },
    MarketplaceIds: { type: 'array', uniqueItems: true, items: ref('Id') },
    AgentIds: { type: 'array', minItems: 1, uniqueItems: true, items: ref('Id') },
    ShiftTemplateIds: { type: 'array', minItems: 1, uniqueItems: true, items: ref('Id') },
    AgentCount: { description: 'A whole number of agents.', type: 'integer', minimum: 1, maximum: MAX_AGENTS_PER_OVERRIDE },
    LocalWeeklyWindow: {
      description: 'On the given local weekdays, from start to end (end exclusive; a window whose end is not after its start runs over midnight into the next day).',
      type: 'object',
      additionalProperties: false,
      required: ['days', 'start', 'end'],
      properties: { days: ref('Weekdays'), start: ref('TimeOfDay'), end: ref('TimeOfDay') },
    },
    Override: {
      type: 'object',
      required: ['kind'],
      discriminator: { propertyName: 'kind' },
      oneOf: [
        { $ref: '#/definitions/VolumeMultiplierOverride' },
        { $ref: '#/definitions/DeflectionOverride' },
        { $ref: '#/definitions/SiteAvailabilityOverride' },
        { $ref: '#/definitions/CostChangeOverride' },
        { $ref: '#/definitions/AddSiteOverride' },
        { $ref: '#/definitions/VendorOverride' },
        { $ref: '#/definitions/AutoReplyOverride' },
        { $ref: '#/definitions/HireAgentsOverride' },
        { $ref: '#/definitions/AgentLeaveOverride' },
        { $ref: '#/definitions/MoveAgentsOverride' },
      ],
    },
    VolumeMultiplierOverride: {
      description: "A peak: arrivals on the buyers' local dates start..end are multiplied (Prime Day ×3).",
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'start', 'end', 'multiplier'],
      properties: {
        kind: { const: 'volume-multiplier' },
        name: { type: 'string', maxLength: 200 },
        start: ref('LocalDate'),
        end: ref('LocalDate'),
        marketplaceIds: { description: 'Marketplaces affected; empty or absent: all.', $ref: '#/definitions/MarketplaceIds' },
        multiplier: { type: 'number', minimum: 0, maximum: 100 },
      },
    },
    DeflectionOverride: {
      description: "Self-service deflection: this share of one class's messages never reaches an agent.",
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'marketplaceId', 'classId', 'rate'],
      properties: {
        kind: { const: 'deflection' },
        marketplaceId: ref('Id'),
        classId: ref('Id'),
        rate: { $ref: '#/definitions/Share' },
      },
    },
    SiteAvailabilityOverride: {
      description: "A closure (cap 0) or reduced availability: at most this share of the site's headcount on duty on its local dates start..end.",
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'siteId', 'start', 'end', 'availabilityCap'],
      properties: {
        kind: { const: 'site-availability' },
        name: { type: 'string', maxLength: 200 },
        siteId: ref('Id'),
        start: ref('LocalDate'),
        end: ref('LocalDate'),
        availabilityCap: { $ref: '#/definitions/Share' },
      },
    },
    CostChangeOverride: {
      description: 'Pay changes at one site: a wage rise in percent or a new hourly cost, new premium multipliers, a new night window.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'siteId'],
      properties: {
        kind: { const: 'cost-change' },
        siteId: ref('Id'),
        wageRisePercent: { type: 'number', minimum: -100, maximum: 1000 },
        hourlyCost: { type: 'number', minimum: 0 },
        premiums: {
          type: 'object',
          additionalProperties: false,
          properties: {
            night: { type: 'number', minimum: 1 },
            weekend: { type: 'number', minimum: 1 },
            statutoryHoliday: { type: 'number', minimum: 1 },
          },
        },
        nightHours: {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end'],
          properties: { start: ref('TimeOfDay'), end: ref('TimeOfDay') },
        },
      },
    },
    AddSiteOverride: {
      description: 'A new team (e.g. remote, in another time zone) with its shift templates and optionally agents.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'site', 'shiftTemplates'],
      properties: {
        kind: { const: 'add-site' },
        site: ref('Site'),
        shiftTemplates: { type: 'array', minItems: 1, items: ref('ShiftTemplate') },
        agents: { type: 'array', items: ref('Agent') },
        currencyRate: { description: "Rate of the site's currency when the base has none.", ...ref('CurrencyRate') },
      },
    },
    VendorOverride: {
      description: 'An outsourcing vendor the planner may buy per message instead of shifts.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'vendor'],
      properties: {
        kind: { const: 'vendor' },
        vendor: { $ref: '#/definitions/Vendor' },
        currencyRate: { description: "Rate of the vendor's currency when the base has none.", ...ref('CurrencyRate') },
      },
    },
    Vendor: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'timeZone', 'country', 'serviceHours', 'languages', 'currency', 'pricePerMessage', 'capacityPerHour'],
      properties: {
        id: ref('Id'),
        name: { type: 'string', minLength: 1, maxLength: 200 },
        timeZone: { description: 'IANA zone of its service hours.', ...ref('TimeZone') },
        country: { description: 'ISO 3166-1 alpha-2 country (its public holidays).', type: 'string', pattern: '^[A-Z]{2}$' },
        serviceHours: { type: 'array', minItems: 1, items: { $ref: '#/definitions/LocalWeeklyWindow' } },
        languages: ref('Languages'),
        marketplaceIds: { description: 'Marketplaces the contract covers; empty or absent: any in its languages.', $ref: '#/definitions/MarketplaceIds' },
        currency: ref('Currency'),
        pricePerMessage: { type: 'number', minimum: 0 },
        capacityPerHour: { description: 'Most messages answered in one hour.', type: 'number', exclusiveMinimum: 0 },
        start: { description: 'First local date of the contract (its time zone); absent: open-ended.', ...ref('LocalDate') },
        end: { description: 'Last local date of the contract (inclusive); absent: open-ended.', ...ref('LocalDate') },
      },
    },
    AutoReplyOverride: {
      description:
        "Auto-reply only in these local hours of a marketplace: buyers get an instant acknowledgement; the message still needs a human reply within the platform deadline (counted from arrival), but its wait no longer counts against the perceived-wait target.",
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'marketplaceId', 'windows'],
      properties: {
        kind: { const: 'auto-reply' },
        marketplaceId: ref('Id'),
        windows: { description: "In the buyers' local time.", type: 'array', minItems: 1, items: { $ref: '#/definitions/LocalWeeklyWindow' } },
      },
    },
    HireAgentsOverride: {
      description:
        'Hiring: count new agents at a site, working from the site-local date "from" (before it they are on time off "not yet hired"); the site\'s maxHeadcount rises by count. They copy the terms of likeAgentId (not its time off; its hourlyRate and shiftTemplateIds only when it is at the same site); each field given overrides. Ids are hire-<siteId>-<n>.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'siteId', 'count', 'from'],
      properties: {
        kind: { const: 'hire-agents' },
        siteId: ref('Id'),
        count: { $ref: '#/definitions/AgentCount' },
        likeAgentId: { description: 'An existing agent whose terms the new ones copy.', ...ref('Id') },
        languages: ref('Languages'),
        contractHoursPerWeek: { type: 'number', minimum: 0, maximum: 168 },
        payBasis: { enum: ['salaried', 'hourly'] },
        hourlyRate: { description: "Base pay per hour in the site's currency.", type: 'number', minimum: 0 },
        shiftTemplateIds: { description: 'Templates of the site they may work.', $ref: '#/definitions/ShiftTemplateIds' },
        from: { description: 'First site-local date they work.', ...ref('LocalDate') },
        namePrefix: { description: 'Names are "<namePrefix> <n>"; default "<site name> hire".', type: 'string', minLength: 1, maxLength: 150 },
      },
    },
    AgentLeaveOverride: {
      description: 'Leave: the agents named are off on the local dates start..end (one more time-off entry each).',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'agentIds', 'start', 'end'],
      properties: {
        kind: { const: 'agent-leave' },
        agentIds: { $ref: '#/definitions/AgentIds' },
        start: ref('LocalDate'),
        end: ref('LocalDate'),
        reason: { description: 'Default "leave".', type: 'string', minLength: 1, maxLength: 200 },
      },
    },
    MoveAgentsOverride: {
      description:
        'Agents moved to other shifts and/or another site: agentIds (all at fromSiteId), or else the first count agents of fromSiteId by id (plain string order). They work only shiftTemplateIds (templates of the destination site) and/or move to toSiteId, whose maxHeadcount rises by as many as fromSiteId\'s falls; moving site drops their hourlyRate.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'fromSiteId'],
      properties: {
        kind: { const: 'move-agents' },
        fromSiteId: ref('Id'),
        count: { description: 'The first agents of the site by id; exclusive with agentIds.', $ref: '#/definitions/AgentCount' },
        agentIds: { description: 'The agents to move; exclusive with count.', $ref: '#/definitions/AgentIds' },
        toSiteId: { description: 'Destination site; absent: they stay.', ...ref('Id') },
        shiftTemplateIds: { description: 'Templates of the destination site they work from now on.', $ref: '#/definitions/ShiftTemplateIds' },
      },
    },
  },
} as const;
