import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsNumber, IsString } from 'class-validator';
import type { IsoWeekday, ShiftTemplate } from '@app/domain';
import { ShiftTemplateEntity } from './shift-template.entity';

export class ShiftTemplateDto {
  @ApiProperty({ example: 'sz-night' })
  @IsString()
  id: string;

  @ApiProperty({ example: 'shenzhen', description: 'An existing site' })
  @IsString()
  siteId: string;

  @ApiProperty({ example: 'Night 9h' })
  @IsString()
  name: string;

  @ApiProperty({ example: 9 })
  @IsNumber()
  lengthHours: number;

  @ApiProperty({ example: 8 })
  @IsNumber()
  paidHours: number;

  @ApiProperty({ type: [String], example: ['21:00', '22:00'], description: 'Allowed site-local start times HH:mm' })
  @IsArray()
  @IsString({ each: true })
  startTimes: string[];

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: 'Site-local ISO weekdays the shift may start' })
  @IsArray()
  @IsNumber({}, { each: true })
  days: number[];
}

export function mapShiftTemplate(row: ShiftTemplateEntity): ShiftTemplate {
  return {
    id: row.id,
    siteId: row.siteId,
    name: row.name,
    lengthHours: row.lengthHours,
    paidHours: row.paidHours,
    startTimes: row.startTimes,
    days: row.days as IsoWeekday[],
  };
}

export function toShiftTemplateEntity(template: ShiftTemplate): ShiftTemplateEntity {
  return Object.assign(new ShiftTemplateEntity(), {
    id: template.id,
    siteId: template.siteId,
    name: template.name,
    lengthHours: template.lengthHours,
    paidHours: template.paidHours,
    startTimes: template.startTimes,
    days: template.days,
  });
}
