import type { Marketplace } from '@app/domain';
import type { PlatformPreset } from '../api/get-presets';
import { applyPreset, draftToMarketplace, emptyMarketplaceDraft, marketplaceToDraft, sharesTotalPercent } from './marketplace-draft';

const amazonUs: Marketplace = {
  id: 'amazon-us',
  name: 'Amazon US',
  platform: 'amazon',
  timeZone: 'America/New_York',
  country: 'US',
  languages: ['en', 'es'],
  replyClock: { kind: 'calendar' },
  classes: [
    { id: 'urgent', name: 'Urgent', share: 0.15, replyDeadlineHours: 4, handleMinutes: 9 },
    { id: 'standard', name: 'Standard', share: 0.75, replyDeadlineHours: 24, handleMinutes: 5, realTime: { serviceLevel: 0.8, answerWithinSeconds: 60 } },
    { id: 'no-reply', name: 'No reply needed', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
  ],
  waitTarget: { averageHours: 6, lateShare: { afterHours: 12, maxShare: 0.05 } },
};

describe('marketplace draft', () => {
  it('round-trips a marketplace unchanged, keeping fields the form does not edit', () => {
    const result = draftToMarketplace(marketplaceToDraft(amazonUs));
    expect(result).toEqual({ ok: true, value: amazonUs });
  });

  it('shows shares as percentages and "no reply needed" as a blank deadline', () => {
    const draft = marketplaceToDraft(amazonUs);
    expect(draft.classes.map((c) => [c.sharePercent, c.replyDeadlineHours])).toEqual([
      ['15', '4'],
      ['75', '24'],
      ['10', ''],
    ]);
    expect(sharesTotalPercent(draft.classes)).toBe(100);
  });

  it('turns edits into a business-hours clock, a new share split and a dropped average wait cap', () => {
    const draft = marketplaceToDraft(amazonUs);
    const edited = {
      ...draft,
      clockKind: 'business' as const,
      clockDays: [1, 2, 3, 4, 5] as const,
      clockOpen: '09:00',
      clockClose: '17:30',
      holidaysStopClock: true,
      averageWaitHours: '',
      languages: 'en',
      classes: draft.classes.map((c, i) => ({ ...c, sharePercent: ['20', '70', '10'][i] })),
    };
    const result = draftToMarketplace({ ...edited, clockDays: [...edited.clockDays] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.replyClock).toEqual({ kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:30', holidaysStopClock: true });
    expect(result.value.classes.map((c) => c.share)).toEqual([0.2, 0.7, 0.1]);
    expect(result.value.waitTarget).toEqual({ lateShare: { afterHours: 12, maxShare: 0.05 } });
    expect(result.value.languages).toEqual(['en']);
  });

  it('names each unreadable value by the same path the API uses', () => {
    const draft = marketplaceToDraft(amazonUs);
    draft.name = ' ';
    draft.classes[1] = { ...draft.classes[1], sharePercent: 'lots', handleMinutes: '' };
    const result = draftToMarketplace(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.errors)).toEqual({
      name: ['Name is required.'],
      'classes.1.share': ['Share must be a number (got "lots").'],
      'classes.1.handleMinutes': ['Handle time is required.'],
    });
  });

  it('asks for at least one class', () => {
    const draft = { ...emptyMarketplaceDraft(), id: 'shop', name: 'Shop', timeZone: 'UTC', country: 'US' };
    const result = draftToMarketplace(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.get('classes')).toEqual(['Add at least one priority class.']);
  });

  it('fills the clock, classes and wait target from a platform preset', () => {
    const preset: PlatformPreset = {
      platform: 'shopify',
      replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '08:00', close: '20:00', holidaysStopClock: false },
      classes: [
        { id: 'urgent', name: 'Urgent', share: 0.1, replyDeadlineHours: 4, handleMinutes: 8 },
        { id: 'standard', name: 'Standard', share: 0.9, replyDeadlineHours: 24, handleMinutes: 5 },
      ],
      waitTarget: { averageHours: 8 },
      notes: 'Shopify sets no platform SLA: these are the store’s own targets.',
    };
    const draft = applyPreset({ ...emptyMarketplaceDraft(), id: 'shopify-us', name: 'Shopify US', timeZone: 'America/Chicago', country: 'US', languages: 'en' }, preset);
    const result = draftToMarketplace(draft);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'shopify-us',
        name: 'Shopify US',
        platform: 'shopify',
        timeZone: 'America/Chicago',
        country: 'US',
        languages: ['en'],
        replyClock: preset.replyClock,
        classes: preset.classes,
        waitTarget: { averageHours: 8 },
      },
    });
  });

  it('reports no total while a share is blank', () => {
    const draft = marketplaceToDraft(amazonUs);
    draft.classes[0] = { ...draft.classes[0], sharePercent: '' };
    expect(sharesTotalPercent(draft.classes)).toBeNull();
  });
});
