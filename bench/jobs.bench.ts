import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defaultJobsConfig } from '../apps/api/src/config/app-config';
import { JobRepository } from '../apps/api/src/jobs/job.repository';
import { JobsService } from '../apps/api/src/jobs/jobs.service';
import { planningScenario } from '../test/api/forecasts-setup.fixture';
import { createTestDatabase } from '../test/api/support/test-database';
import { ApiProcess, COMPILED_WORKER, WorkerProcess, dropPrefix, freshPrefix, redisJobsConfig, startApi } from '../test/jobs/support/job-processes';

/**
 * Independent plan jobs per round (the small two-marketplace week of the API tests, quick effort,
 * under a second each once a worker's solver thread is warm): enough that the throughput is the
 * steady state's, not each worker's start (its first solve loads the libraries and compiles HiGHS).
 */
const PLAN_JOBS = Number(process.env.BENCH_JOBS_PLANS ?? 24);
/** Short jobs (a fluid replay of a stored plan) timed one at a time for the queue's latency. */
const SHORT_JOBS = 15;

/**
 * `npm run bench -- jobs`: throughput of N independent plan jobs on 1 and on 2 BullMQ worker
 * processes (one job at a time each, the compiled build as `npm run worker` runs it), as a ratio
 * (target ≥ 1.8× on 2 cores), and the latency the
 * queue adds to a short job against the embedded default (target < 100 ms). Needs the Redis on
 * REDIS_URL / 127.0.0.1:6379; the database is a SQLite file (or DATABASE_URL's PostgreSQL).
 */
export async function jobsBenchmark(): Promise<Record<string, unknown>> {
  const database = await createTestDatabase({ persistent: true });
  const prefix = freshPrefix();
  const jobs = { ...redisJobsConfig(prefix), lockSeconds: 30, stalledCheckSeconds: 15 };
  const workers: WorkerProcess[] = [];
  let api: ApiProcess | undefined;
  try {
    // the embedded default first: the same short job without a queue
    api = await startApi(database, { ...defaultJobsConfig(), concurrency: 1, solveConcurrency: 1 });
    await api.http().post('/api/scenario/import').send(planningScenario()).expect(200);
    const forecast = await api.http().post('/api/forecasts').send({}).expect(202);
    await api.app.get(JobsService).wait(forecast.body.jobId);
    const seed = await api.http().post('/api/plans').send({ effort: 'quick', timeLimitSeconds: 300 }).expect(202);
    await api.app.get(JobsService).wait(seed.body.jobId);
    const planId = seed.body.planId as string;
    const embedded = await shortJobs(api, planId);
    await api.close();

    api = await startApi(database, jobs);
    buildWorker();
    workers.push(await WorkerProcess.start(database, jobs, {}, 'compiled'));
    const queued = await shortJobs(api, planId);
    await warmUp(api, 1);
    const one = await planRound(api);
    workers.push(await WorkerProcess.start(database, jobs, {}, 'compiled'));
    await warmUp(api, 2);
    const two = await planRound(api);

    const ratio = one.seconds / two.seconds;
    const addedMs = queued.medianTotalMs - embedded.medianTotalMs;
    console.log(`plan jobs: ${PLAN_JOBS} in ${one.seconds.toFixed(2)} s on 1 worker, ${two.seconds.toFixed(2)} s on 2 workers: ${ratio.toFixed(2)}× (target ≥ 1.8×)`);
    console.log(
      `short job (fluid replay), median of ${SHORT_JOBS}: ${queued.medianTotalMs.toFixed(0)} ms on a worker, ${embedded.medianTotalMs.toFixed(0)} ms embedded: the queue adds ${addedMs.toFixed(0)} ms (target < 100 ms); ` +
        `taken up ${queued.medianPickupMs.toFixed(0)} ms after it was stored (embedded ${embedded.medianPickupMs.toFixed(0)} ms)`,
    );
    return {
      planJobs: PLAN_JOBS,
      oneWorkerSeconds: one.seconds,
      twoWorkersSeconds: two.seconds,
      throughputRatio: ratio,
      throughputTargetMet: ratio >= 1.8,
      shortJob: { queued, embedded, addedLatencyMs: addedMs, latencyTargetMet: addedMs < 100 },
      database: database.kind,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await api?.close().catch(() => undefined);
    await database.drop();
    await dropPrefix(prefix);
  }
}

/** The workers run the compiled build, as `npm run worker` does (under ts-node their solver threads would compile the libraries first). */
function buildWorker(): void {
  console.log('building the API for the workers (npm run build:api) …');
  execFileSync('npm', ['run', '-s', 'build:api'], { stdio: 'inherit' });
  if (!existsSync(COMPILED_WORKER)) throw new Error(`the build left no ${COMPILED_WORKER}`);
}

/**
 * Until every one of `workers` has solved a plan: a worker's first solve loads the libraries and
 * compiles HiGHS (a second or two), a start-up cost, not throughput. Two jobs per worker at once,
 * so each worker takes one while the other is busy.
 */
async function warmUp(api: ApiProcess, workers: number): Promise<void> {
  const service = api.app.get(JobsService);
  const ids: string[] = [];
  for (let i = 0; i < 2 * workers; i++) ids.push((await api.http().post('/api/plans').send({ effort: 'quick', timeLimitSeconds: 300 }).expect(202)).body.jobId);
  await Promise.all(ids.map((id) => service.wait(id)));
  const repository = api.app.get(JobRepository);
  const seen = new Set(await Promise.all(ids.map(async (id) => (await repository.getById(id))?.worker)));
  if (seen.size < workers) throw new Error(`the warm-up plans ran on ${seen.size} of ${workers} workers`);
}

/** PLAN_JOBS plan jobs queued at once (every worker warm); seconds from the first POST to the last one finished. */
async function planRound(api: ApiProcess): Promise<{ seconds: number }> {
  const service = api.app.get(JobsService);
  const started = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < PLAN_JOBS; i++) ids.push((await api.http().post('/api/plans').send({ effort: 'quick', timeLimitSeconds: 300 }).expect(202)).body.jobId);
  const finished = await Promise.all(ids.map((id) => service.wait(id)));
  const failed = finished.filter((job) => job.status !== 'succeeded');
  if (failed.length) throw new Error(`${failed.length} plan job(s) did not succeed: ${failed.map((job) => job.error).join('; ')}`);
  return { seconds: (Date.now() - started) / 1000 };
}

/** One short job at a time: from stored to taken up, and from stored to finished, per the job records. */
async function shortJobs(api: ApiProcess, planId: string): Promise<{ medianPickupMs: number; medianTotalMs: number }> {
  const service = api.app.get(JobsService);
  const pickup: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < SHORT_JOBS; i++) {
    const id = (await api.http().post('/api/simulations').send({ planId, mode: 'fluid' }).expect(202)).body.jobId;
    const job = await service.wait(id);
    if (job.status !== 'succeeded') throw new Error(`short job ${id} ${job.status}: ${job.error}`);
    pickup.push(Date.parse(job.startedAt!) - Date.parse(job.createdAt));
    total.push(Date.parse(job.finishedAt!) - Date.parse(job.createdAt));
  }
  return { medianPickupMs: median(pickup), medianTotalMs: median(total) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
