import type { Site } from '@app/domain';
import { DraftParser, listToText, numberToText, parseList, shareToPercentText, type DraftResult } from '../../../lib/draft-parser';

export interface SiteDraft {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  hourlyCost: string;
  nightPremium: string;
  weekendPremium: string;
  holidayPremium: string;
  nightStart: string;
  nightEnd: string;
  holidayCountry: string;
  languages: string;
  minHeadcount: string;
  maxHeadcount: string;
  /** Percent. */
  shrinkage: string;
  /** Percent; blank means the planner's default. */
  occupancy: string;
  /** Both blank: the pay policy's default overtime. */
  overtimeMultiplier: string;
  overtimeMaxHours: string;
  base: Site | null;
}

export function siteToDraft(site: Site): SiteDraft {
  return {
    id: site.id,
    name: site.name,
    timeZone: site.timeZone,
    currency: site.currency,
    hourlyCost: numberToText(site.hourlyCost),
    nightPremium: numberToText(site.premiums.night),
    weekendPremium: numberToText(site.premiums.weekend),
    holidayPremium: numberToText(site.premiums.statutoryHoliday),
    nightStart: site.nightHours.start,
    nightEnd: site.nightHours.end,
    holidayCountry: site.holidayCountry,
    languages: listToText(site.languages),
    minHeadcount: numberToText(site.minHeadcount),
    maxHeadcount: numberToText(site.maxHeadcount),
    shrinkage: shareToPercentText(site.shrinkage),
    occupancy: shareToPercentText(site.occupancy),
    overtimeMultiplier: numberToText(site.overtime?.multiplier),
    overtimeMaxHours: numberToText(site.overtime?.maxHoursPerAgentPerWeek),
    base: site,
  };
}

/** A new site starts with no premiums, a 22:00–06:00 night and 30 % shrinkage: all editable. */
export function emptySiteDraft(): SiteDraft {
  return {
    id: '',
    name: '',
    timeZone: '',
    currency: '',
    hourlyCost: '',
    nightPremium: '1',
    weekendPremium: '1',
    holidayPremium: '1',
    nightStart: '22:00',
    nightEnd: '06:00',
    holidayCountry: '',
    languages: 'en',
    minHeadcount: '0',
    maxHeadcount: '10',
    shrinkage: '30',
    occupancy: '',
    overtimeMultiplier: '',
    overtimeMaxHours: '',
    base: null,
  };
}

export function draftToSite(draft: SiteDraft): DraftResult<Site> {
  const parser = new DraftParser();
  const occupancy = parser.percent('occupancy', draft.occupancy, 'Occupancy', false);
  const site: Site = {
    ...draft.base,
    id: parser.text('id', draft.id, 'Id'),
    name: parser.text('name', draft.name, 'Name'),
    timeZone: parser.text('timeZone', draft.timeZone, 'Time zone'),
    currency: parser.text('currency', draft.currency, 'Currency').toUpperCase(),
    hourlyCost: parser.number('hourlyCost', draft.hourlyCost, 'Hourly cost'),
    premiums: {
      night: parser.number('premiums.night', draft.nightPremium, 'Night premium'),
      weekend: parser.number('premiums.weekend', draft.weekendPremium, 'Weekend premium'),
      statutoryHoliday: parser.number('premiums.statutoryHoliday', draft.holidayPremium, 'Holiday premium'),
    },
    nightHours: {
      start: parser.text('nightHours.start', draft.nightStart, 'Night start'),
      end: parser.text('nightHours.end', draft.nightEnd, 'Night end'),
    },
    holidayCountry: parser.text('holidayCountry', draft.holidayCountry, 'Holiday country').toUpperCase(),
    languages: parseList(draft.languages),
    minHeadcount: parser.number('minHeadcount', draft.minHeadcount, 'Minimum headcount', { integer: true }),
    maxHeadcount: parser.number('maxHeadcount', draft.maxHeadcount, 'Maximum headcount', { integer: true }),
    shrinkage: parser.percent('shrinkage', draft.shrinkage, 'Shrinkage') ?? 0,
  };
  if (occupancy === undefined) delete site.occupancy;
  else site.occupancy = occupancy;
  const multiplier = parser.optionalNumber('overtime.multiplier', draft.overtimeMultiplier, 'Overtime multiplier');
  const maxHours = parser.optionalNumber('overtime.maxHoursPerAgentPerWeek', draft.overtimeMaxHours, 'Overtime cap');
  if (multiplier === undefined && maxHours === undefined) delete site.overtime;
  else if (multiplier === undefined) parser.add('overtime.multiplier', 'Give the overtime multiplier too, or clear both for the default.');
  else if (maxHours === undefined) parser.add('overtime.maxHoursPerAgentPerWeek', 'Give the overtime cap too, or clear both for the default.');
  else site.overtime = { multiplier, maxHoursPerAgentPerWeek: maxHours };
  return parser.result(site);
}
