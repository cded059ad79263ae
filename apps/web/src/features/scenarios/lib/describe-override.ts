import { describeWeekdays } from '../../../lib/weekdays';
import type { LocalWeeklyWindow, Override } from '../api/scenario.types';

export interface OverrideNames {
  marketplace: (id: string) => string;
  site: (id: string) => string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
const windows = (list: readonly LocalWeeklyWindow[]) => list.map((w) => `${describeWeekdays(w.days)} ${w.start}–${w.end}`).join('; ');
const range = (start: string, end: string) => (start === end ? start : `${start} to ${end}`);

/** One override in a sentence, for the scenario list. */
export function describeOverride(override: Override, names: OverrideNames): string {
  switch (override.kind) {
    case 'volume-multiplier':
      return `${override.name ? `${override.name}: ` : ''}volume ×${override.multiplier} on ${range(override.start, override.end)} (buyers’ dates) for ${override.marketplaceIds?.length ? override.marketplaceIds.map(names.marketplace).join(', ') : 'every marketplace'}`;
    case 'deflection':
      return `${percent(override.rate)} of ${names.marketplace(override.marketplaceId)} “${override.classId}” messages deflected to self-service`;
    case 'site-availability':
      return `${override.name ? `${override.name}: ` : ''}${names.site(override.siteId)} ${override.availabilityCap === 0 ? 'closed' : `at most ${percent(override.availabilityCap)} on duty`} ${range(override.start, override.end)}`;
    case 'cost-change': {
      const parts = [override.hourlyCost !== undefined ? `hourly cost ${override.hourlyCost}` : `wage rise ${override.wageRisePercent ?? 0} %`];
      if (override.premiums) parts.push(`premiums ${Object.entries(override.premiums).map(([key, value]) => `${key} ×${value}`).join(', ')}`);
      if (override.nightHours) parts.push(`night ${override.nightHours.start}–${override.nightHours.end}`);
      return `${names.site(override.siteId)}: ${parts.join(', ')}`;
    }
    case 'add-site':
      return `New team ${override.site.name} (${override.site.timeZone}), up to ${override.site.maxHeadcount} agents at ${override.site.hourlyCost} ${override.site.currency}/h, shifts starting ${override.shiftTemplates.flatMap((t) => t.startTimes).join(', ')}`;
    case 'vendor':
      return `Vendor ${override.vendor.name}: ${windows(override.vendor.serviceHours)} (${override.vendor.timeZone}), ${override.vendor.pricePerMessage} ${override.vendor.currency} per message, up to ${override.vendor.capacityPerHour} an hour`;
    case 'auto-reply':
      return `Auto-reply on ${names.marketplace(override.marketplaceId)}: ${windows(override.windows)} (buyers’ time)`;
  }
}
