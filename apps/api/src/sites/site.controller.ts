import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Site } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { SiteDto, withoutSitePay } from './site.dto';
import { SiteService } from './site.service';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { seesPay } from '../auth/pay-visibility';
import type { SignedInUser } from '../auth/signed-in-user';

@ApiTags('sites')
@Controller('sites')
export class SiteController {
  constructor(private readonly sites: SiteService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [SiteDto], description: 'without hourlyCost and vendorHourlyRate for roles without pay.read' })
  async list(@CurrentUser() user: SignedInUser): Promise<Partial<Site>[]> {
    const all = await this.sites.list();
    return seesPay(user) ? all : all.map(withoutSitePay);
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: SiteDto, description: 'without hourlyCost and vendorHourlyRate for roles without pay.read' })
  @ApiErrors(404)
  async get(@Param('id') id: string, @CurrentUser() user: SignedInUser): Promise<Partial<Site>> {
    const one = await this.sites.get(id);
    return seesPay(user) ? one : withoutSitePay(one);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create a site; its currency needs a rate to the reporting currency' })
  @ApiCreatedResponse({ type: SiteDto })
  @ApiErrors(400, 409)
  create(@Body() site: SiteDto): Promise<Site> {
    return this.sites.create(site as Site);
  }

  @Put(':id')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace a site (the id cannot change)' })
  @ApiOkResponse({ type: SiteDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() site: SiteDto): Promise<Site> {
    return this.sites.replace(id, site as Site);
  }

  @Delete(':id')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a site; 409 while shift templates, agents or events still use it' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.sites.remove(id);
  }
}
