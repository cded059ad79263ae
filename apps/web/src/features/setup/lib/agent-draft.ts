import type { Agent } from '@app/domain';
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
    base: agent,
  };
}

export function emptyAgentDraft(siteId = ''): AgentDraft {
  return { id: '', name: '', siteId, languages: 'en', contractHoursPerWeek: '40', maxConsecutiveDays: '6', timeOff: [], base: null };
}

export function draftToAgent(draft: AgentDraft): DraftResult<Agent> {
  const parser = new DraftParser();
  return parser.result<Agent>({
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
  });
}
