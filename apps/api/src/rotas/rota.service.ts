import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { ScenarioFile } from '@app/domain';
import { rotaIcsByAgent, rotaIcsBySite, rotaToCsv, validateRotaInput, type HolidayDutyRecord, type RotaInput, type RotaOptions, type RotaPin } from '@app/roster';
import { Clock } from '../common/clock';
import { notFound } from '../common/resource-errors';
import { TransactionRunner } from '../database/transaction-runner';
import type { JobContext } from '../jobs/job.types';
import { JobsService } from '../jobs/jobs.service';
import { ScenarioReaderService } from '../scenario/scenario-reader.service';
import { HolidayDutyEntity } from './holiday-duty.entity';
import { HolidayDutyRepository } from './holiday-duty.repository';
import { RotaBuilder } from './rota-builder';
import { RotaDto, RotaOptionsDto, RotaPublishedDto, RotaStartedDto, RotaSummaryDto, HolidayDutyDto } from './rota.dto';
import { RotaEntity, RotaSiteSnapshot } from './rota.entity';
import { mapHolidayDuty, mapRota, mapRotaSummary } from './rota.mapper';
import { RotaPlanSource } from './rota-plan.source';
import { RotaPinRepository } from './rota-pin.repository';
import { toRosterPin } from './rota-pin.dto';
import { RotaRepository } from './rota.repository';
import { RotaFairnessDto, RotaHolidaysDto, mapRotaFairness, mapRotaHolidays } from './rota-report.dto';
import { siteWindows, type SiteWindow } from './rota-window.util';
import { rotaScenario } from './rota-scenario.util';
import type { RotaReach } from './rota-reach';

/** A file download: body, media type and file name. */
export interface RotaDownload {
  body: string;
  contentType: string;
  fileName: string;
}

/** What a job needs to build and store one rota. */
interface RotaBuildOrder {
  rotaId: string;
  planId: string;
  requestedOptions: Partial<RotaOptions>;
  input: RotaInput;
  sites: RotaSiteSnapshot[];
}

/**
 * Named rotas from stored plans: built in a background job with the stored pins and the
 * holiday-duty history, stored, laid out as a grid, published (which records its holiday duty
 * so the next rota rotates it) and exported.
 */
@Injectable()
export class RotaService {
  constructor(
    private readonly rotas: RotaRepository,
    private readonly pins: RotaPinRepository,
    private readonly duty: HolidayDutyRepository,
    private readonly reader: ScenarioReaderService,
    private readonly plans: RotaPlanSource,
    private readonly builder: RotaBuilder,
    private readonly jobs: JobsService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {
    jobs.register<RotaBuildOrder, unknown>('rota', (order, context) => this.execute(order, context));
  }

  /** Checks the plan and the setup now (404/409 at once), then builds in the background. */
  async start(planId: string, options: RotaOptionsDto = {}): Promise<RotaStartedDto> {
    return this.launch(await this.order(randomUUID(), planId, options));
  }

  /** Builds the rota again from its plan and options with the pins and duty history as they are now. */
  async rerun(id: string): Promise<RotaStartedDto> {
    const row = await this.rotas.getById(id);
    if (!row) throw notFound('rota', id);
    if (row.publishedAt) {
      throw new ConflictException(`rota "${id}" was published at ${row.publishedAt} and is final; build a new rota from plan "${row.planId}" instead`);
    }
    return this.launch(await this.order(id, row.planId, row.requestedOptions));
  }

  async list(reach: RotaReach = 'all'): Promise<RotaSummaryDto[]> {
    const rows = await this.rotas.list();
    return rows.filter((row) => reach === 'all' || row.publishedAt !== null).map(mapRotaSummary);
  }

  async get(id: string, reach: RotaReach = 'all'): Promise<RotaDto> {
    const row = await this.require(id, reach);
    return mapRota(row, await this.plans.dispatchOf(row.planId));
  }

  async fairness(id: string, reach: RotaReach = 'all'): Promise<RotaFairnessDto> {
    return mapRotaFairness(id, (await this.require(id, reach)).result.fairness);
  }

  async holidays(id: string): Promise<RotaHolidaysDto> {
    return mapRotaHolidays(id, (await this.require(id)).result.holidayRotas);
  }

  /**
   * Makes the rota final and records who works which holiday day: the history's records of its
   * agents inside its dates are replaced by this rota's, so publishing a season twice (another
   * rota of the same dates) never counts it twice.
   */
  async publish(id: string): Promise<RotaPublishedDto> {
    return this.transactions.run(async (tx) => {
      const row = await this.rotas.getById(id, tx);
      if (!row) throw notFound('rota', id);
      if (row.publishedAt) throw new ConflictException(`rota "${id}" was already published at ${row.publishedAt}`);
      for (const site of row.sites) {
        const agentIds = row.agents.filter((agent) => agent.siteId === site.id).map((agent) => agent.id);
        await this.duty.deleteForAgentsBetween(agentIds, site.firstDate, site.lastDate, tx);
      }
      const records = row.result.newHolidayDuty.map((record) =>
        Object.assign(new HolidayDutyEntity(), {
          id: randomUUID(),
          agentId: record.agentId,
          date: record.date,
          holiday: record.holiday,
          dayOfHoliday: record.dayOfHoliday ?? null,
          rotaId: id,
        }),
      );
      await this.duty.insert(records, tx);
      const publishedAt = this.clock.now().toISOString();
      await this.rotas.markPublished(id, publishedAt, tx);
      return { ...mapRotaSummary({ ...row, publishedAt }), holidayDutyRecorded: records.length };
    });
  }

  async holidayDuty(): Promise<HolidayDutyDto[]> {
    return (await this.duty.list()).map(mapHolidayDuty);
  }

  async csv(id: string, reach: RotaReach = 'all'): Promise<RotaDownload> {
    const row = await this.require(id, reach);
    const dispatch = (await this.plans.dispatchOf(row.planId)) ?? undefined;
    return { body: rotaToCsv(row.result.assignments, dispatch), contentType: 'text/csv; charset=utf-8', fileName: `rota-${row.firstDate}-${shortId(id)}.csv` };
  }

  /** The agent's shifts as an iCalendar file in their site's zone. */
  async agentCalendar(id: string, agentId: string, reach: RotaReach = 'all'): Promise<RotaDownload> {
    const row = await this.require(id, reach);
    if (!row.agents.some((agent) => agent.id === agentId)) throw notFound(`agent in rota "${id}"`, agentId);
    const dispatch = (await this.plans.dispatchOf(row.planId)) ?? undefined;
    const [file] = rotaIcsByAgent(row.result.assignments.filter((assignment) => assignment.agentId === agentId), { generatedAt: row.createdAt, dispatch });
    if (!file) throw new NotFoundException(`agent "${agentId}" has no shifts in rota "${id}"`);
    return { body: file.ics, contentType: 'text/calendar; charset=utf-8', fileName: file.fileName };
  }

  /** Every shift of the site's agents as one iCalendar file. */
  async siteCalendar(id: string, siteId: string, reach: RotaReach = 'all'): Promise<RotaDownload> {
    const row = await this.require(id, reach);
    if (!row.sites.some((site) => site.id === siteId)) throw notFound(`site in rota "${id}"`, siteId);
    const dispatch = (await this.plans.dispatchOf(row.planId)) ?? undefined;
    const [file] = rotaIcsBySite(row.result.assignments.filter((assignment) => assignment.siteId === siteId), { generatedAt: row.createdAt, dispatch });
    if (!file) throw new NotFoundException(`site "${siteId}" has no shifts in rota "${id}"`);
    return { body: file.ics, contentType: 'text/calendar; charset=utf-8', fileName: file.fileName };
  }

  /** A draft is out of reach of someone who sees published rotas only: to them it does not exist. */
  private async require(id: string, reach: RotaReach = 'all'): Promise<RotaEntity> {
    const row = await this.rotas.getById(id);
    if (!row || (reach === 'published' && row.publishedAt === null)) throw notFound('rota', id);
    return row;
  }

  /** Everything the build needs, read and checked before the job starts. */
  private async order(rotaId: string, planId: string, requestedOptions: Partial<RotaOptions>): Promise<RotaBuildOrder> {
    const { plan, setup } = await this.plans.find(planId);
    const current = await this.reader.read({ history: false });
    if (!current) throw new NotFoundException('there is no planning setup yet: PUT /api/organisation or import a scenario first');
    const scenario = rotaScenario(current, setup);
    const windows = siteWindows(plan.grid, plan.shifts, scenario.sites);
    const input: RotaInput = {
      scenario,
      plan: { grid: plan.grid, shifts: plan.shifts },
      pins: await this.applicablePins(scenario, windows),
      holidayDutyHistory: (await this.duty.list()).map(toDutyRecord),
      options: requestedOptions,
    };
    const issues = validateRotaInput(input);
    if (issues.length) {
      const shown = issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
      throw new ConflictException(
        `plan "${planId}" no longer fits the planning setup (${shown.join('; ')}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''}); plan again`,
      );
    }
    const sites = scenario.sites
      .filter((site) => windows.has(site.id))
      .map((site) => ({ id: site.id, name: site.name, timeZone: site.timeZone, firstDate: windows.get(site.id)!.first, lastDate: windows.get(site.id)!.last }));
    return { rotaId, planId, requestedOptions, input, sites };
  }

  /**
   * The stored pins this rota can apply: those of agents still in the setup, on dates inside the
   * rota at the site concerned (a pin for next month is kept for next month's rota, not reported
   * as a shift this plan lacks).
   */
  private async applicablePins(scenario: ScenarioFile, windows: Map<string, SiteWindow>): Promise<RotaPin[]> {
    const siteOf = new Map(scenario.agents.map((agent) => [agent.id, agent.siteId]));
    return (await this.pins.list())
      .filter((pin) => {
        const siteId = pin.kind === 'shift' ? pin.siteId : siteOf.get(pin.agentId);
        const window = siteId === null || siteId === undefined ? undefined : windows.get(siteId);
        return siteOf.has(pin.agentId) && window !== undefined && window.first <= pin.date && pin.date <= window.last;
      })
      .map(toRosterPin);
  }

  private async launch(order: RotaBuildOrder): Promise<RotaStartedDto> {
    const jobId = await this.jobs.start('rota', order);
    return { jobId, rotaId: order.rotaId };
  }

  private async execute(order: RotaBuildOrder, { progress, signal }: JobContext): Promise<unknown> {
    {
      progress('build', { seats: order.input.plan.shifts.reduce((sum, shift) => sum + shift.count, 0), pins: order.input.pins?.length ?? 0 });
      const result = await this.builder.build(order.input);
      // a job cancelled while it built stores nothing
      if (signal.aborted) throw new Error('cancelled');
      progress('store', { status: result.status });
      const { holidayDutyHistory: _merged, options, summary, status, ...stored } = result;
      const dates = order.sites.flatMap((site) => [site.firstDate, site.lastDate]).sort();
      await this.rotas.save(
        Object.assign(new RotaEntity(), {
          id: order.rotaId,
          planId: order.planId,
          status,
          createdAt: this.clock.now().toISOString(),
          publishedAt: null,
          firstDate: dates[0],
          lastDate: dates[dates.length - 1],
          grid: order.input.plan.grid,
          sites: order.sites,
          requestedOptions: order.requestedOptions,
          resolvedOptions: options,
          summary,
          agents: order.input.scenario.agents.map((agent) => ({
            id: agent.id,
            name: agent.name,
            siteId: agent.siteId,
            timeOff: agent.timeOff.map((off) => ({ start: off.start, end: off.end })),
          })),
          result: stored,
        }),
      );
      return { rotaId: order.rotaId, status, summary };
    }
  }
}

function toDutyRecord(row: HolidayDutyEntity): HolidayDutyRecord {
  const record: HolidayDutyRecord = { agentId: row.agentId, date: row.date, holiday: row.holiday };
  if (row.dayOfHoliday !== null) record.dayOfHoliday = row.dayOfHoliday;
  return record;
}

function shortId(id: string): string {
  return id.slice(0, 8);
}
