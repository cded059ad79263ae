import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsString, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { DEFAULT_MAX_DAYS_PER_WEEK, DEFAULT_PAY_BASIS, type Agent, type PayBasis, type TimeOff } from '@app/domain';
import { AgentEntity } from './agent.entity';
import { TimeOffEntity } from './time-off.entity';

export class TimeOffDto {
  @ApiProperty({ example: '2026-02-16', description: 'First local date off' })
  @IsString()
  start: string;

  @ApiProperty({ example: '2026-02-20', description: 'Last local date off (inclusive)' })
  @IsString()
  end: string;

  @ApiPropertyOptional({ example: 'annual leave' })
  @Optional()
  @IsString()
  reason?: string;
}

/** Every pay basis, complete by construction. */
const PAY_BASES = Object.keys({ salaried: true, hourly: true } satisfies Record<PayBasis, true>) as PayBasis[];

// Shape only; the rules (base rate > 0, 1–7 days, templates of the agent's own site …) are the
// domain's validateAgent() and agentShiftTemplateIssues(). Absent pay terms stay absent.

export class AgentDto {
  @ApiProperty({ example: 'li-wei' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'Li Wei' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'shenzhen', description: 'An existing site' })
  @IsString()
  siteId: string;

  @ApiProperty({ type: [String], example: ['en', 'zh'] })
  @IsArray()
  @IsString({ each: true })
  languages: string[];

  @ApiProperty({ example: 40 })
  @IsNumber()
  contractHoursPerWeek: number;

  @ApiProperty({ example: 6 })
  @IsInt()
  maxConsecutiveDays: number;

  @ApiProperty({ type: [TimeOffDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TimeOffDto)
  timeOff: TimeOffDto[];

  @ApiPropertyOptional({
    enum: PAY_BASES,
    default: DEFAULT_PAY_BASIS,
    example: 'hourly',
    description:
      'salaried: the contract hours are paid whether worked or not, premiums and overtime on top; hourly: every scheduled hour is paid (base rate × premium), overtime beyond the contract at the overtime rate',
  })
  @Optional()
  @IsString()
  payBasis?: PayBasis;

  @ApiPropertyOptional({ example: 48, description: "Base pay per hour in the site's currency (> 0); absent: the site's hourlyCost" })
  @Optional()
  @IsNumber()
  hourlyRate?: number;

  @ApiPropertyOptional({ example: 5, minimum: 1, maximum: 7, default: DEFAULT_MAX_DAYS_PER_WEEK, description: 'Most working days (shift starts) in one rota week' })
  @Optional()
  @IsInt()
  maxDaysPerWeek?: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['shenzhen-8h'],
    description: "Shift templates of the agent's own site the agent may work, each once; absent: every template of the site",
  })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  shiftTemplateIds?: string[];
}

export function mapAgent(row: AgentEntity): Agent {
  const agent: Agent = {
    id: row.id,
    name: row.name,
    siteId: row.siteId,
    languages: row.languages,
    contractHoursPerWeek: row.contractHoursPerWeek,
    maxConsecutiveDays: row.maxConsecutiveDays,
    timeOff: [...(row.timeOff ?? [])].sort((a, b) => a.position - b.position).map(mapTimeOff),
  };
  if (row.payBasis !== null) agent.payBasis = row.payBasis;
  if (row.hourlyRate !== null) agent.hourlyRate = row.hourlyRate;
  if (row.maxDaysPerWeek !== null) agent.maxDaysPerWeek = row.maxDaysPerWeek;
  if (row.shiftTemplateIds !== null) agent.shiftTemplateIds = row.shiftTemplateIds;
  return agent;
}

export function toAgentEntity(agent: Agent): AgentEntity {
  return Object.assign(new AgentEntity(), {
    id: agent.id,
    name: agent.name,
    siteId: agent.siteId,
    languages: agent.languages,
    contractHoursPerWeek: agent.contractHoursPerWeek,
    maxConsecutiveDays: agent.maxConsecutiveDays,
    payBasis: agent.payBasis ?? null,
    hourlyRate: agent.hourlyRate ?? null,
    maxDaysPerWeek: agent.maxDaysPerWeek ?? null,
    shiftTemplateIds: agent.shiftTemplateIds ?? null,
    timeOff: agent.timeOff.map((timeOff, position) =>
      Object.assign(new TimeOffEntity(), {
        agentId: agent.id,
        position,
        start: timeOff.start,
        end: timeOff.end,
        reason: timeOff.reason ?? null,
      }),
    ),
  });
}

function mapTimeOff(row: TimeOffEntity): TimeOff {
  const timeOff: TimeOff = { start: row.start, end: row.end };
  if (row.reason !== null) timeOff.reason = row.reason;
  return timeOff;
}

/** The agent as someone without pay.read sees it: everything but their pay rate. */
export function withoutAgentPay(agent: Agent): Omit<Agent, 'hourlyRate'> {
  const { hourlyRate: _hidden, ...rest } = agent;
  return rest;
}
