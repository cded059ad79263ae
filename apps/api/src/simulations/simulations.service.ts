import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'crypto';
import { SimulationInput, SimulationProgress, simulateAsync } from '@app/simulation';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { PlansService } from '../plans/plans.service';
import { planSimulationInput } from './plan-simulation-input.util';
import { SimulationDetailDto, SimulationDto, SimulationJobDto, mapSimulation, mapSimulationDetail } from './simulation.dto';
import { SimulationEntity } from './simulation.entity';
import { SimulationRepository } from './simulation.repository';
import { CreateSimulationDto, DEFAULT_REPLICATIONS, MAX_SEED, SimulationMode } from './simulation-request.dto';

interface SimulationJob {
  simulationId: string;
  input: SimulationInput;
  mode: SimulationMode;
  replications: number;
  seed: number;
}

/** Replays stored plans message by message as jobs and keeps the results. */
@Injectable()
export class SimulationsService {
  constructor(
    private readonly plans: PlansService,
    private readonly simulations: SimulationRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {
    jobs.register<SimulationJob, SimulationDto>('simulation', (job, context) => this.execute(job, context));
  }

  /** Checks the plan can be replayed (404, 409 while it is solved, 400 without shifts), stores the run and starts its job. */
  async start(request: CreateSimulationDto): Promise<SimulationJobDto> {
    const input = planSimulationInput(request.planId, await this.plans.getPlanned(request.planId));
    const mode = request.mode ?? 'poisson';
    const job: SimulationJob = {
      simulationId: randomUUID(),
      input,
      mode,
      replications: mode === 'fluid' ? 1 : (request.replications ?? DEFAULT_REPLICATIONS),
      seed: request.seed ?? randomInt(0, MAX_SEED),
    };
    await this.simulations.insert(
      Object.assign(new SimulationEntity(), {
        id: job.simulationId,
        jobId: null,
        planId: request.planId,
        status: 'running',
        createdAt: this.now(),
        finishedAt: null,
        mode,
        replications: job.replications,
        seed: job.seed,
        slaAttainment: null,
        error: null,
        result: null,
      }),
    );
    const jobId = await this.jobs.start('simulation', job, { subjects: [{ type: 'simulation', id: job.simulationId }] });
    await this.simulations.update(job.simulationId, { jobId });
    return { jobId, simulationId: job.simulationId };
  }

  async list(planId?: string): Promise<SimulationDto[]> {
    return (await this.simulations.list(planId)).map(mapSimulation);
  }

  async get(id: string): Promise<SimulationDetailDto> {
    const row = await this.simulations.getById(id);
    if (!row) throw notFound('simulation', id);
    return mapSimulationDetail(row);
  }

  /**
   * Runs the replications (progress `replications` { completed, total, fraction }, at most one
   * event per percent), then stores the result; the job's result is the headline (GET the rest).
   */
  private async execute(job: SimulationJob, { progress, signal }: JobContext): Promise<SimulationDto> {
    let reportedPercent = -1;
    const report = (step: SimulationProgress) => {
      const percent = Math.floor(step.fraction * 100);
      if (percent === reportedPercent) return;
      reportedPercent = percent;
      progress('replications', { completed: step.completed, total: step.total, fraction: step.fraction });
    };
    const result = await simulateAsync(job.input, { mode: job.mode, replications: job.replications, seed: job.seed, signal, onProgress: report });
    if (result.status === 'aborted' || signal.aborted) throw new Error('simulation cancelled');
    await this.simulations.update(job.simulationId, {
      status: 'succeeded',
      result,
      replications: result.replications,
      slaAttainment: result.slaAttainment.mean,
      finishedAt: this.now(),
    });
    return mapSimulation((await this.simulations.getById(job.simulationId)) as SimulationEntity);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
