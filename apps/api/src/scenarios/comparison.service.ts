import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { availableParallelism } from 'os';
import { compareEffectiveScenarios, comparisonToCsv, type EffectiveScenario, type ScenarioPipeline } from '@app/scenarios';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import type { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ComparisonDto, ComparisonStartedDto, ComparisonSummaryDto, CreateComparisonDto, mapComparison, mapComparisonSummary } from './comparison.dto';
import { ComparisonEntity } from './comparison.entity';
import { ComparisonRepository } from './comparison.repository';
import { checkHorizon } from './horizon-check.util';
import { ScenarioInputsService } from './scenario-inputs.service';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';

/** What a comparison job needs; `previous` is the stored row a re-run replaces. */
interface ComparisonOrder {
  id: string;
  request: Required<Pick<CreateComparisonDto, 'scenarioIds'>> & CreateComparisonDto;
  scenarios: EffectiveScenario[];
  previous: ComparisonEntity | null;
}

/** Side-by-side comparisons of stored scenarios: run as jobs (progress per scenario), stored, re-runnable, exported. */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly comparisons: ComparisonRepository,
    private readonly inputs: ScenarioInputsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(SCENARIO_PIPELINE) private readonly pipeline: ScenarioPipeline,
  ) {
    jobs.register<ComparisonOrder, unknown>('comparison', (order, context) => this.execute(order, context));
  }

  async start(request: CreateComparisonDto): Promise<ComparisonStartedDto> {
    return this.launch(await this.order(randomUUID(), request, null));
  }

  /** Runs the comparison again on the setup and definitions as they are now, replacing its result. */
  async rerun(id: string): Promise<ComparisonStartedDto> {
    const row = await this.require(id);
    const request: CreateComparisonDto = {
      scenarioIds: row.scenarioIds,
      ...(row.weeks !== null ? { weeks: row.weeks } : {}),
      ...(row.replications !== null ? { replications: row.replications } : {}),
      ...(row.timeLimitSeconds !== null ? { timeLimitSeconds: row.timeLimitSeconds } : {}),
    };
    return this.launch(await this.order(id, request, row));
  }

  async list(): Promise<ComparisonSummaryDto[]> {
    return (await this.comparisons.list()).map(mapComparisonSummary);
  }

  async get(id: string): Promise<ComparisonDto> {
    return mapComparison(await this.require(id));
  }

  /** One row per figure, one column per scenario, for finance's spreadsheet. */
  async csv(id: string): Promise<{ body: string; fileName: string }> {
    const row = await this.require(id);
    return { body: comparisonToCsv(row.result), fileName: `comparison-${row.ranAt.slice(0, 10)}-${id.slice(0, 8)}.csv` };
  }

  private async require(id: string): Promise<ComparisonEntity> {
    const row = await this.comparisons.getById(id);
    if (!row) throw notFound('comparison', id);
    return row;
  }

  private async order(id: string, request: CreateComparisonDto, previous: ComparisonEntity | null): Promise<ComparisonOrder> {
    const base = await this.inputs.base();
    const definitions = await this.inputs.definitions(request.scenarioIds, '/scenarioIds');
    checkHorizon(base, { weeks: request.weeks });
    return { id, request, scenarios: definitions.map((definition) => this.inputs.apply(base, definition)), previous };
  }

  private async launch(order: ComparisonOrder): Promise<ComparisonStartedDto> {
    const jobId = await this.jobs.start('comparison', order);
    return { jobId, comparisonId: order.id };
  }

  private async execute(order: ComparisonOrder, { progress, signal }: JobContext): Promise<unknown> {
    const { id, request, previous } = order;
    {
      const result = await compareEffectiveScenarios(order.scenarios, {
        pipeline: this.pipeline,
        weeks: request.weeks,
        replications: request.replications,
        timeLimitSeconds: request.timeLimitSeconds,
        // plans solve in worker threads: one scenario per core
        concurrency: availableParallelism(),
        signal,
        onProgress: ({ stage, scenarioId, fraction, message }) => progress(stage, { ...(scenarioId ? { scenarioId } : {}), fraction, message }),
      });
      // a job cancelled after its last step stores nothing
      if (signal.aborted) throw new Error('cancelled');
      const now = this.clock.now().toISOString();
      await this.comparisons.save(
        Object.assign(new ComparisonEntity(), {
          id,
          scenarioIds: request.scenarioIds,
          weeks: request.weeks ?? null,
          replications: request.replications ?? null,
          timeLimitSeconds: request.timeLimitSeconds ?? null,
          createdAt: previous?.createdAt ?? now,
          ranAt: now,
          runs: (previous?.runs ?? 0) + 1,
          result,
        }),
      );
      return {
        comparisonId: id,
        scenarios: result.scenarios.map((column) => ({ id: column.id, status: column.status, costPerMonth: column.cost.perMonth, slaPlanned: column.sla.planned })),
      };
    }
  }
}
