import type { Marketplace, Site } from '@app/domain';

/**
 * A site can answer a marketplace's buyers when it speaks every language they write in
 * (a marketplace listing ["en", "es"] needs both, since any message may come in either).
 */
export function siteServesMarketplace(site: Site, marketplace: Marketplace): boolean {
  return speaksEvery(site.languages, marketplace);
}

/** Whether speakers of `languages` can answer every message of the marketplace (an agent pool's test). */
export function speaksEvery(languages: readonly string[], marketplace: Pick<Marketplace, 'languages'>): boolean {
  const spoken = new Set(languages.map((l) => l.toLowerCase()));
  return marketplace.languages.length > 0 && marketplace.languages.every((l) => spoken.has(l.toLowerCase()));
}
