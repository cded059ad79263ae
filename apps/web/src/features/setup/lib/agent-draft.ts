import type { Agent, PayBasis } from '@app/domain';
import { DraftParser, listToText, numberToText, parseList, type DraftResult } from '../../../lib/draft-parser';

export interface TimeOffDraft {
  start: string;
  end: string;
  reason: string;
}

export interface AgentDraft {
  id: string;
  name: string;
  siteId: string;
  languages: string;
  contractHoursPerWeek: string;
  maxConsecutiveDays: string;
  timeOff: TimeOffDraft[];
  /** '': the pay policy's default. */
  payBasis: PayBasis | '';
  /** Blank: the site's hourly cost. */
  hourlyRate: string;
  /** Blank: the pay policy's default. */
  maxDaysPerWeek: string;
  /** Templates of the agent's site ticked; none: every template of the site. */
  shiftTemplateIds: string[];
  base: Agent | null;
}

export function agentToDraft(agent: Agent): AgentDraft {
  return {
    id: agent.id,
    name: agent.name,
    siteId: agent.siteId,
    languages: listToText(agent.languages),
    contractHoursPerWeek: numberToText(agent.contractHoursPerWeek),
    maxConsecutiveDays: numberToText(agent.maxConsecutiveDays),
    timeOff: agent.timeOff.map((t) => ({ start: t.start, end: t.end, reason: t.reason ?? '' })),
    payBasis: agent.payBasis ?? '',
    hourlyRate: numberToText(agent.hourlyRate),
    maxDaysPerWeek: numberToText(agent.maxDaysPerWeek),
    shiftTemplateIds: agent.shiftTemplateIds ?? [],
    base: agent,
  };
}

/** A new agent starts on the pay policy's defaults: every pay term blank. */
export function emptyAgentDraft(siteId = ''): AgentDraft {
  return {
    id: '',
    name: '',
    siteId,
    languages: 'en',
    contractHoursPerWeek: '40',
    maxConsecutiveDays: '6',
    timeOff: [],
    payBasis: '',
    hourlyRate: '',
    maxDaysPerWeek: '',
    shiftTemplateIds: [],
    base: null,
  };
}

export function draftToAgent(draft: AgentDraft): DraftResult<Agent> {
  const parser = new DraftParser();
  const agent: Agent = {
    ...draft.base,
    id: parser.text('id', draft.id, 'Id'),
    name: parser.text('name', draft.name, 'Name'),
    siteId: parser.text('siteId', draft.siteId, 'Site'),
    languages: parseList(draft.languages),
    contractHoursPerWeek: parser.number('contractHoursPerWeek', draft.contractHoursPerWeek, 'Contract hours', { min: 0 }),
    maxConsecutiveDays: parser.number('maxConsecutiveDays', draft.maxConsecutiveDays, 'Max consecutive days', { min: 1, integer: true }),
    timeOff: draft.timeOff.map((t, index) => {
      const reason = t.reason.trim();
      return {
        start: parser.text(`timeOff.${index}.start`, t.start, 'First day off'),
        end: parser.text(`timeOff.${index}.end`, t.end, 'Last day off'),
        ...(reason ? { reason } : {}),
      };
    }),
  };
  const hourlyRate = parser.optionalNumber('hourlyRate', draft.hourlyRate, 'Base rate');
  const maxDaysPerWeek = parser.optionalNumber('maxDaysPerWeek', draft.maxDaysPerWeek, 'Max days per week', { min: 1, max: 7, integer: true });
  // a blank pay term is absent (the default), also when the stored agent had one
  setOrDelete(agent, 'payBasis', draft.payBasis || undefined);
  setOrDelete(agent, 'hourlyRate', hourlyRate);
  setOrDelete(agent, 'maxDaysPerWeek', maxDaysPerWeek);
  setOrDelete(agent, 'shiftTemplateIds', draft.shiftTemplateIds.length ? [...draft.shiftTemplateIds] : undefined);
  return parser.result(agent);
}

function setOrDelete<K extends 'payBasis' | 'hourlyRate' | 'maxDaysPerWeek' | 'shiftTemplateIds'>(agent: Agent, key: K, value: Agent[K] | undefined): void {
  if (value === undefined) delete agent[key];
  else agent[key] = value;
}
