import { datesBetween } from '@app/domain';
import { shiftDispatch, type HolidayRotaDay, type RotaAssignment, type RotaDispatch } from '@app/roster';
import { HolidayDutyDto, RotaAgentRowDto, RotaDto, RotaShiftCellDto, RotaSiteDto, RotaSummaryDto } from './rota.dto';
import { HolidayDutyEntity } from './holiday-duty.entity';
import { RotaEntity } from './rota.entity';
import type { RotaListRow } from './rota.repository';

export function mapRotaSummary(row: RotaListRow): RotaSummaryDto {
  return {
    id: row.id,
    planId: row.planId,
    status: row.status as RotaSummaryDto['status'],
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    summary: row.summary,
  };
}

/**
 * The stored rota laid out as a grid: one row per agent, one cell per date, holidays and time
 * off marked, each shift with the plan's dispatch rule during it.
 */
export function mapRota(row: RotaEntity, dispatch: RotaDispatch | null = null): RotaDto {
  const { result } = row;
  const dates = datesBetween(row.firstDate, row.lastDate);
  const holidayOf = new Map(result.holidayRotas.map((day) => [`${day.siteId}|${day.date}`, day]));
  const shiftsOf = new Map<string, RotaShiftCellDto[]>();
  for (const assignment of result.assignments) {
    const key = `${assignment.agentId}|${assignment.date}`;
    shiftsOf.set(key, [...(shiftsOf.get(key) ?? []), shiftCell(assignment, dispatch)]);
  }
  const agents: RotaAgentRowDto[] = row.agents.map((agent) => ({
    id: agent.id,
    name: agent.name,
    siteId: agent.siteId,
    days: dates.map((date) => {
      const holiday = holidayOf.get(`${agent.siteId}|${date}`);
      return {
        date,
        shifts: shiftsOf.get(`${agent.id}|${date}`) ?? [],
        holiday: holiday ? holidayName(holiday) : null,
        timeOff: agent.timeOff.some((off) => off.start <= date && date <= off.end),
      };
    }),
  }));
  const sites: RotaSiteDto[] = row.sites.map((site) => ({
    id: site.id,
    name: site.name,
    timeZone: site.timeZone,
    firstDate: site.firstDate,
    lastDate: site.lastDate,
    holidays: result.holidayRotas
      .filter((day) => day.siteId === site.id)
      .map((day) => ({ date: day.date, names: holidayNames(day), statutory: day.statutory, multiplier: day.multiplier })),
  }));
  return {
    ...mapRotaSummary(row),
    options: row.resolvedOptions,
    messages: result.messages,
    dates,
    sites,
    agents,
    unfilled: result.unfilled,
    softBreaches: result.softBreaches,
    pinIssues: result.pinIssues,
  };
}

export function mapHolidayDuty(row: HolidayDutyEntity): HolidayDutyDto {
  const dto: HolidayDutyDto = { agentId: row.agentId, date: row.date, holiday: row.holiday, rotaId: row.rotaId };
  if (row.dayOfHoliday !== null) dto.dayOfHoliday = row.dayOfHoliday;
  return dto;
}

function shiftCell(assignment: RotaAssignment, dispatch: RotaDispatch | null): RotaShiftCellDto {
  return {
    templateId: assignment.templateId,
    localStart: assignment.localStart,
    localEnd: assignment.localEnd,
    endDate: assignment.endDate,
    startUtc: assignment.startUtc,
    endUtc: assignment.endUtc,
    paidHours: assignment.paidHours,
    marketplaceIds: assignment.marketplaceIds,
    languages: assignment.languages,
    night: assignment.night,
    weekend: assignment.weekend,
    pinned: assignment.pinned,
    dispatch: shiftDispatch(assignment, dispatch ?? undefined),
  };
}

function holidayNames(day: HolidayRotaDay): string[] {
  return [...day.publicHolidays, ...day.events.map((event) => event.name).filter((name) => !day.publicHolidays.includes(name))];
}

function holidayName(day: HolidayRotaDay): string {
  return holidayNames(day).join(', ');
}
