import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { AcceptReplanDto, ReplanAcceptedDto, ReplanDto, ReplanRequestDto } from './replan.dto';
import { ReplanService } from './replan.service';

@ApiTags('monitor')
@Controller('monitor/replan')
export class ReplanController {
  constructor(private readonly replan: ReplanService) {}

  @Post()
  @Access('monitor.read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Re-plan the rest of a plan window from now: re-forecast from the actuals, keep the shifts already started, propose the changes the rules allow',
    description:
      'Changes are extensions, call-ins (with notice) and cancellations of hourly shifts (with notice) that keep every hard rule of the rota; each with its cost and the late messages it avoids. Nothing is stored: accept with POST /api/monitor/replan/accept.',
  })
  @ApiOkResponse({ type: ReplanDto })
  @ApiErrors(400, 404, 409)
  propose(@Body() body: ReplanRequestDto): Promise<ReplanDto> {
    return this.replan.propose(body);
  }

  @Post('accept')
  @Access('rotas.write')
  @ApiOperation({ summary: 'Accept a re-plan: the changed rota is stored as a new draft version of the plan’s rota' })
  @ApiCreatedResponse({ type: ReplanAcceptedDto })
  @ApiErrors(400, 404, 409)
  accept(@Body() body: AcceptReplanDto): Promise<ReplanAcceptedDto> {
    return this.replan.accept(body);
  }
}
