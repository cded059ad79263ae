import { PLATFORM_PRESETS, marketplaceFromPreset } from './platform-presets';
import { validateMarketplace } from './entity-validation';
import type { Platform } from './scenario.types';

const identity = { id: 'store', name: 'Store', timeZone: 'Europe/London', country: 'GB', languages: ['en'] };

describe('platform presets', () => {
  it.each(Object.keys(PLATFORM_PRESETS) as Platform[])('%s gives a valid marketplace', (platform) => {
    const marketplace = marketplaceFromPreset(platform, identity);
    expect(validateMarketplace(marketplace)).toEqual([]);
    expect(marketplace.platform).toBe(platform);
    expect(PLATFORM_PRESETS[platform].platform).toBe(platform);
    expect(PLATFORM_PRESETS[platform].notes.length).toBeGreaterThan(20);
  });

  it('Amazon: 24 h calendar clock, a 4 h urgent class and a no-reply class', () => {
    const amazon = marketplaceFromPreset('amazon', identity);
    expect(amazon.replyClock).toEqual({ kind: 'calendar' });
    const deadlines = Object.fromEntries(amazon.classes.map((c) => [c.id, c.replyDeadlineHours]));
    expect(deadlines).toEqual({ urgent: 4, standard: 24, 'no-reply': null });
  });

  it('platform rules: TikTok Shop 12 h and Walmart 48 h around the clock, eBay returns within 72 h', () => {
    const standard = (platform: Platform) => marketplaceFromPreset(platform, identity).classes.find((c) => c.id === 'standard')?.replyDeadlineHours;
    expect(standard('tiktok-shop')).toBe(12);
    expect(standard('walmart')).toBe(48);
    expect(marketplaceFromPreset('ebay', identity).classes.find((c) => c.id === 'returns')?.replyDeadlineHours).toBe(72);
    for (const platform of ['tiktok-shop', 'walmart', 'ebay'] as Platform[]) {
      expect(marketplaceFromPreset(platform, identity).replyClock.kind).toBe('calendar');
    }
  });

  it('Shopify: the store\'s own target, one business day on a business clock', () => {
    const shopify = marketplaceFromPreset('shopify', identity);
    expect(shopify.replyClock).toEqual({ kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true });
    expect(shopify.classes.find((c) => c.id === 'standard')?.replyDeadlineHours).toBe(9);
  });

  it('hands out copies: editing a marketplace leaves the preset alone', () => {
    const first = marketplaceFromPreset('amazon', identity);
    first.classes[0].replyDeadlineHours = 2;
    first.languages.push('fr');
    expect(PLATFORM_PRESETS.amazon.classes[0].replyDeadlineHours).toBe(4);
    expect(marketplaceFromPreset('amazon', identity).classes[0].replyDeadlineHours).toBe(4);
    expect(identity.languages).toEqual(['en']);
  });
});
