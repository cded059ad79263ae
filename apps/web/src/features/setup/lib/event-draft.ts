import type { CalendarEvent, EventKind } from '@app/domain';
import { DraftParser, numberToText, shareToPercentText, type DraftResult } from '../../../lib/draft-parser';

export interface EventDraft {
  id: string;
  name: string;
  kind: EventKind;
  start: string;
  end: string;
  marketplaceIds: string[];
  siteIds: string[];
  /** Blank: learn the uplift from history. */
  volumeMultiplier: string;
  /** Percent of headcount on duty; blank: no cap. */
  availabilityCapPercent: string;
  base: CalendarEvent | null;
}

export function eventToDraft(event: CalendarEvent): EventDraft {
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    start: event.start,
    end: event.end,
    marketplaceIds: event.marketplaceIds,
    siteIds: event.siteIds,
    volumeMultiplier: numberToText(event.volumeMultiplier),
    availabilityCapPercent: shareToPercentText(event.availabilityCap),
    base: event,
  };
}

export function emptyEventDraft(): EventDraft {
  return { id: '', name: '', kind: 'peak', start: '', end: '', marketplaceIds: [], siteIds: [], volumeMultiplier: '', availabilityCapPercent: '', base: null };
}

export function draftToEvent(draft: EventDraft): DraftResult<CalendarEvent> {
  const parser = new DraftParser();
  const volumeMultiplier = parser.optionalNumber('volumeMultiplier', draft.volumeMultiplier, 'Volume multiplier', { min: 0 });
  const availabilityCap = parser.percent('availabilityCap', draft.availabilityCapPercent, 'Availability cap', false);
  const event: CalendarEvent = {
    ...draft.base,
    id: parser.text('id', draft.id, 'Id'),
    name: parser.text('name', draft.name, 'Name'),
    kind: draft.kind,
    start: parser.text('start', draft.start, 'First day'),
    end: parser.text('end', draft.end, 'Last day'),
    marketplaceIds: draft.marketplaceIds,
    siteIds: draft.siteIds,
  };
  if (volumeMultiplier === undefined) delete event.volumeMultiplier;
  else event.volumeMultiplier = volumeMultiplier;
  if (availabilityCap === undefined) delete event.availabilityCap;
  else event.availabilityCap = availabilityCap;
  return parser.result(event);
}
