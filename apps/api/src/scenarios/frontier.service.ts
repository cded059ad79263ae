import { Inject, Injectable } from '@nestjs/common';
import { baseEffectiveScenario, costServiceFrontier, type ScenarioPipeline } from '@app/scenarios';
import { InvalidInputException } from '../common/invalid-input.exception';
import { JobsService } from '../jobs/jobs.service';
import { AnalysisStartedDto, CreateFrontierDto, DEFAULT_WAIT_TARGETS } from './frontier.dto';
import { checkHorizon } from './horizon-check.util';
import { ScenarioInputsService } from './scenario-inputs.service';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';

/** The cost–service frontier of one setup: a plan per wait (and SLA) target, as a job whose result is the points. */
@Injectable()
export class FrontierService {
  constructor(
    private readonly inputs: ScenarioInputsService,
    private readonly jobs: JobsService,
    @Inject(SCENARIO_PIPELINE) private readonly pipeline: ScenarioPipeline,
  ) {}

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
    const jobId = this.jobs.start('frontier', request, async ({ progress, signal }) => {
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
    });
    return { jobId };
  }
}
