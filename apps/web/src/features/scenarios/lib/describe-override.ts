import { describeWeekdays } from '../../../lib/weekdays';
import type { LocalWeeklyWindow, Override } from '../api/scenario.types';

export interface OverrideNames {
  marketplace: (id: string) => string;
  site: (id: string) => string;
  /** Default: the id. */
  agent?: (id: string) => string;
  /** Shift template names; default: the id. */
  shiftTemplate?: (id: string) => string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
const windows = (list: readonly LocalWeeklyWindow[]) => list.map((w) => `${describeWeekdays(w.days)} ${w.start}–${w.end}`).join('; ');
const range = (start: string, end: string) => (start === end ? start : `${start} to ${end}`);
const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

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
    case 'hire-agents': {
      const agent = names.agent ?? ((id: string) => id);
      const template = names.shiftTemplate ?? ((id: string) => id);
      const terms = [override.likeAgentId ? `like ${agent(override.likeAgentId)}` : ''];
      if (override.languages) terms.push(`speaking ${override.languages.join(', ')}`);
      if (override.contractHoursPerWeek !== undefined) terms.push(`${override.contractHoursPerWeek} h a week`);
      if (override.payBasis) terms.push(override.payBasis);
      if (override.hourlyRate !== undefined) terms.push(`at ${override.hourlyRate} an hour`);
      if (override.shiftTemplateIds) terms.push(`on ${override.shiftTemplateIds.map(template).join(', ')}`);
      return `Hire ${plural(override.count, 'agent')} at ${names.site(override.siteId)} from ${override.from}${terms.filter(Boolean).map((term) => `, ${term}`).join('')}`;
    }
    case 'agent-leave': {
      const agent = names.agent ?? ((id: string) => id);
      return `${override.agentIds.map(agent).join(', ')} on ${override.reason ?? 'leave'} ${range(override.start, override.end)}`;
    }
    case 'move-agents': {
      const agent = names.agent ?? ((id: string) => id);
      const template = names.shiftTemplate ?? ((id: string) => id);
      const who = override.agentIds ? override.agentIds.map(agent).join(', ') : `the first ${plural(override.count ?? 0, 'agent')} of ${names.site(override.fromSiteId)} by id`;
      const where = [override.toSiteId ? `to ${names.site(override.toSiteId)}` : '', override.shiftTemplateIds ? `onto ${override.shiftTemplateIds.map(template).join(', ')}` : ''];
      return `Move ${who} ${where.filter(Boolean).join(', ')}`;
    }
  }
}
