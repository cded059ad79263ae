import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { Type } from 'class-transformer';
import type { Override } from '@app/scenarios';

export class WhatIfEventDto {
  @ApiProperty({ example: 'Prime Day 2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ kind: 'volume-multiplier', start: '2026-07-14', end: '2026-07-15', marketplaceIds: ['amazon-us'], multiplier: 3 }],
    description: 'What the event changes, as scenario overrides (usually volume-multiplier and/or site-availability)',
  })
  @IsArray()
  overrides: Override[];
}

/** Either `eventId` (a stored calendar event with a volume multiplier and/or an availability cap) or `event`. */
export class CreateWhatIfDto {
  @ApiPropertyOptional({ example: 'prime-day', description: 'A stored event; the base is then the setup without it' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  eventId?: string;

  @ApiPropertyOptional({ type: WhatIfEventDto })
  @Optional()
  @ValidateNested()
  @Type(() => WhatIfEventDto)
  event?: WhatIfEventDto;

  @ApiPropertyOptional({ example: 'as-is', description: 'A stored scenario to start from (default: the stored setup)' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  scenarioId?: string;

  @ApiPropertyOptional({ example: '2026-07-13', description: 'First date of the planned horizon (default: the Monday of the event’s first day)' })
  @Optional()
  @IsString()
  start?: string;

  @ApiPropertyOptional({ example: 1, description: 'Weeks to plan (default: enough to cover the event)' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(13)
  weeks?: number;

  @ApiPropertyOptional({ example: 20, description: 'Replications of the simulations (default 20; 0: no “nobody added” replay)' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(500)
  replications?: number;

  @ApiPropertyOptional({ example: 30, description: 'Time limit of each plan, seconds (default 30)' })
  @Optional()
  @IsNumber()
  @Min(1)
  @Max(600)
  timeLimitSeconds?: number;
}
