/**
 * Whether a browser write comes from the app's own pages: its Origin (or, without one, its
 * Referer) names the host the request was sent to, or an origin the operator trusts (a reverse
 * proxy's public address). A write with neither header is refused: browsers send Origin on
 * every cross-origin write, and a page of ours always sends one.
 */
export function isOwnOrigin(headers: { origin?: string; referer?: string; host?: string }, trustedOrigins: readonly string[]): boolean {
  const claimed = originOf(headers.origin) ?? originOf(headers.referer);
  if (claimed === null) return false;
  if (trustedOrigins.some((trusted) => originOf(trusted) === claimed)) return true;
  return headers.host !== undefined && new URL(claimed).host === headers.host.toLowerCase();
}

function originOf(text: string | undefined): string | null {
  if (text === undefined || text === '' || text === 'null') return null;
  try {
    return new URL(text).origin.toLowerCase();
  } catch {
    return null;
  }
}
