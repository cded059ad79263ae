import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import type { PlanningHorizon } from '@app/domain';
import { OrganisationEntity } from './organisation.entity';

export class PlanningHorizonDto {
  @ApiProperty({ example: '2026-03-02', description: 'First local date of the horizon' })
  @IsString()
  start: string;

  @ApiProperty({ example: 4 })
  @IsInt()
  weeks: number;

  @ApiProperty({ enum: ['dated', 'cyclic'] })
  @IsIn(['dated', 'cyclic'])
  mode: 'dated' | 'cyclic';
}

export class OrganisationDto {
  @ApiProperty({ example: 'Demo Seller Ltd' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 code all costs are reported in' })
  @IsString()
  reportingCurrency: string;

  @ApiPropertyOptional({ type: PlanningHorizonDto })
  @Optional()
  @ValidateNested()
  @Type(() => PlanningHorizonDto)
  horizon?: PlanningHorizonDto;
}

/** The organisation part of a scenario file. */
export interface Organisation {
  name: string;
  reportingCurrency: string;
  horizon?: PlanningHorizon;
}

/** The single organisation row's id. */
export const ORGANISATION_ID = 1;

export function mapOrganisation(row: OrganisationEntity): Organisation {
  const organisation: Organisation = { name: row.name, reportingCurrency: row.reportingCurrency };
  if (row.horizonStart !== null && row.horizonWeeks !== null && row.horizonMode !== null) {
    organisation.horizon = {
      start: row.horizonStart,
      weeks: row.horizonWeeks,
      mode: row.horizonMode as PlanningHorizon['mode'],
    };
  }
  return organisation;
}

export function toOrganisationEntity(organisation: Organisation): OrganisationEntity {
  return Object.assign(new OrganisationEntity(), {
    id: ORGANISATION_ID,
    name: organisation.name,
    reportingCurrency: organisation.reportingCurrency,
    horizonStart: organisation.horizon?.start ?? null,
    horizonWeeks: organisation.horizon?.weeks ?? null,
    horizonMode: organisation.horizon?.mode ?? null,
  });
}
