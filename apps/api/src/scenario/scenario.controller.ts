import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScenarioFile } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { ScenarioFileDto, ScenarioImportResultDto } from './scenario.dto';
import { ScenarioService } from './scenario.service';
import { Access } from '../auth/access.decorator';

@ApiTags('scenario file')
@Controller('scenario')
export class ScenarioController {
  constructor(private readonly scenarios: ScenarioService) {}

  @Get('export')
  @Access('pay.read')
  @ApiOperation({ summary: 'The whole planning setup, history included, as one canonical scenario file' })
  @ApiOkResponse({ type: ScenarioFileDto })
  @ApiErrors(404)
  export(): Promise<ScenarioFile> {
    return this.scenarios.export();
  }

  @Post('import')
  @Access('setup.write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the whole planning setup with a scenario file (one transaction: all or nothing; up to 50 MB)',
  })
  @ApiBody({ type: ScenarioFileDto })
  @ApiOkResponse({ type: ScenarioImportResultDto })
  @ApiErrors(400)
  async import(@Body() scenario: unknown): Promise<ScenarioImportResultDto> {
    return { counts: await this.scenarios.import(scenario) };
  }
}
