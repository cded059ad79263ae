/** "shiftTemplates" → "shift templates": the API's count keys read as words. */
function keyToWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** What an import wrote, as one sentence fragment: "5 marketplaces, 2 sites, 4 shift templates …". */
export function describeImportCounts(counts: Record<string, number>, formatCount: (n: number) => string = String): string {
  return Object.entries(counts)
    .map(([key, count]) => `${formatCount(count)} ${keyToWords(key)}`)
    .join(', ');
}
