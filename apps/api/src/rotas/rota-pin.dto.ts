import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsNotEmpty, IsString, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import type { DayOffPin, ShiftPin, ShiftRef } from '@app/roster';
import { RotaPinEntity } from './rota-pin.entity';

export class ShiftRefDto {
  @ApiProperty({ example: 'shenzhen' })
  @IsString()
  @IsNotEmpty()
  siteId: string;

  @ApiProperty({ example: 'sz-day' })
  @IsString()
  @IsNotEmpty()
  templateId: string;

  @ApiProperty({ example: '2026-03-04', description: 'Site-local date the shift starts' })
  @IsString()
  date: string;

  @ApiProperty({ example: '09:00', description: 'Site-local start time' })
  @IsString()
  localStart: string;
}

/** Either `shift` (the agent on one seat of that planned shift) or `date` with `off: true` (the agent off that day). */
export class CreateRotaPinDto {
  @ApiProperty({ example: 'li-wei' })
  @IsString()
  @IsNotEmpty()
  agentId: string;

  @ApiPropertyOptional({ type: ShiftRefDto, description: 'Pin onto a shift' })
  @Optional()
  @ValidateNested()
  @Type(() => ShiftRefDto)
  shift?: ShiftRefDto;

  @ApiPropertyOptional({ example: '2026-03-07', description: 'Site-local day off (with off: true)' })
  @Optional()
  @IsString()
  date?: string;

  @ApiPropertyOptional({ enum: [true] })
  @Optional()
  @Equals(true, { message: 'off must be true (a day-off pin)' })
  off?: true;
}

export class RotaPinDto {
  @ApiProperty({ example: 3, description: 'Pins apply in the order of their ids' })
  id: number;

  @ApiProperty({ example: 'li-wei' })
  agentId: string;

  @ApiPropertyOptional({ type: ShiftRefDto })
  shift?: ShiftRefDto;

  @ApiPropertyOptional({ example: '2026-03-07' })
  date?: string;

  @ApiPropertyOptional({ enum: [true] })
  off?: true;

  @ApiProperty({ example: '2026-03-01T09:30:00.000Z' })
  createdAt: string;
}

/** A stored pin as the roster library reads it. */
export function toRosterPin(row: RotaPinEntity): ShiftPin | DayOffPin {
  if (row.kind === 'day-off') return { agentId: row.agentId, date: row.date, off: true };
  return { agentId: row.agentId, shift: shiftRefOf(row) };
}

export function mapRotaPin(row: RotaPinEntity): RotaPinDto {
  if (row.kind === 'day-off') return { id: row.id, agentId: row.agentId, date: row.date, off: true, createdAt: row.createdAt };
  return { id: row.id, agentId: row.agentId, shift: shiftRefOf(row), createdAt: row.createdAt };
}

function shiftRefOf(row: RotaPinEntity): ShiftRef {
  return { siteId: row.siteId as string, templateId: row.templateId as string, date: row.date, localStart: row.localStart as string };
}
