import type { AgentAdherence, MarketplaceActuals, MonitorReport, PromiseCheck, ReplanResult, ServiceFigures } from '../api/monitor.types';

/** What the rows need to know of a marketplace: its name, classes and clock. */
export interface MarketplaceNames {
  id: string;
  name: string;
  timeZone: string;
  classes: ReadonlyArray<{ id: string; name: string }>;
}

const orderOf = (marketplaces: readonly MarketplaceNames[]) => (id: string) => {
  const index = marketplaces.findIndex((m) => m.id === id);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
};

export const marketplaceName = (marketplaces: readonly MarketplaceNames[], id: string) => marketplaces.find((m) => m.id === id)?.name ?? id;

/** The report's whole-marketplace entries (classId null), in setup order. */
export function marketplaceTotals(report: MonitorReport, marketplaces: readonly MarketplaceNames[]): MarketplaceActuals[] {
  const order = orderOf(marketplaces);
  return report.marketplaces.filter((entry) => entry.classId === null).sort((a, b) => order(a.marketplaceId) - order(b.marketplaceId));
}

/** One hour of the actual-vs-plan chart. */
export interface MonitorChartRow {
  utcMs: number;
  /** Buyer-local start as the report names it ("2026-11-30T09:00"). */
  localStart: string;
  received: number;
  forecast: number | null;
  late: number;
  actualBacklog: number;
  plannedBacklog: number | null;
}

export function monitorChartRows(entry: MarketplaceActuals): MonitorChartRow[] {
  return entry.hours.map((hour) => ({
    utcMs: Date.parse(hour.startUtc),
    localStart: hour.localStart,
    received: hour.received,
    forecast: hour.forecast,
    late: hour.late,
    actualBacklog: hour.actualBacklog,
    plannedBacklog: hour.plannedBacklog,
  }));
}

/** One line of the late-messages table: a marketplace in total, or one of its classes. */
export interface LateRow {
  key: string;
  marketplaceId: string;
  marketplaceName: string;
  /** "All classes" for the marketplace's total line. */
  classLabel: string;
  /** The class's name up to its first colon ("Urgent" of "Urgent: A-to-z claims, …"). */
  classShortLabel: string;
  total: boolean;
  figures: ServiceFigures;
}

/** Every marketplace's total, then its classes, in setup order. */
export function lateRows(report: MonitorReport, marketplaces: readonly MarketplaceNames[]): LateRow[] {
  const order = orderOf(marketplaces);
  const entries = [...report.marketplaces].sort((a, b) => order(a.marketplaceId) - order(b.marketplaceId) || (a.classId === null ? -1 : b.classId === null ? 1 : 0));
  return entries.map((entry) => {
    const marketplace = marketplaces.find((m) => m.id === entry.marketplaceId);
    const classLabel = entry.classId === null ? 'All classes' : (marketplace?.classes.find((c) => c.id === entry.classId)?.name ?? entry.classId);
    return {
      key: `${entry.marketplaceId}|${entry.classId ?? ''}`,
      marketplaceId: entry.marketplaceId,
      marketplaceName: marketplace?.name ?? entry.marketplaceId,
      classLabel,
      classShortLabel: classLabel.split(':')[0].trim() || classLabel,
      total: entry.classId === null,
      figures: entry.actual,
    };
  });
}

export interface AdherenceRow {
  key: string;
  /** The rota's name for the agent, else the export's. */
  name: string;
  /** The export names an agent the rota does not know. */
  unknown: boolean;
  siteName: string;
  agent: AgentAdherence;
}

/** Agents with scheduled hours first (most hours without replies first), then names the rota does not know. */
export function adherenceRows(agents: readonly AgentAdherence[], sites: ReadonlyArray<{ id: string; name: string }>): AdherenceRow[] {
  return [...agents]
    .sort((a, b) => Number(a.agentId === null) - Number(b.agentId === null) || b.scheduledHoursWithoutReplies - a.scheduledHoursWithoutReplies || (a.agentName ?? a.exportName ?? '').localeCompare(b.agentName ?? b.exportName ?? ''))
    .map((agent, index) => ({
      key: `${agent.agentId ?? agent.exportName ?? 'unknown'}-${index}`,
      name: agent.agentName ?? agent.exportName ?? 'Not named in the export',
      unknown: agent.agentId === null,
      siteName: agent.siteId ? (sites.find((s) => s.id === agent.siteId)?.name ?? agent.siteId) : '—',
      agent,
    }));
}

export function promiseRows(promises: readonly PromiseCheck[], marketplaces: readonly MarketplaceNames[]): Array<PromiseCheck & { marketplaceName: string }> {
  const order = orderOf(marketplaces);
  return [...promises].sort((a, b) => order(a.marketplaceId) - order(b.marketplaceId)).map((check) => ({ ...check, marketplaceName: marketplaceName(marketplaces, check.marketplaceId) }));
}

/** A marketplace's outlook for the rest of the window, before and after the re-plan's changes. */
export interface ReplanOutlookRow {
  marketplaceId: string;
  marketplaceName: string;
  messages: number;
  target: number;
  lateBefore: number;
  lateAfter: number;
  slaBefore: number;
  slaAfter: number;
}

export function replanOutlookRows(result: ReplanResult, marketplaces: readonly MarketplaceNames[]): ReplanOutlookRow[] {
  const order = orderOf(marketplaces);
  return result.before
    .map((before) => {
      const after = result.after.find((o) => o.marketplaceId === before.marketplaceId) ?? before;
      return {
        marketplaceId: before.marketplaceId,
        marketplaceName: marketplaceName(marketplaces, before.marketplaceId),
        messages: before.messages,
        target: before.target,
        lateBefore: before.late,
        lateAfter: after.late,
        slaBefore: before.slaAttainment,
        slaAfter: after.slaAttainment,
      };
    })
    .sort((a, b) => order(a.marketplaceId) - order(b.marketplaceId));
}
