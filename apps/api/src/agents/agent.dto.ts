import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { Agent, TimeOff } from '@app/domain';
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
  @IsOptional()
  @IsString()
  reason?: string;
}

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
}

export function mapAgent(row: AgentEntity): Agent {
  return {
    id: row.id,
    name: row.name,
    siteId: row.siteId,
    languages: row.languages,
    contractHoursPerWeek: row.contractHoursPerWeek,
    maxConsecutiveDays: row.maxConsecutiveDays,
    timeOff: [...(row.timeOff ?? [])].sort((a, b) => a.position - b.position).map(mapTimeOff),
  };
}

export function toAgentEntity(agent: Agent): AgentEntity {
  return Object.assign(new AgentEntity(), {
    id: agent.id,
    name: agent.name,
    siteId: agent.siteId,
    languages: agent.languages,
    contractHoursPerWeek: agent.contractHoursPerWeek,
    maxConsecutiveDays: agent.maxConsecutiveDays,
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
