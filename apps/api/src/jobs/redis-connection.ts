import type { RedisOptions } from 'ioredis';

/** ioredis options for a redis:// URL (host, port, user, password, database number), as BullMQ needs them. */
export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's workers block on Redis: they must wait for it, not fail a command
    maxRetriesPerRequest: null,
  };
}

/** The channel cancellations go out on, to whichever worker runs the job. */
export function cancelChannel(prefix: string): string {
  return `${prefix}:jobs:cancel`;
}

/** The one BullMQ queue every kind of job goes through (named per job by its kind). */
export const JOBS_QUEUE = 'jobs';
