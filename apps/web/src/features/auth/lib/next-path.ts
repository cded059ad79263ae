/** Where the sign-in page sends the user afterwards: an app path of this origin, never the sign-in page itself. */

export const SIGN_IN_PATH = '/sign-in';

/** `next` from the sign-in URL, if it is a path inside this app; otherwise the start page. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`) || next.startsWith(`${SIGN_IN_PATH}#`)) return '/';
  return next;
}

/** The sign-in page's URL that returns to `location` (path, query and hash) once signed in. */
export function signInPath(location: { pathname: string; search?: string; hash?: string }): string {
  const target = safeNextPath(`${location.pathname}${location.search ?? ''}${location.hash ?? ''}`);
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
