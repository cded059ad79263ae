import type { Marketplace } from '@app/domain';

/**
 * Whether speakers of `languages` (a site's, or an agent pool's) can answer every message of a
 * marketplace: they speak every language its buyers write in (["en", "es"] needs both, since
 * any message may come in either).
 */
export function speaksEvery(languages: readonly string[], marketplace: Pick<Marketplace, 'languages'>): boolean {
  const spoken = new Set(languages.map((l) => l.toLowerCase()));
  return marketplace.languages.length > 0 && marketplace.languages.every((l) => spoken.has(l.toLowerCase()));
}
