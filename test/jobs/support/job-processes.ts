import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { join } from 'path';
import Redis from 'ioredis';
import { AppConfig, defaultAuthConfig, defaultJobsConfig } from '../../../apps/api/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';
import type { JobsConfig } from '../../../apps/api/src/jobs/jobs.config';
import { TEST_MANAGER } from '../../api/support/test-app';
import type { TestDatabase } from '../../api/support/test-database';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { sleep, until } from '../../api/support/wait';

export { sleep, until };

const ROOT = join(__dirname, '..', '..', '..');
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Quick heartbeats and stalled checks, so a killed worker's job is retried within seconds. */
export function redisJobsConfig(prefix: string): JobsConfig {
  return { ...defaultJobsConfig(), redisUrl: REDIS_URL, queuePrefix: prefix, concurrency: 1, solveConcurrency: 1, lockSeconds: 3, stalledCheckSeconds: 1, shutdownGraceSeconds: 2 };
}

/** A prefix of Redis keys of this test file's own (removed by dropPrefix). */
export function freshPrefix(): string {
  return `fstest-${randomBytes(4).toString('hex')}`;
}

export async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** Requests signed in as the API's first manager. */
export interface ApiClient {
  get(url: string): request.Test;
  post(url: string): request.Test;
}

export interface ApiProcess {
  app: INestApplication;
  http(): ApiClient;
  /** The manager's bearer token (for requests made without supertest). */
  token: string;
  close(): Promise<void>;
}

/** The API (in this process) on the given database, queueing its jobs on Redis under `prefix`, signed in as its first manager. */
export async function startApi(database: TestDatabase, jobs: JobsConfig): Promise<ApiProcess> {
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seedDemo: false,
    webDist: '/nonexistent/followsun-web-dist',
    refreshCron: null,
    jobs,
    auth: { ...defaultAuthConfig(), adminEmail: TEST_MANAGER.email, adminPassword: TEST_MANAGER.password, initialAdminFile: null },
  };
  const app = await createApp({ config, logger: false });
  const login = await request(app.getHttpServer()).post('/api/auth/login').send(TEST_MANAGER);
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.token as string;
  const client: ApiClient = {
    get: (url) => request(app.getHttpServer()).get(url).set('Authorization', `Bearer ${token}`),
    post: (url) => request(app.getHttpServer()).post(url).set('Authorization', `Bearer ${token}`),
  };
  return { app, http: () => client, token, close: () => app.close() };
}

/** The compiled worker `npm run worker` starts (after `npm run build:api`). */
export const COMPILED_WORKER = join(ROOT, 'dist/apps/api/apps/api/src/worker.js');

/** A worker process (`apps/api/src/worker.ts` under ts-node, or the compiled build as `npm run worker` runs it), with what it printed so far. */
export class WorkerProcess {
  readonly output: string[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding('utf8').on('data', (text: string) => this.output.push(text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => this.output.push(text));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  /** Starts one and waits until it is ready to take jobs. */
  static async start(database: TestDatabase, jobs: JobsConfig, env: Record<string, string> = {}, build: 'ts-node' | 'compiled' = 'ts-node'): Promise<WorkerProcess> {
    const db = database.config;
    // under ts-node a worker's solver thread compiles the libraries before its first solve: the compiled build measures what users run
    const args = build === 'compiled' ? [COMPILED_WORKER] : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/worker.ts')];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NO_COLOR: '1',
        DATABASE_URL: db.kind === 'sqlite' ? `sqlite:${db.path}` : db.url,
        ...(db.kind === 'postgres' && db.schema ? { DATABASE_SCHEMA: db.schema } : {}),
        REDIS_URL: jobs.redisUrl as string,
        JOBS_PREFIX: jobs.queuePrefix,
        JOB_CONCURRENCY: String(jobs.concurrency),
        SOLVE_CONCURRENCY: String(jobs.solveConcurrency),
        JOB_LOCK_SECONDS: String(jobs.lockSeconds),
        JOB_STALLED_CHECK_SECONDS: String(jobs.stalledCheckSeconds),
        JOB_SHUTDOWN_GRACE_SECONDS: String(jobs.shutdownGraceSeconds),
        ...env,
      },
    });
    const worker = new WorkerProcess(child);
    await worker.waitFor(/worker ready/, 90_000);
    return worker;
  }

  get pid(): number {
    return this.child.pid as number;
  }

  text(): string {
    // eslint-disable-next-line no-control-regex
    return this.output.join('').replace(/\x1b\[[0-9;]*m/g, '');
  }

  /** Lines saying the worker ran job `id` to an outcome (`job <id> (<kind>) <outcome>`). */
  outcomes(id: string): string[] {
    return this.text()
      .split('\n')
      .filter((line) => line.includes(`job ${id} (`))
      .map((line) => line.slice(line.indexOf(`job ${id} (`)).split(' ').at(-1)!.trim());
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.text())) {
      if (this.child.exitCode !== null) throw new Error(`the worker exited (${this.child.exitCode}): ${this.text()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} in the worker's output: ${this.text()}`);
      await sleep(50);
    }
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill(signal);
    return this.exited;
  }
}
