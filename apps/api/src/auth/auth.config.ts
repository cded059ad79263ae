/** How people sign in: the first manager, how long a session lasts, which other origins may write. */
export interface AuthConfig {
  /** The manager created on the first start, when the database has no user. */
  adminEmail: string;
  /** Their password; null: generate one, print it once and write it to `initialAdminFile`. */
  adminPassword: string | null;
  /** Where a generated first password is written (owner-only); null: only the log. */
  initialAdminFile: string | null;
  sessionHours: number;
  /** Origins besides the request's own host whose pages may write with the session cookie (a reverse proxy's public address). */
  trustedOrigins: string[];
}
