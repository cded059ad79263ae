import { DateTime } from 'luxon';
import { validateCronExpression } from 'cron';
import { availableParallelism } from 'os';
import { isAbsolute, resolve } from 'path';
import { EMAIL_PATTERN, normaliseEmail, passwordProblem } from '@app/access';
import type { AuthConfig } from '../auth/auth.config';
import type { JobsConfig } from '../jobs/jobs.config';

/** Where the planning data lives: an embedded SQLite file (or `:memory:`) or a PostgreSQL database. */
export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string };

/** Everything the app reads from its environment, parsed and checked once at start. */
export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Import the demo organisation when the database holds no organisation yet. */
  seedDemo: boolean;
  /** The Monday "YYYY-MM-DD" the seeded demo's horizon starts on; null or absent: the Monday of the current UTC week. */
  demoStart?: string | null;
  /** Folder holding the web UI's build (index.html and assets). */
  webDist: string;
  /** Cron expression (UTC) of the nightly refresh of live scenarios; null or absent: no scheduled refresh. */
  refreshCron?: string | null;
  /** Where background jobs run (absent: embedded, one at a time per core). */
  jobs?: JobsConfig;
  /** Sign-in (absent: {@link defaultAuthConfig} in the working directory). */
  auth?: AuthConfig;
}

/** The embedded default: jobs in this process, one solve per core. */
export function defaultJobsConfig(): JobsConfig {
  const cores = availableParallelism();
  return { redisUrl: null, queuePrefix: 'followsun', concurrency: cores, solveConcurrency: cores, lockSeconds: 30, stalledCheckSeconds: 15, shutdownGraceSeconds: 20 };
}

export const DEFAULT_ADMIN_EMAIL = 'admin@followsun.local';
export const DEFAULT_INITIAL_ADMIN_FILE = 'data/initial-admin.txt';
export const DEFAULT_SESSION_HOURS = 168;

/** A generated first manager at admin@followsun.local, week-long sessions, no other trusted origin. */
export function defaultAuthConfig(cwd = process.cwd()): AuthConfig {
  return {
    adminEmail: DEFAULT_ADMIN_EMAIL,
    adminPassword: null,
    initialAdminFile: resolvePath(DEFAULT_INITIAL_ADMIN_FILE, cwd),
    sessionHours: DEFAULT_SESSION_HOURS,
    trustedOrigins: [],
  };
}

export const DEFAULT_SQLITE_PATH = 'data/followsun.sqlite';
export const DEFAULT_WEB_DIST = 'dist/web';
/** 02:00 UTC every day. */
export const DEFAULT_REFRESH_CRON = '0 2 * * *';

/** A configuration the app cannot start with; the message lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Environment = Record<string, string | undefined>;

/**
 * Parses PORT, DATABASE_URL, DATABASE_SCHEMA, SEED_DEMO, DEMO_START, WEB_DIST, REFRESH_CRON and the jobs'
 * REDIS_URL, JOBS_PREFIX, JOB_CONCURRENCY, SOLVE_CONCURRENCY, JOB_LOCK_SECONDS,
 * JOB_STALLED_CHECK_SECONDS, JOB_SHUTDOWN_GRACE_SECONDS, and sign-in's FOLLOWSUN_ADMIN_EMAIL,
 * FOLLOWSUN_ADMIN_PASSWORD, SESSION_HOURS, TRUSTED_ORIGINS; relative paths resolve against `cwd`.
 */
export function parseAppConfig(env: Environment, cwd: string): AppConfig {
  const problems: string[] = [];
  const port = parsePort(env.PORT, problems);
  const database = parseDatabase(env.DATABASE_URL, env.DATABASE_SCHEMA, cwd, problems);
  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, true, problems);
  const demoStart = parseMonday('DEMO_START', env.DEMO_START, problems);
  const webDist = resolvePath(nonEmpty(env.WEB_DIST) ?? DEFAULT_WEB_DIST, cwd);
  const refreshCron = parseRefreshCron(env.REFRESH_CRON, problems);
  const jobs = parseJobsConfig(env, problems);
  const auth = parseAuthConfig(env, cwd, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { port, database: database as DatabaseConfig, seedDemo, demoStart, webDist, refreshCron, jobs, auth };
}

function parseAuthConfig(env: Environment, cwd: string, problems: string[]): AuthConfig {
  const defaults = defaultAuthConfig(cwd);
  const adminEmail = normaliseEmail(nonEmpty(env.FOLLOWSUN_ADMIN_EMAIL) ?? defaults.adminEmail);
  if (!EMAIL_PATTERN.test(adminEmail)) problems.push(`FOLLOWSUN_ADMIN_EMAIL must be an e-mail address, got "${adminEmail}"`);
  // Not trimmed: spaces may be part of a password.
  const adminPassword = env.FOLLOWSUN_ADMIN_PASSWORD ? env.FOLLOWSUN_ADMIN_PASSWORD : null;
  const problem = adminPassword === null ? null : passwordProblem(adminPassword);
  if (problem) problems.push(`FOLLOWSUN_ADMIN_PASSWORD ${problem}`);
  const trustedOrigins = (nonEmpty(env.TRUSTED_ORIGINS) ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of trustedOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`TRUSTED_ORIGINS must list origins such as https://wfm.example.com (scheme and host, no path), got "${origin}"`);
  }
  return {
    ...defaults,
    adminEmail,
    adminPassword,
    sessionHours: parsePositive('SESSION_HOURS', env.SESSION_HOURS, defaults.sessionHours, problems),
    trustedOrigins,
  };
}

/** The jobs' settings alone (the worker process reads these and the database). */
export function parseJobsConfig(env: Environment, problems: string[]): JobsConfig {
  const defaults = defaultJobsConfig();
  const redisUrl = nonEmpty(env.REDIS_URL) ?? null;
  if (redisUrl !== null && !/^rediss?:\/\/[^/]/.test(redisUrl)) problems.push(`REDIS_URL must start with redis:// or rediss://, got "${redact(redisUrl)}"`);
  const prefix = nonEmpty(env.JOBS_PREFIX) ?? defaults.queuePrefix;
  if (!/^[A-Za-z0-9_.:-]+$/.test(prefix)) problems.push(`JOBS_PREFIX must be letters, digits, _ . : or -, got "${prefix}"`);
  return {
    redisUrl,
    queuePrefix: prefix,
    concurrency: parsePositive('JOB_CONCURRENCY', env.JOB_CONCURRENCY, defaults.concurrency, problems, true),
    solveConcurrency: parsePositive('SOLVE_CONCURRENCY', env.SOLVE_CONCURRENCY, defaults.solveConcurrency, problems, true),
    lockSeconds: parsePositive('JOB_LOCK_SECONDS', env.JOB_LOCK_SECONDS, defaults.lockSeconds, problems),
    stalledCheckSeconds: parsePositive('JOB_STALLED_CHECK_SECONDS', env.JOB_STALLED_CHECK_SECONDS, defaults.stalledCheckSeconds, problems),
    shutdownGraceSeconds: parsePositive('JOB_SHUTDOWN_GRACE_SECONDS', env.JOB_SHUTDOWN_GRACE_SECONDS, defaults.shutdownGraceSeconds, problems),
  };
}

function parsePositive(name: string, text: string | undefined, fallback: number, problems: string[], whole = false): number {
  const value = nonEmpty(text);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (whole && !Number.isInteger(number))) {
    problems.push(`${name} must be a ${whole ? 'whole ' : ''}number above 0, got "${value}"`);
    return fallback;
  }
  return number;
}

/** Only the database part, for tools (the CLI) that do not serve HTTP. */
export function parseDatabaseConfig(env: Environment, cwd: string): DatabaseConfig {
  const problems: string[] = [];
  const database = parseDatabase(env.DATABASE_URL, env.DATABASE_SCHEMA, cwd, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return database as DatabaseConfig;
}

function parsePort(text: string | undefined, problems: string[]): number {
  const value = nonEmpty(text);
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535, got "${value}"`);
    return 0;
  }
  return port;
}

function parseDatabase(
  urlText: string | undefined,
  schemaText: string | undefined,
  cwd: string,
  problems: string[],
): DatabaseConfig | undefined {
  const url = nonEmpty(urlText);
  const schema = nonEmpty(schemaText);
  if (url === undefined || url.startsWith('sqlite:')) {
    if (schema !== undefined) problems.push('DATABASE_SCHEMA applies to PostgreSQL only; DATABASE_URL selects SQLite');
    const path = url === undefined ? DEFAULT_SQLITE_PATH : url.slice('sqlite:'.length);
    if (path.length === 0) {
      problems.push('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/followsun.sqlite or sqlite::memory:');
      return undefined;
    }
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolvePath(path, cwd) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) problems.push(`DATABASE_URL has no host: "${redact(url)}"`);
    } catch {
      problems.push(`DATABASE_URL is not a valid URL: "${redact(url)}"`);
    }
    if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
      problems.push(`DATABASE_SCHEMA must be a plain identifier (letters, digits, _), got "${schema}"`);
    }
    return schema === undefined ? { kind: 'postgres', url } : { kind: 'postgres', url, schema };
  }
  problems.push(`DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got "${redact(url)}"`);
  return undefined;
}

function parseBoolean(name: string, text: string | undefined, fallback: boolean, problems: string[]): boolean {
  const value = nonEmpty(text)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  problems.push(`${name} must be true or false, got "${text}"`);
  return fallback;
}

/** A Monday "YYYY-MM-DD", or null when not set. */
function parseMonday(name: string, text: string | undefined, problems: string[]): string | null {
  const value = nonEmpty(text);
  if (value === undefined) return null;
  const date = DateTime.fromISO(value, { zone: 'utc' });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && date.isValid && date.weekday === 1) return value;
  problems.push(`${name} must be a Monday written YYYY-MM-DD, got "${text}"`);
  return null;
}

/** A five- or six-field cron expression, evaluated in UTC; "off" turns the scheduled refresh off. */
function parseRefreshCron(text: string | undefined, problems: string[]): string | null {
  const value = nonEmpty(text);
  if (value === undefined) return DEFAULT_REFRESH_CRON;
  if (['off', 'false', 'none'].includes(value.toLowerCase())) return null;
  if (!validateCronExpression(value).valid) {
    problems.push(`REFRESH_CRON must be a cron expression such as "0 2 * * *" (02:00 UTC daily) or "off", got "${value}"`);
    return null;
  }
  return value;
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function resolvePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** Keeps passwords out of error messages and logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
