import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { Organisation, OrganisationDto } from './organisation.dto';
import { OrganisationService } from './organisation.service';
import { Access } from '../auth/access.decorator';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiErrors(404)
  get(): Promise<Organisation> {
    return this.organisation.get();
  }

  @Put()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create or replace the organisation (name, reporting currency, planning horizon)' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiErrors(400)
  put(@Body() organisation: OrganisationDto): Promise<Organisation> {
    return this.organisation.put(organisation);
  }
}
