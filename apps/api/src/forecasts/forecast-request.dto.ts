import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Optional } from '../common/optional.decorator';
import { MAX_HORIZON_HOURS } from '@app/forecast';

/** POST /api/forecasts. Shape only; the service checks the marketplaces exist and the dates fit the history. */
export class CreateForecastDto {
  @ApiPropertyOptional({ type: [String], example: ['amazon-us', 'amazon-de'], description: 'Default: every marketplace' })
  @Optional()
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  marketplaceIds?: string[];

  @ApiPropertyOptional({
    example: '2026-03-02',
    description: "First date of the forecast (its UTC midnight is hour 0). Default: the organisation's horizon start, else next Monday",
  })
  @Optional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'start must be a date YYYY-MM-DD' })
  start?: string;

  @ApiPropertyOptional({ example: 168, minimum: 1, maximum: MAX_HORIZON_HOURS, description: "Hours to forecast. Default: the horizon's weeks × 168 (one week without a horizon)" })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_HORIZON_HOURS)
  horizonHours?: number;
}
