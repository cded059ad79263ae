import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { Optional } from '../common/optional.decorator';

export const SIMULATION_MODES = ['fluid', 'poisson', 'overdispersed'] as const;
export type SimulationMode = (typeof SIMULATION_MODES)[number];
export const DEFAULT_REPLICATIONS = 200;
export const MAX_REPLICATIONS = 10_000;
export const MAX_SEED = 2_147_483_647;

/** POST /api/simulations. */
export class CreateSimulationDto {
  @ApiProperty({ format: 'uuid', description: 'A stored plan' })
  @IsString()
  planId: string;

  @ApiPropertyOptional({
    enum: SIMULATION_MODES,
    default: 'poisson',
    description: 'fluid: the expected volume as a steady flow (deterministic); poisson: random arrivals; overdispersed: random with day-to-day swings (peaks)',
  })
  @Optional()
  @IsIn(SIMULATION_MODES)
  mode?: SimulationMode;

  @ApiPropertyOptional({ example: 200, default: DEFAULT_REPLICATIONS, minimum: 1, maximum: MAX_REPLICATIONS, description: 'Random replications (fluid runs once)' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_REPLICATIONS)
  replications?: number;

  @ApiPropertyOptional({ example: 42, minimum: 0, maximum: MAX_SEED, description: 'Same seed, same result. Default: a random seed, stored with the result' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEED)
  seed?: number;
}
