import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { CreateRotaPinDto, RotaPinDto } from './rota-pin.dto';
import { RotaPinService } from './rota-pin.service';
import { Access } from '../auth/access.decorator';

@ApiTags('rotas')
@Controller('rotas/pins')
export class RotaPinController {
  constructor(private readonly pins: RotaPinService) {}

  @Get()
  @Access('rotas.read')
  @ApiOperation({ summary: 'Every stored pin, in the order they apply' })
  @ApiOkResponse({ type: [RotaPinDto] })
  list(): Promise<RotaPinDto[]> {
    return this.pins.list();
  }

  @Post()
  @Access('rotas.write')
  @ApiOperation({
    summary: 'Pin an agent onto a shift ({ agentId, shift }) or off a day ({ agentId, date, off: true })',
    description: 'Applied to every rota built or re-run afterwards whose dates include it; a pin that breaks a hard rule is reported in the rota, not applied.',
  })
  @ApiCreatedResponse({ type: RotaPinDto })
  @ApiErrors(400, 409)
  create(@Body() body: CreateRotaPinDto): Promise<RotaPinDto> {
    return this.pins.create(body);
  }

  @Delete(':id')
  @Access('rotas.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a pin' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  remove(@Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.pins.remove(id);
  }
}
