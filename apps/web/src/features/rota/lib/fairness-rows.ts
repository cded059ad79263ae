import type { SiteFairness, SpreadStat } from '../api/rota.types';

export interface FairnessRow {
  key: string;
  siteId: string;
  measure: string;
  /** "2–5" (fewest–most per agent). */
  range: string;
  spread: number;
  /** Spread after each agent's fair share (contract hours, availability) is taken off: 0 is perfectly fair. */
  shareAdjustedSpread: number;
  total: number;
}

const MEASURES: Array<{ key: keyof Omit<SiteFairness, 'siteId' | 'agents'>; label: string }> = [
  { key: 'hours', label: 'Paid hours' },
  { key: 'nights', label: 'Night shifts' },
  { key: 'weekends', label: 'Weekend shifts' },
  { key: 'holidays', label: 'Holiday shifts' },
  { key: 'holidaysWithHistory', label: 'Holiday shifts incl. past seasons' },
];

const round = (value: number) => Math.round(value * 10) / 10;
const range = (stat: SpreadStat) => (stat.min === stat.max ? `${round(stat.min)}` : `${round(stat.min)}–${round(stat.max)}`);

/** Per site, how evenly hours, nights, weekends and holidays fall on its agents. */
export function fairnessRows(sites: readonly SiteFairness[]): FairnessRow[] {
  return sites.flatMap((site) =>
    MEASURES.map(({ key, label }) => {
      const stat = site[key];
      return { key: `${site.siteId}/${key}`, siteId: site.siteId, measure: label, range: range(stat), spread: round(stat.spread), shareAdjustedSpread: round(stat.shareAdjustedSpread), total: round(stat.total) };
    }),
  );
}
