import type { Marketplace } from '@app/domain';
import type { RotaAssignment } from './rota.types';
import type { SiteRosterState } from './site-roster-state';

/**
 * The filled seats as rows people read. Marketplaces of a row: those whose buyers write a
 * language the agent speaks and — when the shift asks for languages — one of those.
 */
export function assignmentsOf(state: SiteRosterState, marketplaces: Marketplace[]): RotaAssignment[] {
  const site = state.site;
  const rows: RotaAssignment[] = [];
  for (const seat of site.seats) {
    const a = state.holder[seat.id];
    if (a < 0) continue;
    const agent = site.agents[a];
    const marketplaceIds = marketplaces
      .filter((m) => m.languages.some((language) => agent.languages.has(language)))
      .filter((m) => !seat.languages.length || m.languages.some((language) => seat.languages.includes(language)))
      .map((m) => m.id)
      .sort();
    rows.push({
      agentId: agent.agent.id,
      agentName: agent.agent.name,
      siteId: site.site.id,
      siteName: site.site.name,
      timeZone: site.site.timeZone,
      templateId: seat.shift.templateId,
      date: seat.shift.date,
      localStart: seat.shift.localStart,
      endDate: seat.endDate,
      localEnd: seat.localEnd,
      startUtc: seat.shift.startUtc,
      endUtc: seat.shift.endUtc,
      paidHours: seat.paidHours,
      languages: seat.languages,
      ...(seat.group !== null ? { group: seat.group } : {}),
      marketplaceIds,
      night: seat.night,
      weekend: seat.weekend,
      holiday: seat.holiday?.name ?? null,
      pinned: state.pinned[seat.id] === 1,
    });
  }
  return rows;
}
