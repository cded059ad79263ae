/** The rules of an account's e-mail and password. A password is long enough to resist guessing, short enough to hash. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Why the password cannot be used, or null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must have at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim().length === 0) return 'must not be only spaces';
  return null;
}

/** Something@something.something: enough to catch a typo, not a mail server's grammar. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The one spelling of an address an account is found by. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
