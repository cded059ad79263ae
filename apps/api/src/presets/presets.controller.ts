import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PLATFORM_PRESETS } from '@app/domain';
import { Access } from '../auth/access.decorator';

@ApiTags('presets')
@Controller('presets')
export class PresetsController {
  @Get()
  @Access('setup.read')
  @ApiOperation({ summary: "Platform presets: each platform's reply clock and priority classes, with sources" })
  @ApiOkResponse({ description: 'PLATFORM_PRESETS of @app/domain, keyed by platform' })
  list(): typeof PLATFORM_PRESETS {
    return PLATFORM_PRESETS;
  }
}
