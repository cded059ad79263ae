import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { PlanPromiseTableDto } from './plan-promise.dto';
import { PlanPromisesService } from './plan-promises.service';
import { Access } from '../auth/access.decorator';

@ApiTags('plans')
@Controller('plans')
export class PlanPromiseController {
  constructor(private readonly promises: PlanPromisesService) {}

  @Get(':id/promises')
  @Access('costs.read')
  @ApiOperation({
    summary: 'Auto-reply promises for a week, hour by hour, with ready sentences in the buyers’ language',
    description:
      "Of the team as rostered: once a rota is built from the plan, a fluid replay of that rota (the published one, else the newest; its empty seats are nobody) under the plan's dispatch rule. Before any rota, from the plan's newest simulation, else a fluid replay of the plan.",
  })
  @ApiQuery({ name: 'rotaId', required: false, description: "A rota built from this plan (default: the published one, else the newest)" })
  @ApiQuery({ name: 'marketplaceId', required: false, description: 'Needed when the plan has more than one marketplace' })
  @ApiQuery({ name: 'weekStart', required: false, description: "A date in the week (its buyers' local Monday starts the table). Default: the plan's first week" })
  @ApiQuery({ name: 'language', required: false, description: "ISO 639-1 (default: the marketplace's first language)" })
  @ApiOkResponse({ type: PlanPromiseTableDto })
  @ApiErrors(400, 404, 409)
  table(
    @Param('id') id: string,
    @Query('marketplaceId') marketplaceId?: string,
    @Query('weekStart') weekStart?: string,
    @Query('language') language?: string,
    @Query('rotaId') rotaId?: string,
  ): Promise<PlanPromiseTableDto> {
    return this.promises.table(id, { marketplaceId, weekStart, language, rotaId });
  }
}
