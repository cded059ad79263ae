import type { IsoWeekday, ShiftTemplate } from '@app/domain';
import { DraftParser, listToText, numberToText, parseList, type DraftResult } from '../../../lib/draft-parser';

export interface ShiftTemplateDraft {
  id: string;
  siteId: string;
  name: string;
  lengthHours: string;
  paidHours: string;
  /** "08:00, 09:00, 10:00" in site-local time. */
  startTimes: string;
  days: IsoWeekday[];
  base: ShiftTemplate | null;
}

export function shiftTemplateToDraft(template: ShiftTemplate): ShiftTemplateDraft {
  return {
    id: template.id,
    siteId: template.siteId,
    name: template.name,
    lengthHours: numberToText(template.lengthHours),
    paidHours: numberToText(template.paidHours),
    startTimes: listToText(template.startTimes),
    days: template.days,
    base: template,
  };
}

export function emptyShiftTemplateDraft(siteId = ''): ShiftTemplateDraft {
  return { id: '', siteId, name: '', lengthHours: '9', paidHours: '8', startTimes: '09:00', days: [1, 2, 3, 4, 5], base: null };
}

export function draftToShiftTemplate(draft: ShiftTemplateDraft): DraftResult<ShiftTemplate> {
  const parser = new DraftParser();
  const startTimes = parseList(draft.startTimes);
  if (startTimes.length === 0) parser.add('startTimes', 'Give at least one start time (HH:mm).');
  if (draft.days.length === 0) parser.add('days', 'Pick at least one day.');
  return parser.result<ShiftTemplate>({
    ...draft.base,
    id: parser.text('id', draft.id, 'Id'),
    siteId: parser.text('siteId', draft.siteId, 'Site'),
    name: parser.text('name', draft.name, 'Name'),
    lengthHours: parser.number('lengthHours', draft.lengthHours, 'Length'),
    paidHours: parser.number('paidHours', draft.paidHours, 'Paid hours'),
    startTimes,
    days: draft.days,
  });
}
