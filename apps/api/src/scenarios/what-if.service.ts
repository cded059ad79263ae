import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { isIsoDate, type ScenarioFile } from '@app/domain';
import { baseEffectiveScenario, peakWhatIf, validateScenarioDefinition, type EffectiveScenario, type PeakEvent, type ScenarioPipeline } from '@app/scenarios';
import { InvalidInputException } from '../common/invalid-input.exception';
import type { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { eventOverrides, overridesWindow } from './event-overrides.util';
import { AnalysisStartedDto } from './frontier.dto';
import { checkHorizon } from './horizon-check.util';
import { ScenarioInputsService } from './scenario-inputs.service';
import { SCENARIO_PIPELINE } from './scenario-pipeline.token';
import { CreateWhatIfDto } from './what-if.dto';

/** Most weeks a what-if plans (the planner's horizon limit). */
const MAX_WEEKS = 13;

/** What a what-if job runs on: the setup and event as they were when it was asked for. */
interface WhatIfJob {
  effective: EffectiveScenario;
  event: PeakEvent;
  start?: string;
  weeks?: number;
  request: CreateWhatIfDto;
}

/**
 * "What happens on Prime Day?" for a lead: the setup planned with and without the event — the
 * extra shifts per site and day, their cost — and the unchanged roster replayed under the event.
 */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly inputs: ScenarioInputsService,
    private readonly jobs: JobsService,
    @Inject(SCENARIO_PIPELINE) private readonly pipeline: ScenarioPipeline,
  ) {
    jobs.register<WhatIfJob, unknown>('what-if', (job, context) => this.execute(job, context));
  }

  async start(request: CreateWhatIfDto): Promise<AnalysisStartedDto> {
    if ((request.eventId === undefined) === (request.event === undefined)) {
      throw new InvalidInputException('request body', [{ path: '', message: 'Give either "eventId" (a stored event) or "event" { name, overrides }, not both.' }]);
    }
    if (request.start !== undefined && !isIsoDate(request.start)) {
      throw new InvalidInputException('request body', [{ path: '/start', message: `"${request.start}" is not a date YYYY-MM-DD.` }]);
    }
    const stored = await this.inputs.base();
    const { base, event } = request.eventId !== undefined ? storedEvent(stored, request.eventId) : inlineEvent(stored, request.event!);
    const effective = request.scenarioId
      ? this.inputs.apply(base, await this.inputs.definition(request.scenarioId, '/scenarioId'))
      : baseEffectiveScenario(base, 'base', base.name);

    const window = overridesWindow(event.overrides);
    const start = request.start ?? (window ? mondayOf(window.first) : undefined);
    const weeks = request.weeks ?? (window && start ? Math.min(MAX_WEEKS, weeksCovering(start, window.last)) : undefined);
    checkHorizon(base, { start, weeks });

    const jobId = await this.jobs.start('what-if', { effective, event, start, weeks, request } satisfies WhatIfJob);
    return { jobId };
  }

  /** Both plans and the replay, stored as the job's result (GET /api/jobs/:id keeps it after a restart). */
  private execute({ effective, event, start, weeks, request }: WhatIfJob, { progress, signal }: JobContext): Promise<unknown> {
    return peakWhatIf(effective, event, {
      pipeline: this.pipeline,
      start,
      weeks,
      replications: request.replications,
      timeLimitSeconds: request.timeLimitSeconds,
      signal,
      onProgress: ({ stage, scenarioId, fraction, message }) => progress(stage, { ...(scenarioId ? { scenarioId } : {}), fraction, message }),
    });
  }
}

/** A stored event: what it changes becomes the what-if, and the base is the setup without it. */
function storedEvent(setup: ScenarioFile, eventId: string): { base: ScenarioFile; event: PeakEvent } {
  const stored = setup.events.find((candidate) => candidate.id === eventId);
  if (!stored) throw new InvalidInputException('request body', [{ path: '/eventId', message: `Event "${eventId}" does not exist.` }]);
  const overrides = eventOverrides(stored);
  if (overrides.length === 0) {
    throw new InvalidInputException('request body', [
      {
        path: '/eventId',
        message: `Event "${eventId}" changes neither volume (a volumeMultiplier on marketplaces) nor availability (an availabilityCap on sites), so there is nothing to simulate; give "event" with overrides instead.`,
      },
    ]);
  }
  return { base: { ...setup, events: setup.events.filter((candidate) => candidate.id !== eventId) }, event: { name: stored.name, overrides } };
}

/** An event given in the request, its overrides checked like a scenario definition's (paths under /event). */
function inlineEvent(setup: ScenarioFile, event: { name: string; overrides: unknown[] }): { base: ScenarioFile; event: PeakEvent } {
  const checked = validateScenarioDefinition({ id: 'what-if', name: event.name, overrides: event.overrides }, setup);
  if (!checked.ok) {
    throw new InvalidInputException(
      'request body',
      checked.issues.map((issue) => ({ ...issue, path: `/event${issue.path}` })),
    );
  }
  return { base: setup, event: { name: event.name, overrides: checked.definition.overrides } };
}

function mondayOf(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toISODate() as string;
}

function weeksCovering(start: string, last: string): number {
  const days = DateTime.fromISO(last, { zone: 'utc' }).diff(DateTime.fromISO(start, { zone: 'utc' }), 'days').days + 1;
  return Math.max(1, Math.ceil(days / 7));
}
