import type { Marketplace, Site } from '@app/domain';

/**
 * A site can answer a marketplace's buyers when it speaks every language they write in
 * (a marketplace listing ["en", "es"] needs both, since any message may come in either).
 */
export function siteServesMarketplace(site: Site, marketplace: Marketplace): boolean {
  const spoken = new Set(site.languages.map((l) => l.toLowerCase()));
  return marketplace.languages.length > 0 && marketplace.languages.every((l) => spoken.has(l.toLowerCase()));
}
