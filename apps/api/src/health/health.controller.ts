import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthDto } from './health.dto';
import { HealthService } from './health.service';
import { Public } from '../auth/access.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  check(): Promise<HealthDto> {
    return this.health.check();
  }
}
