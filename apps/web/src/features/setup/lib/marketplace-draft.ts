import type { IsoWeekday, Marketplace, Platform, PriorityClass, ReplyClock } from '@app/domain';
import { DraftParser, listToText, numberToText, parseList, shareToPercentText, type DraftResult } from '../../../lib/draft-parser';
import type { PlatformPreset } from '../api/get-presets';

export interface PriorityClassDraft {
  id: string;
  name: string;
  /** Percent of the marketplace's volume, as typed. */
  sharePercent: string;
  /** Hours; blank means "no reply needed". */
  replyDeadlineHours: string;
  handleMinutes: string;
  /** The class as loaded, so fields this form does not edit (real-time targets) survive a save. */
  base?: PriorityClass;
}

export interface MarketplaceDraft {
  id: string;
  name: string;
  platform: Platform;
  timeZone: string;
  country: string;
  languages: string;
  clockKind: ReplyClock['kind'];
  clockDays: IsoWeekday[];
  clockOpen: string;
  clockClose: string;
  holidaysStopClock: boolean;
  /** Average first-reply time cap, hours; blank for none. */
  averageWaitHours: string;
  classes: PriorityClassDraft[];
  base: Marketplace | null;
}

export const PLATFORMS: readonly { value: Platform; label: string }[] = [
  { value: 'amazon', label: 'Amazon' },
  { value: 'shopify', label: 'Shopify' },
  { value: 'tiktok-shop', label: 'TikTok Shop' },
  { value: 'ebay', label: 'eBay' },
  { value: 'walmart', label: 'Walmart' },
  { value: 'other', label: 'Other' },
];

const WORKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

export function classToDraft(priorityClass: PriorityClass): PriorityClassDraft {
  return {
    id: priorityClass.id,
    name: priorityClass.name,
    sharePercent: shareToPercentText(priorityClass.share),
    replyDeadlineHours: numberToText(priorityClass.replyDeadlineHours),
    handleMinutes: numberToText(priorityClass.handleMinutes),
    base: priorityClass,
  };
}

export function emptyClassDraft(): PriorityClassDraft {
  return { id: '', name: '', sharePercent: '', replyDeadlineHours: '24', handleMinutes: '5' };
}

export function marketplaceToDraft(marketplace: Marketplace): MarketplaceDraft {
  const clock = marketplace.replyClock;
  return {
    id: marketplace.id,
    name: marketplace.name,
    platform: marketplace.platform,
    timeZone: marketplace.timeZone,
    country: marketplace.country,
    languages: listToText(marketplace.languages),
    clockKind: clock.kind,
    clockDays: clock.kind === 'business' ? clock.days : WORKDAYS,
    clockOpen: clock.kind === 'business' ? clock.open : '09:00',
    clockClose: clock.kind === 'business' ? clock.close : '18:00',
    holidaysStopClock: clock.kind === 'business' ? clock.holidaysStopClock : true,
    averageWaitHours: numberToText(marketplace.waitTarget?.averageHours),
    classes: marketplace.classes.map(classToDraft),
    base: marketplace,
  };
}

export function emptyMarketplaceDraft(): MarketplaceDraft {
  return {
    id: '',
    name: '',
    platform: 'amazon',
    timeZone: '',
    country: '',
    languages: '',
    clockKind: 'calendar',
    clockDays: WORKDAYS,
    clockOpen: '09:00',
    clockClose: '18:00',
    holidaysStopClock: true,
    averageWaitHours: '',
    classes: [],
    base: null,
  };
}

/** Fills the reply clock, priority classes and wait target from a platform's preset. */
export function applyPreset(draft: MarketplaceDraft, preset: PlatformPreset): MarketplaceDraft {
  const clock = preset.replyClock;
  return {
    ...draft,
    platform: preset.platform,
    clockKind: clock.kind,
    clockDays: clock.kind === 'business' ? clock.days : draft.clockDays,
    clockOpen: clock.kind === 'business' ? clock.open : draft.clockOpen,
    clockClose: clock.kind === 'business' ? clock.close : draft.clockClose,
    holidaysStopClock: clock.kind === 'business' ? clock.holidaysStopClock : draft.holidaysStopClock,
    averageWaitHours: numberToText(preset.waitTarget?.averageHours),
    classes: preset.classes.map((c) => ({ ...classToDraft(c), base: undefined })),
    base: draft.base ? { ...draft.base, waitTarget: preset.waitTarget } : null,
  };
}

/** Sum of the typed class shares in percent, or null while any share is not a number. */
export function sharesTotalPercent(classes: readonly PriorityClassDraft[]): number | null {
  let total = 0;
  for (const c of classes) {
    const value = Number(c.sharePercent.trim().replace(',', '.'));
    if (!c.sharePercent.trim() || !Number.isFinite(value)) return null;
    total += value;
  }
  return Math.round(total * 1e4) / 1e4;
}

function parseReplyClock(parser: DraftParser, draft: MarketplaceDraft): ReplyClock {
  if (draft.clockKind === 'calendar') return { kind: 'calendar' };
  return {
    kind: 'business',
    days: draft.clockDays,
    open: parser.text('replyClock.open', draft.clockOpen, 'Opening time'),
    close: parser.text('replyClock.close', draft.clockClose, 'Closing time'),
    holidaysStopClock: draft.holidaysStopClock,
  };
}

function parseClass(parser: DraftParser, draft: PriorityClassDraft, index: number): PriorityClass {
  const at = `classes.${index}`;
  const deadline = parser.optionalNumber(`${at}.replyDeadlineHours`, draft.replyDeadlineHours, 'Reply deadline', { min: 0 });
  return {
    ...draft.base,
    id: parser.text(`${at}.id`, draft.id, 'Class id'),
    name: parser.text(`${at}.name`, draft.name, 'Class name'),
    share: parser.percent(`${at}.share`, draft.sharePercent, 'Share') ?? 0,
    replyDeadlineHours: deadline ?? null,
    handleMinutes: parser.number(`${at}.handleMinutes`, draft.handleMinutes, 'Handle time', { min: 0 }),
  };
}

/** The marketplace the form describes; field keys match the API's issue paths. */
export function draftToMarketplace(draft: MarketplaceDraft): DraftResult<Marketplace> {
  const parser = new DraftParser();
  const averageHours = parser.optionalNumber('waitTarget.averageHours', draft.averageWaitHours, 'Average wait', { min: 0 });
  const baseWait = draft.base?.waitTarget;
  const waitTarget = averageHours === undefined ? stripAverage(baseWait) : { ...baseWait, averageHours };
  if (draft.classes.length === 0) parser.add('classes', 'Add at least one priority class.');
  const marketplace: Marketplace = {
    ...draft.base,
    id: parser.text('id', draft.id, 'Id'),
    name: parser.text('name', draft.name, 'Name'),
    platform: draft.platform,
    timeZone: parser.text('timeZone', draft.timeZone, 'Buyers’ time zone'),
    country: parser.text('country', draft.country, 'Country').toUpperCase(),
    languages: parseList(draft.languages),
    replyClock: parseReplyClock(parser, draft),
    classes: draft.classes.map((c, index) => parseClass(parser, c, index)),
  };
  if (waitTarget) marketplace.waitTarget = waitTarget;
  else delete marketplace.waitTarget;
  return parser.result(marketplace);
}

function stripAverage(wait: Marketplace['waitTarget']): Marketplace['waitTarget'] {
  if (!wait) return undefined;
  const rest = { ...wait };
  delete rest.averageHours;
  return Object.keys(rest).length ? rest : undefined;
}
