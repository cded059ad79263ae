import { Inject, Injectable } from '@nestjs/common';
import { baseEffectiveScenario, costServiceFrontier, type EffectiveScenario, type ScenarioPipeline } from '@app/scenarios';
import { InvalidInputException } from '../common/invalid-input.exception';
import type { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { AnalysisStartedDto, CreateFrontierDto, DEFAULT_WAIT_TARGETS } from './frontier.dto';
import { checkHorizon } from './horizon-check.util';
import { ScenarioInputsService } from './scenario-inputs.service';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';

/** What a frontier job runs on: the setup as it was when it was asked for. */
interface FrontierJob {
  effective: EffectiveScenario;
  waitTargets: number[];
  request: CreateFrontierDto;
}

/** The cost–service frontier of one setup: a plan per wait (and SLA) target, as a job whose result is the points. */
@Injectable()
export class FrontierService {
  constructor(
    private readonly inputs: ScenarioInputsService,
    private readonly jobs: JobsService,
    @Inject(SCENARIO_PIPELINE) private readonly pipeline: ScenarioPipeline,
  ) {
    jobs.register<FrontierJob, unknown>('frontier', (job, context) => this.execute(job, context));
  }

  async start(request: CreateFrontierDto): Promise<AnalysisStartedDto> {
    const base = await this.inputs.base();
    const effective = request.scenarioId
      ? this.inputs.apply(base, await this.inputs.definition(request.scenarioId, '/scenarioId'))
      : baseEffectiveScenario(base, 'base', base.name);
    const known = new Set(effective.scenario.marketplaces.map((marketplace) => marketplace.id));
    const unknown = (request.marketplaceIds ?? []).flatMap((id, index) =>
      known.has(id) ? [] : [{ path: `/marketplaceIds/${index}`, message: `Marketplace "${id}" does not exist.` }],
    );
    if (unknown.length) throw new InvalidInputException('request body', unknown);
    checkHorizon(base, { weeks: request.weeks });
    const waitTargets = request.waitTargets ?? DEFAULT_WAIT_TARGETS;
    const jobId = await this.jobs.start('frontier', { effective, waitTargets, request } satisfies FrontierJob);
    return { jobId };
  }

  /** The points, stored as the job's result (GET /api/jobs/:id keeps them after a restart). */
  private async execute({ effective, waitTargets, request }: FrontierJob, { progress, signal }: JobContext): Promise<unknown> {
    const frontier = await costServiceFrontier(effective, {
      pipeline: this.pipeline,
      waitTargets,
      slaTargets: request.slaTargets,
      marketplaceIds: request.marketplaceIds,
      weeks: request.weeks,
      timeLimitSeconds: request.timeLimitSeconds,
      signal,
      onProgress: ({ stage, fraction, message }) => progress(stage, { fraction, message }),
    });
    return { scenarioId: effective.id, ...frontier };
  }
}
